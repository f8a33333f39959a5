package org.lurewatch.abuse.pow;

import java.time.Clock;

import org.lurewatch.cluster.SharedRedis;

/**
 * The flood count of every instance together, in Redis: one counter per ten-second slot, forgotten
 * after a minute and a bit (a number per slot, nothing about who sent the proofs). With N
 * instances behind a balancer each sees a Nth of a flood; counted together, the difficulty rises
 * when the portal as a whole is flooded. While Redis is unreachable this instance's own count
 * ({@link FloodMeter}, always kept) decides.
 */
final class SharedFloodMeter {

    private static final String KEYS = SharedRedis.PREFIX + "pow:accepted:";
    private static final int SLOTS = 6;
    private static final long SLOT_MILLIS = 10_000;

    private final FloodMeter local;
    private final SharedRedis redis;
    private final Clock clock;

    SharedFloodMeter(FloodMeter local, SharedRedis redis, Clock clock) {
        this.local = local;
        this.redis = redis;
        this.clock = clock;
    }

    void record() {
        local.record();
        if (redis == null) {
            return;
        }
        try {
            String key = KEYS + clock.millis() / SLOT_MILLIS;
            redis.commands().incr(key);
            redis.commands().pexpire(key, SLOTS * SLOT_MILLIS + SLOT_MILLIS);
        } catch (RuntimeException unreachable) {
            // counted locally above
        }
    }

    int perMinute() {
        if (redis == null) {
            return local.perMinute();
        }
        try {
            long slot = clock.millis() / SLOT_MILLIS;
            String[] keys = new String[SLOTS];
            for (int i = 0; i < SLOTS; i++) {
                keys[i] = KEYS + (slot - i);
            }
            long sum = 0;
            for (var value : redis.commands().mget(keys)) {
                if (value.hasValue()) {
                    sum += Long.parseLong(value.getValue());
                }
            }
            return (int) Math.min(Integer.MAX_VALUE, Math.max(sum, local.perMinute()));
        } catch (RuntimeException unreachable) {
            return local.perMinute();
        }
    }
}
