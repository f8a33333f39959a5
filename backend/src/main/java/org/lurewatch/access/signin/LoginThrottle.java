package org.lurewatch.access.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.lurewatch.access.settings.AccessProperties.Limits;
import org.lurewatch.access.settings.AccessProperties.UserNameLimits;

/**
 * Slows down and then locks out sign-in attempts without handing a stranger the power to lock a
 * member out. The counts live in memory, or in Redis when several instances share them (then a
 * lockout earned on one instance holds on all; while Redis is unreachable each instance counts
 * alone, as a portal without Redis does).
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

    /** How long a client is remembered as one the member signed in from (memory or Redis only, like all of this). */
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LoginThrottle.class);

    private final Limits pairLimits;
    private final Limits clientLimits;
    private final UserNameLimits nameLimits;
    private final Map<ThrottleState.Table, Duration> lifetimes;
    private final ThrottleState shared;
    private final ThrottleState local;

    /** Failures so far, the instant before which no attempt is accepted, and the last charged attempt. */
    record Failures(int count, Instant blockedUntil, Instant lastFailure) {
    }

    /** In memory only. */
    public LoginThrottle(Limits account, Limits client, UserNameLimits userName, int maxTracked) {
        this(account, client, userName, maxTracked, null);
    }

    /** In {@code shared} (Redis), falling back to memory while it is unreachable; memory only when null. */
    LoginThrottle(Limits account, Limits client, UserNameLimits userName, int maxTracked,
            Function<Map<ThrottleState.Table, Duration>, ThrottleState> shared) {
        this.pairLimits = account;
        this.clientLimits = client;
        this.nameLimits = userName;
        this.lifetimes = new EnumMap<>(ThrottleState.Table.class);
        lifetimes.put(ThrottleState.Table.PAIR, account.lockout().plusMinutes(1));
        lifetimes.put(ThrottleState.Table.CLIENT, client.lockout().plusMinutes(1));
        lifetimes.put(ThrottleState.Table.NAME, userName.window().plusMinutes(1));
        lifetimes.put(ThrottleState.Table.KNOWN, KNOWN_FOR);
        this.local = new LocalThrottleState(lifetimes, maxTracked);
        this.shared = shared == null ? null : shared.apply(lifetimes);
    }

    private static String pairKey(String accountKey, String clientKey) {
        return accountKey + '\n' + (clientKey == null ? "" : clientKey);
    }

    /**
     * Charges one attempt, or says how long to wait if this user name from this client, or this
     * client, must wait (then nothing is charged).
     */
    public Optional<Duration> attempt(String accountKey, String clientKey, Instant now) {
        return withState(s -> s.exclusive(clientKey, accountKey, () -> attempt(s, accountKey, clientKey, now)));
    }

    private Optional<Duration> attempt(ThrottleState state, String accountKey, String clientKey, Instant now) {
        String pairKey = pairKey(accountKey, clientKey);
        Failures pair = current(state, ThrottleState.Table.PAIR, pairKey, pairLimits.lockout(), now);
        Failures client = clientKey == null ? null : current(state, ThrottleState.Table.CLIENT, clientKey, clientLimits.lockout(), now);
        Failures name = current(state, ThrottleState.Table.NAME, accountKey, nameLimits.window(), now);
        Duration wait = longest(waitOf(pair, now), waitOf(client, now));
        if (name != null && name.count() >= nameLimits.slowDownAfter() && pair != null
                && state.get(ThrottleState.Table.KNOWN, pairKey) == null) {
            wait = longest(wait, positive(Duration.between(now, pair.lastFailure().plus(nameLimits.slowDown()))));
        }
        if (!wait.isZero()) {
            return Optional.of(wait);
        }
        put(state, ThrottleState.Table.PAIR, pairKey, charge(pair, pairLimits, now));
        if (clientKey != null) {
            put(state, ThrottleState.Table.CLIENT, clientKey, charge(client, clientLimits, now));
        }
        put(state, ThrottleState.Table.NAME, accountKey, new Failures(name == null ? 1 : name.count() + 1, now, now));
        return Optional.empty();
    }

    /**
     * The attempt succeeded: this client starts afresh for this name and is remembered as the
     * member's; the client and the name get their charge back.
     */
    public void succeeded(String accountKey, String clientKey) {
        withState(s -> s.exclusive(clientKey, accountKey, () -> {
            String pairKey = pairKey(accountKey, clientKey);
            s.remove(ThrottleState.Table.PAIR, pairKey);
            s.put(ThrottleState.Table.KNOWN, pairKey, new Failures(0, Instant.EPOCH, Instant.EPOCH), KNOWN_FOR);
            if (clientKey != null) {
                giveBack(s, ThrottleState.Table.CLIENT, clientKey);
            }
            giveBack(s, ThrottleState.Table.NAME, accountKey);
            return null;
        }));
    }

    private <T> T withState(Function<ThrottleState, T> work) {
        if (shared != null) {
            try {
                return work.apply(shared);
            } catch (ThrottleState.Unavailable e) {
                log.warn("Redis is unreachable for sign-in throttling ({}): this instance counts attempts alone meanwhile",
                        e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName());
            }
        }
        return work.apply(local);
    }

    private void put(ThrottleState state, ThrottleState.Table table, String key, Failures failures) {
        state.put(table, key, failures, lifetimes.get(table));
    }

    private void giveBack(ThrottleState state, ThrottleState.Table table, String key) {
        Failures f = state.get(table, key);
        if (f == null) {
            return;
        }
        if (f.count() <= 1) {
            state.remove(table, key);
        } else {
            put(state, table, key, new Failures(f.count() - 1, f.blockedUntil(), f.lastFailure()));
        }
    }

    private static Failures current(ThrottleState state, ThrottleState.Table table, String key, Duration forgetAfter, Instant now) {
        Failures f = state.get(table, key);
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
