package org.lurewatch.common;

import java.util.Map;

/**
 * The portal cannot do this right now and says when to try again: {@link ErrorCode#SERVICE_UNAVAILABLE}
 * with {@code retryAfterSeconds}, which the HTTP answers also send as {@code Retry-After}.
 */
public abstract class UnavailableException extends PortalException {

    private final long retryAfterSeconds;

    protected UnavailableException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.SERVICE_UNAVAILABLE;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("retryAfterSeconds", retryAfterSeconds);
    }
}
