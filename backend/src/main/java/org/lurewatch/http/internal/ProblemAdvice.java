package org.lurewatch.http.internal;

import java.util.Map;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;
import org.lurewatch.http.Problems;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one advice for the plain HTTP endpoints (feeds, staff sign-in and administration): every
 * error becomes a {@link Problems problem detail} whose status the {@link ErrorCode} carries. A
 * {@link PortalException} keeps its message; Spring MVC's own refusals (wrong method, unreadable
 * body, unknown path) keep Spring's safe texts; a database that is unreachable or cannot write is
 * 503 with a retry time; anything else is logged once with a reference the caller also gets,
 * never a stack trace. Security's exceptions go on to Spring Security, which answers them alike.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {


    @ExceptionHandler(PortalException.class)
    ResponseEntity<ProblemDetail> portal(PortalException e) {
        return answer(Problems.of(e));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (!(e instanceof RuntimeException) || e instanceof AccessDeniedException
                || e instanceof AuthenticationException) {
            // Spring Security's ExceptionTranslationFilter answers its own (401/403, same format); an
            // I/O failure (a client gone) has nobody to answer
            throw e;
        }
        return answer(Problems.ofFailure(e));
    }

    /** A query parameter of the wrong type names the parameter, as a field. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = String.valueOf(ex.getPropertyName());
        return new ResponseEntity<>(Problems.of(ErrorCode.BAD_USER_INPUT, field + " has a value this API does not know",
                Map.of("field", field)), headers, ErrorCode.BAD_USER_INPUT.status());
    }

    /** Spring's own refusals get the portal's members too (code, errors). */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        Object complete = body instanceof ProblemDetail problem ? Problems.complete(problem) : body;
        return new ResponseEntity<>(complete, headers, status);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        ResponseEntity.BodyBuilder reply = ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        long retryAfter = Problems.retryAfterSeconds(problem);
        if (retryAfter > 0) {
            reply.header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        }
        return reply.body(problem);
    }
}
