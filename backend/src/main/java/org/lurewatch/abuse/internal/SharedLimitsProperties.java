package org.lurewatch.abuse.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How allowances behave when they are shared through Redis ({@code lurewatch.abuse.shared.*});
 * unused without Redis.
 *
 * @param tipGrace          while Redis is unreachable, tips are still counted on each instance
 *                          alone for this long, then refused (SERVICE_UNAVAILABLE) until Redis is
 *                          back; every other allowance falls back to per-instance counting for as
 *                          long as the outage lasts (deploy/OPERATIONS.md)
 * @param readBatch         public reads an instance takes from a client's shared allowance at a time
 *                          and then serves without asking Redis ({@link ReadLease}); API-key requests
 *                          an instance counts locally before it settles with Redis (Bucket4j's
 *                          delaying optimisation). Never more than a twentieth of the smallest window
 *                          (1, exact, for small allowances and quotas)
 * @param readSyncInterval  API-key requests are settled with Redis at least this often
 */
@ConfigurationProperties("lurewatch.abuse.shared")
public record SharedLimitsProperties(Duration tipGrace, Integer readBatch, Duration readSyncInterval) {

    public SharedLimitsProperties {
        tipGrace = tipGrace == null ? Duration.ofSeconds(60) : tipGrace;
        readBatch = readBatch == null ? 20 : readBatch;
        readSyncInterval = readSyncInterval == null ? Duration.ofMillis(500) : readSyncInterval;
        if (readBatch < 1) {
            throw new IllegalArgumentException("lurewatch.abuse.shared.read-batch must be at least 1");
        }
    }
}
