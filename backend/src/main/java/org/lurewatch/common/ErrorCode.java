package org.lurewatch.common;

/** The {@code extensions.code} values a client can branch on (see schema/README.md, "Errors"). */
public enum ErrorCode {
    BAD_USER_INPUT, RATE_LIMITED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, SERVICE_UNAVAILABLE, INTERNAL_ERROR
}
