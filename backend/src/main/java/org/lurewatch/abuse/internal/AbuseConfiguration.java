package org.lurewatch.abuse.internal;

import org.lurewatch.abuse.RateLimits;
import org.lurewatch.cluster.SharedRedis;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AbuseProperties.class, SharedLimitsProperties.class})
class AbuseConfiguration {

    /** In memory on one instance; in Redis, with the in-memory buckets as the fallback, when Redis is configured. */
    @Bean
    RateLimits rateLimits(AbuseProperties properties, SharedLimitsProperties shared, ObjectProvider<SharedRedis> redis,
            java.time.Clock clock) {
        BucketRateLimits local = new BucketRateLimits(properties);
        SharedRedis sharedRedis = redis.getIfAvailable();
        return sharedRedis == null ? local : new RedisRateLimits(sharedRedis, properties, shared, local, clock);
    }
}
