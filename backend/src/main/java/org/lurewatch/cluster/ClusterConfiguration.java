package org.lurewatch.cluster;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Redis when {@code spring.data.redis.url} or {@code spring.data.redis.host} is set; otherwise nothing to connect to. */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${spring.data.redis.url:}'.isBlank() or !'${spring.data.redis.host:}'.isBlank()")
    @EnableConfigurationProperties(RedisSettings.class)
    static class WithRedis {

        @Bean(destroyMethod = "close")
        SharedRedis sharedRedis(RedisSettings settings) {
            return new SharedRedis(settings);
        }
    }

    @Bean
    ClusterNotices clusterNotices(ObjectProvider<SharedRedis> redis) {
        SharedRedis shared = redis.getIfAvailable();
        return shared == null ? new LocalNotices() : new RedisNotices(shared);
    }
}
