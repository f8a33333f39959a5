package org.lurewatch.access.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lurewatch.access.settings.AccessProperties.Limits;

/**
 * Slows down and then locks out sign-in attempts, per account and per client, in memory only.
 *
 * <p>Every attempt is charged <em>before</em> the password is checked, so a burst of parallel
 * guesses is throttled like a sequence of them; a success gives the charge back. After
 * {@code freeFailures} failures each further one doubles the wait before the next attempt
 * (2 s, 4 s, 8 s, …); from {@code lockoutAfter} failures on, attempts are refused for
 * {@code lockout}. Failures are forgotten after {@code lockout} without any. Unknown user names
 * are counted like known ones, so the throttle tells nothing about which exist.
 */
public final class LoginThrottle {

    private final Limits accountLimits;
    private final Limits clientLimits;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> clients;

    /** Failures so far and the instant before which no attempt is accepted. */
    record Failures(int count, Instant blockedUntil, Instant lastFailure) {
    }

    public LoginThrottle(Limits account, Limits client, int maxTracked) {
        this.accountLimits = account;
        this.clientLimits = client;
        this.accounts = cache(account, maxTracked);
        this.clients = cache(client, maxTracked);
    }

    private static Cache<String, Failures> cache(Limits limits, int maxTracked) {
        return Caffeine.newBuilder().maximumSize(maxTracked)
                .expireAfterWrite(limits.lockout().plusMinutes(1)).build();
    }

    /**
     * Charges one attempt to both keys, or says how long to wait if either is blocked (then
     * nothing is charged).
     */
    public synchronized Optional<Duration> attempt(String accountKey, String clientKey, Instant now) {
        Failures account = current(accounts, accountKey, accountLimits, now);
        Failures client = clientKey == null ? null : current(clients, clientKey, clientLimits, now);
        Duration wait = longest(waitOf(account, now), waitOf(client, now));
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        accounts.put(accountKey, charge(account, accountLimits, now));
        if (clientKey != null) {
            clients.put(clientKey, charge(client, clientLimits, now));
        }
        return Optional.empty();
    }

    /** The attempt succeeded: the account starts afresh, the client gets its charge back. */
    public synchronized void succeeded(String accountKey, String clientKey) {
        accounts.invalidate(accountKey);
        if (clientKey != null) {
            clients.asMap().computeIfPresent(clientKey, (k, f) -> f.count() <= 1 ? null
                    : new Failures(f.count() - 1, f.blockedUntil(), f.lastFailure()));
        }
    }

    private static Failures current(Cache<String, Failures> cache, String key, Limits limits, Instant now) {
        Failures f = cache.getIfPresent(key);
        if (f == null || !now.isBefore(f.lastFailure().plus(limits.lockout()))) {
            return null;
        }
        return f;
    }

    private static Failures charge(Failures before, Limits limits, Instant now) {
        int count = before == null ? 1 : before.count() + 1;
        return new Failures(count, now.plus(delayAfter(count, limits)), now);
    }

    /** How long to wait after the {@code count}-th failure. */
    static Duration delayAfter(int count, Limits limits) {
        if (count >= limits.lockoutAfter()) {
            return limits.lockout();
        }
        if (count <= limits.freeFailures()) {
            return Duration.ZERO;
        }
        Duration doubling = Duration.ofSeconds(1L << Math.min(30, count - limits.freeFailures()));
        return doubling.compareTo(limits.lockout()) < 0 ? doubling : limits.lockout();
    }

    private static Duration waitOf(Failures f, Instant now) {
        return f == null || !now.isBefore(f.blockedUntil()) ? Duration.ZERO : Duration.between(now, f.blockedUntil());
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
