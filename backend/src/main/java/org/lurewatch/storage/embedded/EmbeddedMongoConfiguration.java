package org.lurewatch.storage.embedded;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import org.lurewatch.storage.EmbeddedMongoProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
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
    EmbeddedMongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
        return new EmbeddedMongoServer(properties);
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
