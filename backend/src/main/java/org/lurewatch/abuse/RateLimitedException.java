package org.lurewatch.abuse;

import java.util.Map;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;

/** A client used up an allowance: {@code RATE_LIMITED} with {@code extensions.retryAfterSeconds}. */
public class RateLimitedException extends PortalException {

    private final long retryAfterSeconds;

    public RateLimitedException(AbuseAction action, long retryAfterSeconds) {
        super("Too many " + action.plural() + " from your network. Please wait " + retryAfterSeconds
                + " seconds and try again.");
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public ErrorCode code() {
        return ErrorCode.RATE_LIMITED;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("retryAfterSeconds", retryAfterSeconds);
    }
}
