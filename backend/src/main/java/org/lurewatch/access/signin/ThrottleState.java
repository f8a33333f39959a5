package org.lurewatch.access.signin;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Where {@link LoginThrottle} keeps its counts: this process's memory, or Redis when several
 * instances must share them ({@link RedisThrottleState}).
 */
interface ThrottleState {

    /** The four things counted, each forgotten after its own lifetime. */
    enum Table { PAIR, CLIENT, NAME, KNOWN }

    LoginThrottle.Failures get(Table table, String key);

    void put(Table table, String key, LoginThrottle.Failures failures, Duration lifetime);

    void remove(Table table, String key);

    /**
     * Runs {@code work} while no other attempt for this client or this user name runs, on any
     * instance sharing the state: parallel guesses are charged like a sequence.
     */
    <T> T exclusive(String clientKey, String accountKey, Supplier<T> work);

    /** The shared state cannot be reached: the caller counts in memory instead. */
    final class Unavailable extends RuntimeException {
        Unavailable(RuntimeException cause) {
            super("sign-in throttle state unreachable", cause, false, false);
        }
    }
}
