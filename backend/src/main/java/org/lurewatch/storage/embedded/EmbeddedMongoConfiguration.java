package org.lurewatch.storage.embedded;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Starts the embedded server only when no MongoDB URI is configured. Supplying
 * {@link MongoConnectionDetails} makes Boot's own, property-based connection details back off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mongodb.uri:}'.isBlank()")
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(EmbeddedMongoProperties properties, ApplicationContext context,
            @Value("${lurewatch.secrets.dir:data/secrets}") Path secretsDir,
            @Value("${lurewatch.storage.fresh-start:false}") boolean freshStart,
            @Value("${lurewatch.storage.restore-from:}") String restoreFrom) {
        EmbeddedMongoServer server = new EmbeddedMongoServer(properties, secretsDir, freshStart,
                restoreFrom.isBlank() ? null : Path.of(restoreFrom));
        publishAvailability(server.status(), context);
        return server;
    }

    /**
     * Readiness follows the store (an orchestrator stops sending traffic while the disk is full);
     * liveness goes DOWN only when it cannot recover by itself, so that a restart is tried.
     */
    static void publishAvailability(StoreStatus status, ApplicationContext context) {
        status.onChange(state -> {
            switch (state) {
                case AVAILABLE -> {
                    AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
                    AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
                }
                case UNAVAILABLE -> AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
                case BROKEN -> {
                    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
                    AvailabilityChangeEvent.publish(context, LivenessState.BROKEN);
                }
            }
        });
    }

    @Bean
    EmbeddedStoreHealth embeddedDatabaseHealthIndicator(EmbeddedMongoServer server) {
        return new EmbeddedStoreHealth(server.status());
    }

    /**
     * The driver's heartbeat waits for an answer no longer than the connect timeout, then drops the
     * pool. The embedded server lives in this process and answers on one thread: it is never far
     * away, only busy for a while with a long scan (10,000 warnings at start-up), and a stopped one
     * still refuses connections at once. After the fail-fast settings, which suit a remote server.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    MongoClientSettingsBuilderCustomizer embeddedConnectTimeout() {
        return settings -> settings.applyToSocketSettings(s -> s.connectTimeout(60, TimeUnit.SECONDS));
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server) {
        ConnectionString connectionString = new ConnectionString(server.connectionString());
        return () -> connectionString;
    }
}
