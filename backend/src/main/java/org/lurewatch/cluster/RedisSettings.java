package org.lurewatch.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Redis (or Valkey) connection, under Spring Boot's own names ({@code spring.data.redis.*}), so
 * that an operator who knows Boot finds them where expected. Read here rather than through Spring
 * Data Redis, whose auto-configuration would set up a connection (and a health check pinging
 * localhost) even when nothing is configured.
 *
 * @param url            e.g. {@code redis://:secret@redis:6379/0} ({@code rediss://} for TLS); wins over host
 * @param host           host name; with url, one of the two switches shared state on
 * @param port           6379 unless set
 * @param username       ACL user (Redis 6+), optional
 * @param password       optional
 * @param database       database index, 0 unless set
 * @param timeout        how long a command may take before the portal treats Redis as unreachable
 *                       (short: a rate-limit check sits on every request's path)
 * @param connectTimeout how long connecting may take
 * @param ssl            TLS
 */
@ConfigurationProperties("spring.data.redis")
public record RedisSettings(String url, String host, Integer port, String username, String password,
        Integer database, Duration timeout, Duration connectTimeout, Ssl ssl) {

    public RedisSettings {
        port = port == null ? 6379 : port;
        database = database == null ? 0 : database;
        timeout = timeout == null ? Duration.ofMillis(500) : timeout;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        ssl = ssl == null ? new Ssl(false) : ssl;
    }

    /** @param enabled connect with TLS */
    public record Ssl(boolean enabled) {
    }
}
