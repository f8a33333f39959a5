package org.lurewatch.access.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import org.lurewatch.cluster.SharedRedis;

/**
 * Sign-in counts in Redis, so that a lockout earned on one instance holds on every one. Each entry
 * is a string {@code count:blockedUntil:lastFailure} (epoch milliseconds) that Redis forgets after
 * the table's lifetime; user names appear folded (staff names, never anything of a tipster), clients
 * only as their salted keys. An attempt holds short-lived locks on its client and its user name
 * (always in that order, so two attempts never wait on each other in a circle), making parallel
 * guesses through several instances count like a sequence.
 */
final class RedisThrottleState implements ThrottleState {

    private static final String KEYS = SharedRedis.PREFIX + "signin:";
    private static final long LOCK_MILLIS = 2_000;
    private static final String RELEASE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    private final SharedRedis redis;

    RedisThrottleState(SharedRedis redis) {
        this.redis = redis;
    }

    @Override
    public LoginThrottle.Failures get(Table table, String key) {
        String value = call(() -> redis.commands().get(key(table, key)));
        if (value == null) {
            return null;
        }
        String[] parts = value.split(":");
        try {
            return new LoginThrottle.Failures(Integer.parseInt(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])),
                    Instant.ofEpochMilli(Long.parseLong(parts[2])));
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    @Override
    public void put(Table table, String key, LoginThrottle.Failures f, Duration lifetime) {
        String value = f.count() + ":" + f.blockedUntil().toEpochMilli() + ":" + f.lastFailure().toEpochMilli();
        call(() -> redis.commands().set(key(table, key), value, SetArgs.Builder.px(lifetime.toMillis())));
    }

    @Override
    public void remove(Table table, String key) {
        call(() -> redis.commands().del(key(table, key)));
    }

    @Override
    public <T> T exclusive(String clientKey, String accountKey, Supplier<T> work) {
        List<String> locks = new ArrayList<>();
        if (clientKey != null) {
            locks.add(KEYS + "lock:c:" + clientKey);
        }
        locks.add(KEYS + "lock:a:" + accountKey);
        String token = UUID.randomUUID().toString();
        List<String> held = new ArrayList<>();
        try {
            for (String lock : locks) {
                if (acquire(lock, token)) {
                    held.add(lock);
                }
            }
            return work.get();
        } finally {
            for (String lock : held) {
                try {
                    redis.commands().eval(RELEASE, ScriptOutputType.INTEGER, new String[] {lock}, token);
                } catch (RedisException expiresAnyway) {
                    // the lock ends by itself after LOCK_MILLIS
                }
            }
        }
    }

    /** Waits for the lock up to its own lifetime; a holder that died releases it by expiring. */
    private boolean acquire(String lock, String token) {
        long deadline = System.currentTimeMillis() + LOCK_MILLIS;
        while (true) {
            String ok = call(() -> redis.commands().set(lock, token, SetArgs.Builder.nx().px(LOCK_MILLIS)));
            if ("OK".equals(ok)) {
                return true;
            }
            if (System.currentTimeMillis() > deadline) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private static String key(Table table, String key) {
        return KEYS + table.name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw new Unavailable(e);
        }
    }
}
