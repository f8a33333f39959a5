package org.lurewatch.graphql.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lurewatch.common.PortalException;
import org.lurewatch.storage.StorageFailures;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The same error contract for the few plain HTTP endpoints (feeds, staff sign-in) as for GraphQL:
 * a message a person can act on and a code, never a stack trace.
 */
@RestControllerAdvice
class RestErrorAdvice {

    @ExceptionHandler(PortalException.class)
    ResponseEntity<Map<String, Object>> portal(PortalException e) {
        Map<String, Object> body = new LinkedHashMap<>(e.extensions());
        body.put("code", e.code().name());
        body.put("message", e.getMessage());
        HttpStatus status = switch (e.code()) {
            case BAD_USER_INPUT -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case SERVICE_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
        };
        return ResponseEntity.status(status).body(body);
    }

    /** A database that is unreachable or cannot write (a full disk): 503 with a retry time, nothing stored. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> other(RuntimeException e) throws RuntimeException {
        if (!StorageFailures.isUnavailable(e)) {
            throw e; // Spring's own handling, as before
        }
        LoggerFactory.getLogger(RestErrorAdvice.class).warn("Database unavailable: {}", e.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(Map.of("code", "SERVICE_UNAVAILABLE", "retryAfterSeconds", 30,
                        "message", "The portal cannot use its database right now, so nothing was stored."
                                + " Please try again in a minute."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(Map.of("code", "BAD_USER_INPUT", "field", e.getName(),
                "message", e.getName() + " has a value this API does not know"));
    }
}
