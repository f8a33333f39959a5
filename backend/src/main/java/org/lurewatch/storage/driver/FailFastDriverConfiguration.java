package org.lurewatch.storage.driver;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * When the database is unreachable a request must fail in seconds with a retryable error, not hold a
 * server thread for the driver's default 30 s server selection while the tipster stares at a spinner.
 * Applied after Boot's own customizer, so these properties win over options in {@code spring.mongodb.uri}.
 */
@Configuration(proxyBeanMethods = false)
class FailFastDriverConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 10) // the embedded server's own setting comes after it
    MongoClientSettingsBuilderCustomizer failFastDriver(
            @Value("${lurewatch.storage.server-selection-timeout:3s}") Duration serverSelection,
            @Value("${lurewatch.storage.connect-timeout:3s}") Duration connect) {
        return settings -> settings
                .applyToClusterSettings(c -> c.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(s -> s.connectTimeout((int) connect.toMillis(), TimeUnit.MILLISECONDS));
    }
}
