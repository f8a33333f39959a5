package org.lurewatch.access.signin;

import java.time.Duration;
import java.util.Map;

import org.lurewatch.common.ErrorCode;
import org.lurewatch.common.PortalException;

/** Too many failed sign-ins for this user name or from this client: wait, then try again. */
public class SignInThrottledException extends PortalException {

    private final long retryAfterSeconds;

    public SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins. Try again in " + seconds(wait) + " seconds.");
        this.retryAfterSeconds = seconds(wait);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
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
