package org.lurewatch.access.settings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of staff sign-in (deploy/OPERATIONS.md, "Configuration"). Every value has a safe default.
 *
 * @param passwordMinLength the shortest password a staff member may choose
 * @param token             lifetime of API tokens for scripts
 * @param signIn            how failed sign-ins slow down and then lock out
 */
@ConfigurationProperties("lurewatch.access")
public record AccessProperties(Integer passwordMinLength, Token token, SignIn signIn) {

    public AccessProperties {
        passwordMinLength = passwordMinLength == null ? 12 : passwordMinLength;
        token = token == null ? new Token(null, null) : token;
        signIn = signIn == null ? new SignIn(null, null, null, null) : signIn;
    }

    /**
     * @param defaultTtl how long a token lives when the request names no lifetime
     * @param maxTtl     the longest lifetime a token may be given
     */
    public record Token(Duration defaultTtl, Duration maxTtl) {
        public Token {
            defaultTtl = defaultTtl == null ? Duration.ofDays(30) : defaultTtl;
            maxTtl = maxTtl == null ? Duration.ofDays(90) : maxTtl;
        }
    }

    /**
     * @param account    per user name (known or not) and client together: a lockout here locks out
     *                   that client for that name only
     * @param client     per client address (hashed with a per-process salt, kept in memory only)
     * @param userName   per user name from every client: a slow-down for clients the member has not
     *                   signed in from, never a lockout
     * @param maxTracked how many user names and clients are remembered at most (a bounded cache)
     */
    public record SignIn(Limits account, Limits client, UserNameLimits userName, Integer maxTracked) {
        public SignIn {
            account = account == null ? new Limits(3, 10, Duration.ofMinutes(15)) : account;
            client = client == null ? new Limits(10, 30, Duration.ofMinutes(15)) : client;
            userName = userName == null ? new UserNameLimits(null, null, null) : userName;
            maxTracked = maxTracked == null ? 100_000 : maxTracked;
        }
    }

    /**
     * @param slowDownAfter failures of a user name, from any client, after which unknown clients slow down
     * @param slowDown      the time an unknown client must then leave between its own attempts for that name
     * @param window        failures of the name are forgotten after this much quiet
     */
    public record UserNameLimits(Integer slowDownAfter, Duration slowDown, Duration window) {
        public UserNameLimits {
            slowDownAfter = slowDownAfter == null ? 10 : slowDownAfter;
            slowDown = slowDown == null ? Duration.ofSeconds(10) : slowDown;
            window = window == null ? Duration.ofMinutes(15) : window;
        }
    }

    /**
     * @param freeFailures failures allowed without any wait
     * @param lockoutAfter failures after which every attempt is refused for {@code lockout}; in
     *                     between, the wait doubles with each failure (2 s, 4 s, 8 s, …)
     * @param lockout      how long a lockout lasts; failures are forgotten after this much quiet
     */
    public record Limits(Integer freeFailures, Integer lockoutAfter, Duration lockout) {
        public Limits {
            freeFailures = freeFailures == null ? 3 : freeFailures;
            lockoutAfter = lockoutAfter == null ? 10 : lockoutAfter;
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        }
    }
}
