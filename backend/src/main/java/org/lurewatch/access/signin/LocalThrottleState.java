package org.lurewatch.access.signin;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** In memory, bounded: a portal alone, and the fallback of {@link RedisThrottleState} while Redis is away. */
final class LocalThrottleState implements ThrottleState {

    private final Map<Table, Cache<String, LoginThrottle.Failures>> tables = new EnumMap<>(Table.class);

    /** @param lifetimes how long each table remembers an entry (a little longer than it is needed) */
    LocalThrottleState(Map<Table, Duration> lifetimes, int maxTracked) {
        for (Table table : Table.values()) {
            tables.put(table, Caffeine.newBuilder().maximumSize(maxTracked).expireAfterWrite(lifetimes.get(table)).build());
        }
    }

    @Override
    public LoginThrottle.Failures get(Table table, String key) {
        return tables.get(table).getIfPresent(key);
    }

    @Override
    public void put(Table table, String key, LoginThrottle.Failures failures, Duration lifetime) {
        tables.get(table).put(key, failures);
    }

    @Override
    public void remove(Table table, String key) {
        tables.get(table).invalidate(key);
    }

    @Override
    public synchronized <T> T exclusive(String clientKey, String accountKey, Supplier<T> work) {
        return work.get();
    }
}
