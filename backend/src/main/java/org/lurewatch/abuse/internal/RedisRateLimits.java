package org.lurewatch.abuse.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.VerboseResult;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import org.lurewatch.abuse.AbuseAction;
import org.lurewatch.abuse.ClientKey;
import org.lurewatch.abuse.KeyQuota;
import org.lurewatch.abuse.KeyedClient;
import org.lurewatch.abuse.RateLimitedException;
import org.lurewatch.abuse.RateLimits;
import org.lurewatch.abuse.SharedLimitsUnavailableException;
import org.lurewatch.cluster.SharedRedis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same allowances as {@link BucketRateLimits}, kept in Redis through Bucket4j's Lettuce
 * integration, so that N instances give a client the allowance of one. Tips, receipt look-ups and
 * follow-ups settle with Redis on every request (a few a minute per client: exactness matters more
 * than the round trip). Public reads, the hot path, are paid in advance a batch at a time
 * ({@link ReadLease}: a request costs no round trip); API-key requests are counted locally in small
 * batches and settled with Redis once per batch (Bucket4j's delaying optimisation), both sized by
 * {@link SharedLimitsProperties#readBatch()}.
 *
 * <p>While Redis is unreachable every allowance is counted by this instance alone (each instance
 * then gives its own share, as a portal without Redis does), except tips: after
 * {@link SharedLimitsProperties#tipGrace()} they are refused until Redis answers again, since a
 * spam wave meeting a Redis outage would otherwise get N times the allowance. The first answer from
 * Redis ends the outage.
 */
final class RedisRateLimits implements RateLimits {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimits.class);
    private static final String KEYS = SharedRedis.PREFIX + "limit:";

    private final SharedRedis redis;
    private final BucketRateLimits local;
    private final SharedLimitsProperties shared;
    private final Clock clock;
    private final Map<AbuseAction, BucketConfiguration> configurations = new EnumMap<>(AbuseAction.class);
    /** Bucket proxies are reused: a batching proxy holds the locally counted, not yet settled, requests. */
    private final Cache<String, Bucket> proxies;
    private volatile ProxyManager<String> manager;
    /** Public reads paid in advance, per client; forgotten after ten idle minutes (their tokens with them). */
    private final Cache<String, ReadLease> leases;
    private final long readBatch;
    private final long readMaxBatch;
    private volatile Instant outageSince;
    /** After a failure, Redis is left alone this long: a request never waits on a Redis known to be away. */
    private volatile long retryAt;

    RedisRateLimits(SharedRedis redis, AbuseProperties properties, SharedLimitsProperties shared, BucketRateLimits local,
            Clock clock) {
        this.redis = redis;
        this.local = local;
        this.shared = shared;
        this.clock = clock;
        for (AbuseAction action : AbuseAction.values()) {
            configurations.put(action, configuration(properties.limits().of(action)));
        }
        this.proxies = Caffeine.newBuilder().maximumSize(properties.maxClients())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
        this.leases = Caffeine.newBuilder().maximumSize(properties.maxClients())
                .expireAfterAccess(Duration.ofMinutes(10)).build();
        AbuseProperties.Limit read = properties.limits().publicRead();
        this.readMaxBatch = Math.min(read.burst().capacity(), read.sustained().capacity()) / 20;
        this.readBatch = Math.min(shared.readBatch(), readMaxBatch);
    }

    @Override
    public void consume(ClientKey client, AbuseAction action) {
        if (action == AbuseAction.PUBLIC_READ && readBatch > 1) {
            consumeRead(client);
            return;
        }
        ConsumptionProbe probe;
        try {
            coolingDown();
            Bucket bucket = proxies.get(KEYS + action.name() + ":" + client.value(),
                    key -> proxy(key, configurations.get(action), action == AbuseAction.PUBLIC_READ));
            probe = bucket.tryConsumeAndReturnRemaining(1);
            answered();
        } catch (RuntimeException unreachable) {
            if (action == AbuseAction.SUBMISSION && outageLongerThan(shared.tipGrace(), unreachable)) {
                throw new SharedLimitsUnavailableException(action);
            }
            local.consume(client, action);
            return;
        }
        if (!probe.isConsumed()) {
            throw new RateLimitedException(action, BucketRateLimits.seconds(probe));
        }
    }

    /** The hot path: from this instance's lease ({@link ReadLease}), never waiting on Redis once leased. */
    private void consumeRead(ClientKey client) {
        long wait;
        try {
            coolingDown();
            wait = leases.get(client.value(), key -> new ReadLease(manager().asAsync().builder()
                    .build(KEYS + AbuseAction.PUBLIC_READ.name() + ":" + key,
                            () -> java.util.concurrent.CompletableFuture.completedFuture(configurations.get(AbuseAction.PUBLIC_READ))),
                    readBatch, readMaxBatch)).take();
            if (outageSince != null) {
                answered();
            }
        } catch (RuntimeException unreachable) {
            outageLongerThan(Duration.ZERO, unreachable);
            local.consume(client, AbuseAction.PUBLIC_READ);
            return;
        }
        if (wait > 0) {
            throw new RateLimitedException(AbuseAction.PUBLIC_READ, (wait + 999_999_999L) / 1_000_000_000L);
        }
    }

    @Override
    public KeyQuota consume(KeyedClient client) {
        VerboseResult<ConsumptionProbe> result;
        try {
            coolingDown();
            result = keyBucket(client).asVerbose().tryConsumeAndReturnRemaining(1);
            answered();
        } catch (RuntimeException unreachable) {
            outageLongerThan(Duration.ZERO, unreachable);
            return local.consume(client);
        }
        if (!result.getValue().isConsumed()) {
            throw new RateLimitedException(client, BucketRateLimits.seconds(result.getValue()));
        }
        return BucketRateLimits.quota(client, result.getDiagnostics().getAvailableTokensPerEachBandwidth());
    }

    @Override
    public KeyQuota remaining(KeyedClient client) {
        try {
            coolingDown();
            long[] available = keyBucket(client).asVerbose().getAvailableTokens().getDiagnostics()
                    .getAvailableTokensPerEachBandwidth();
            answered();
            return BucketRateLimits.quota(client, available);
        } catch (RuntimeException unreachable) {
            outageLongerThan(Duration.ZERO, unreachable);
            return local.remaining(client);
        }
    }

    /** Keyed by key id and quota, so a changed quota starts a bucket of its own size. */
    private Bucket keyBucket(KeyedClient client) {
        KeyedClient.Quota q = client.quota();
        return proxies.get(KEYS + "key:" + client.keyId() + ":" + q.perMinute() + ":" + q.perDay(),
                key -> proxy(key, configuration(new AbuseProperties.Limit(
                        new AbuseProperties.Window(q.perMinute(), Duration.ofMinutes(1)),
                        new AbuseProperties.Window(q.perDay(), Duration.ofDays(1)))), true));
    }

    private Bucket proxy(String key, BucketConfiguration configuration, boolean batched) {
        var builder = manager().builder();
        long smallest = Math.min(configuration.getBandwidths()[0].getCapacity(), configuration.getBandwidths()[1].getCapacity());
        long batch = Math.min(shared.readBatch(), smallest / 20);
        if (batched && batch > 1) {
            builder = builder.withOptimization(Optimizations.delaying(new DelayParameters(batch, shared.readSyncInterval())));
        }
        return builder.build(key, () -> configuration);
    }

    private ProxyManager<String> manager() {
        ProxyManager<String> m = manager;
        if (m == null) {
            synchronized (this) {
                if (manager == null) {
                    manager = Bucket4jLettuce.casBasedBuilder(redis.binary())
                            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                    Duration.ofSeconds(10)))
                            .requestTimeout(redis.timeout())
                            .build();
                }
                m = manager;
            }
        }
        return m;
    }

    private void coolingDown() {
        if (System.currentTimeMillis() < retryAt) {
            throw CoolingDown.INSTANCE;
        }
    }

    /** Redis failed moments ago and is not asked again yet. */
    private static final class CoolingDown extends RuntimeException {
        static final CoolingDown INSTANCE = new CoolingDown();

        private CoolingDown() {
            super("Redis failed moments ago", null, false, false);
        }
    }

    private void answered() {
        if (outageSince != null) {
            outageSince = null;
            log.info("Redis answers again: allowances are shared between instances again");
        }
    }

    /** Records the outage; whether it has lasted longer than {@code grace}. */
    private boolean outageLongerThan(Duration grace, RuntimeException cause) {
        if (!(cause instanceof CoolingDown)) {
            retryAt = System.currentTimeMillis() + 1_000;
        }
        Instant now = clock.instant();
        Instant since = outageSince;
        if (since == null) {
            outageSince = since = now;
            log.warn("Redis is unreachable ({}): allowances are counted per instance; tips are refused after {}",
                    cause.getClass().getSimpleName(), shared.tipGrace());
        }
        return Duration.between(since, now).compareTo(grace) >= 0;
    }

    private static BucketConfiguration configuration(AbuseProperties.Limit limit) {
        return BucketConfiguration.builder()
                .addLimit(b -> b.capacity(limit.burst().capacity())
                        .refillGreedy(limit.burst().capacity(), limit.burst().period()))
                .addLimit(b -> b.capacity(limit.sustained().capacity())
                        .refillGreedy(limit.sustained().capacity(), limit.sustained().period()))
                .build();
    }
}
