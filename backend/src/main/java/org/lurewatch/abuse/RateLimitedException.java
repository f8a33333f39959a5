package org.lurewatch.abuse;

import java.time.Duration;
import java.util.Map;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;

/**
 * Wait, then try again: a client used up an allowance, an NGO key its quota, or a user name too
 * many sign-ins. {@code RATE_LIMITED} with {@code extensions.retryAfterSeconds} (HTTP 429 and
 * {@code Retry-After} outside GraphQL).
 */
public class RateLimitedException extends PortalException {

    private final long retryAfterSeconds;

    public RateLimitedException(AbuseAction action, long retryAfterSeconds) {
        this("Too many " + action.plural() + " from your network. Please wait " + atLeastOne(retryAfterSeconds)
                + " seconds and try again.", retryAfterSeconds);
    }

    /** For an API key's quota: the message names the key, not the network. */
    public RateLimitedException(KeyedClient client, long retryAfterSeconds) {
        this("This API key has used up its quota (" + client.quota().perMinute() + " requests per minute, "
                + client.quota().perDay() + " per day). Please wait " + atLeastOne(retryAfterSeconds)
                + " seconds and try again.", retryAfterSeconds);
    }

    /**
     * Any other throttle (e.g. failed sign-ins): {@code reason}, then how long to wait, in whole
     * seconds rounded up.
     */
    public RateLimitedException(String reason, Duration wait) {
        this(reason + " Try again in " + seconds(wait) + " seconds.", seconds(wait));
    }

    private RateLimitedException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = atLeastOne(retryAfterSeconds);
    }

    private static long seconds(Duration wait) {
        return atLeastOne((wait.toMillis() + 999) / 1000);
    }

    private static long atLeastOne(long seconds) {
        return Math.max(1, seconds);
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
