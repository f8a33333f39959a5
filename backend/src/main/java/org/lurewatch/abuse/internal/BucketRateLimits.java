package org.lurewatch.abuse.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import org.lurewatch.abuse.AbuseAction;
import org.lurewatch.abuse.ClientKey;
import org.lurewatch.abuse.KeyQuota;
import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.RateLimits;

/**
 * In-memory Bucket4j buckets, one per client key and action, held in a bounded Caffeine cache.
 * A bucket is forgotten only after it has been idle for its longest window, so forgetting it
 * never hands out more than a full bucket would. Per instance: the allowances of a portal running
 * alone, and the fallback of {@link RedisRateLimits} while Redis is unreachable.
 */
class BucketRateLimits implements RateLimits {

    private final Map<AbuseAction, Cache<String, Bucket>> buckets = new EnumMap<>(AbuseAction.class);
    private final Map<AbuseAction, AbuseProperties.Limit> limits = new EnumMap<>(AbuseAction.class);
    /** Keyed by key id and quota, so a changed quota starts a bucket of its own size. */
    private final Cache<KeyedClient, Bucket> keyBuckets = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofDays(1))
            .build();

    BucketRateLimits(AbuseProperties properties) {
        for (AbuseAction action : AbuseAction.values()) {
            AbuseProperties.Limit limit = properties.limits().of(action);
            limits.put(action, limit);
            Duration idle = max(limit.burst().period(), limit.sustained().period());
            buckets.put(action, Caffeine.newBuilder()
                    .maximumSize(properties.maxClients())
                    .expireAfterAccess(idle)
                    .build());
        }
    }

    @Override
    public void consume(ClientKey client, AbuseAction action) {
        Bucket bucket = buckets.get(action).get(client.value(), k -> newBucket(limits.get(action)));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(action, seconds(probe));
        }
    }

    @Override
    public KeyQuota consume(KeyedClient client) {
        VerboseResult<ConsumptionProbe> result = keyBucket(client).asVerbose().tryConsumeAndReturnRemaining(1);
        if (!result.getValue().isConsumed()) {
            throw new RateLimitedException(client, seconds(result.getValue()));
        }
        return quota(client, result.getDiagnostics().getAvailableTokensPerEachBandwidth());
    }

    @Override
    public KeyQuota remaining(KeyedClient client) {
        return quota(client, keyBucket(client).asVerbose().getAvailableTokens().getDiagnostics()
                .getAvailableTokensPerEachBandwidth());
    }

    private Bucket keyBucket(KeyedClient client) {
        return keyBuckets.get(client, k -> newBucket(new AbuseProperties.Limit(
                new AbuseProperties.Window(k.quota().perMinute(), Duration.ofMinutes(1)),
                new AbuseProperties.Window(k.quota().perDay(), Duration.ofDays(1)))));
    }

    /** Per window (the bucket's bandwidths, in the order {@link #newBucket} adds them: minute, day). */
    static KeyQuota quota(KeyedClient client, long[] available) {
        long minute = Math.max(0, available[0]);
        long day = Math.max(0, available[1]);
        return new KeyQuota(client.quota(), minute, day,
                restoredIn(client.quota().perMinute(), minute, 60), restoredIn(client.quota().perDay(), day, 86_400));
    }

    /** Seconds until a gradually refilled window of {@code capacity} is whole again. */
    private static long restoredIn(long capacity, long available, long windowSeconds) {
        return (Math.max(0, capacity - available) * windowSeconds + capacity - 1) / capacity;
    }

    static long seconds(ConsumptionProbe probe) {
        return (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
    }

    static Bucket newBucket(AbuseProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(b -> b.capacity(limit.burst().capacity())
                        .refillGreedy(limit.burst().capacity(), limit.burst().period()))
                .addLimit(b -> b.capacity(limit.sustained().capacity())
                        .refillGreedy(limit.sustained().capacity(), limit.sustained().period()))
                .build();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
