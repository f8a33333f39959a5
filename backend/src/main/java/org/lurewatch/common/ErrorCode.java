package org.lurewatch.common;

import org.springframework.http.HttpStatus;

/**
 * The {@code extensions.code} values a client can branch on (see schema/README.md, "Errors"), each
 * with the HTTP status an answer outside GraphQL carries for it: the only place that maps one to
 * the other.
 */
public enum ErrorCode {
    BAD_USER_INPUT(HttpStatus.BAD_REQUEST),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED),
    FORBIDDEN(HttpStatus.FORBIDDEN),
    NOT_FOUND(HttpStatus.NOT_FOUND),
    CONFLICT(HttpStatus.CONFLICT),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR);

    private final HttpStatus status;

    ErrorCode(HttpStatus status) {
        this.status = status;
    }

    /** The HTTP status of a plain-HTTP answer with this code (GraphQL answers keep theirs, see schema/README.md). */
    public HttpStatus status() {
        return status;
    }
}
