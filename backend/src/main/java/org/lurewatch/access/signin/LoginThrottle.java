package org.lurewatch.access.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lurewatch.access.settings.AccessProperties.Limits;
import org.lurewatch.access.settings.AccessProperties.UserNameLimits;

/**
 * Slows down and then locks out sign-in attempts, in memory only, without handing a stranger the
 * power to lock a member out.
 *
 * <ul>
 * <li><b>Per user name and client together</b> ({@code account} limits): after {@code freeFailures}
 * each failure doubles the wait (2 s, 4 s, …); from {@code lockoutAfter} on, that client is locked
 * out <em>for that name</em> for {@code lockout}. Failing from many addresses locks out those
 * addresses, never the member on theirs.</li>
 * <li><b>Per client</b> ({@code client} limits): a client trying many names is locked out alike.</li>
 * <li><b>Per user name, from every client</b> ({@code user-name} limits): once a name has had
 * {@code slowDownAfter} failures, a client that has not signed in as that name before must leave
 * {@code slowDown} between its own attempts. A slow-down, never a lock: the first attempt from any
 * client goes through, and a client the member signed in from before is not slowed at all.</li>
 * </ul>
 *
 * <p>Every attempt is charged <em>before</em> the password is checked, so a burst of parallel
 * guesses is throttled like a sequence of them; a success gives the charge back. Failures are
 * forgotten after {@code lockout} (or the name's {@code window}) without any. Unknown user names are
 * counted like known ones, so the throttle tells nothing about which exist.
 */
public final class LoginThrottle {

    /** How long a client is remembered as one the member signed in from (memory only, like all of this). */
    static final Duration KNOWN_FOR = Duration.ofDays(30);

    private final Limits pairLimits;
    private final Limits clientLimits;
    private final UserNameLimits nameLimits;
    private final Cache<String, Failures> pairs;
    private final Cache<String, Failures> clients;
    private final Cache<String, Failures> names;
    private final Cache<String, Boolean> knownPairs;

    /** Failures so far, the instant before which no attempt is accepted, and the last charged attempt. */
    record Failures(int count, Instant blockedUntil, Instant lastFailure) {
    }

    public LoginThrottle(Limits account, Limits client, UserNameLimits userName, int maxTracked) {
        this.pairLimits = account;
        this.clientLimits = client;
        this.nameLimits = userName;
        this.pairs = cache(account.lockout(), maxTracked);
        this.clients = cache(client.lockout(), maxTracked);
        this.names = cache(userName.window(), maxTracked);
        this.knownPairs = Caffeine.newBuilder().maximumSize(maxTracked).expireAfterWrite(KNOWN_FOR).build();
    }

    private static <V> Cache<String, V> cache(Duration lifetime, int maxTracked) {
        return Caffeine.newBuilder().maximumSize(maxTracked).expireAfterWrite(lifetime.plusMinutes(1)).build();
    }

    private static String pairKey(String accountKey, String clientKey) {
        return accountKey + '\n' + (clientKey == null ? "" : clientKey);
    }

    /**
     * Charges one attempt, or says how long to wait if this user name from this client, or this
     * client, must wait (then nothing is charged).
     */
    public synchronized Optional<Duration> attempt(String accountKey, String clientKey, Instant now) {
        String pairKey = pairKey(accountKey, clientKey);
        Failures pair = current(pairs, pairKey, pairLimits.lockout(), now);
        Failures client = clientKey == null ? null : current(clients, clientKey, clientLimits.lockout(), now);
        Failures name = current(names, accountKey, nameLimits.window(), now);
        Duration wait = longest(waitOf(pair, now), waitOf(client, now));
        if (name != null && name.count() >= nameLimits.slowDownAfter() && pair != null
                && knownPairs.getIfPresent(pairKey) == null) {
            wait = longest(wait, positive(Duration.between(now, pair.lastFailure().plus(nameLimits.slowDown()))));
        }
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        pairs.put(pairKey, charge(pair, pairLimits, now));
        if (clientKey != null) {
            clients.put(clientKey, charge(client, clientLimits, now));
        }
        names.put(accountKey, new Failures(name == null ? 1 : name.count() + 1, now, now));
        return Optional.empty();
    }

    /**
     * The attempt succeeded: this client starts afresh for this name and is remembered as the
     * member's; the client and the name get their charge back.
     */
    public synchronized void succeeded(String accountKey, String clientKey) {
        String pairKey = pairKey(accountKey, clientKey);
        pairs.invalidate(pairKey);
        knownPairs.put(pairKey, Boolean.TRUE);
        if (clientKey != null) {
            giveBack(clients, clientKey);
        }
        giveBack(names, accountKey);
    }

    private static void giveBack(Cache<String, Failures> cache, String key) {
        cache.asMap().computeIfPresent(key, (k, f) -> f.count() <= 1 ? null
                : new Failures(f.count() - 1, f.blockedUntil(), f.lastFailure()));
    }

    private static Failures current(Cache<String, Failures> cache, String key, Duration forgetAfter, Instant now) {
        Failures f = cache.getIfPresent(key);
        if (f == null || !now.isBefore(f.lastFailure().plus(forgetAfter))) {
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

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
