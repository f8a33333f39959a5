package org.lurewatch.cluster;

import java.security.SecureRandom;
import java.util.HexFormat;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis every instance shares. Connects in the background, never on a request's path: a portal
 * started while Redis is away still starts and serves under its fallbacks (each user of this class
 * says which), and tries again every {@link #RETRY_MILLIS}. Once connected, Lettuce reconnects by itself;
 * meanwhile commands fail at once instead of queueing, so no request waits on an absent Redis for
 * longer than {@code spring.data.redis.timeout}.
 */
public final class SharedRedis implements AutoCloseable {

    /** Every key the portal writes starts with this, so that a shared Redis stays tidy. */
    public static final String PREFIX = "lurewatch:";
    static final long RETRY_MILLIS = 2_000;
    private static final Logger log = LoggerFactory.getLogger(SharedRedis.class);

    private final RedisClient client;
    private final String instanceId;
    private final java.time.Duration timeout;
    private volatile StatefulRedisConnection<String, byte[]> binary;
    private volatile StatefulRedisConnection<String, String> text;
    private final java.util.concurrent.ScheduledExecutorService connector =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "redis-connect");
                t.setDaemon(true);
                return t;
            });

    SharedRedis(RedisSettings settings) {
        RedisURI uri = uri(settings);
        this.client = RedisClient.create(uri);
        this.client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(settings.connectTimeout()).build())
                .timeoutOptions(TimeoutOptions.enabled(settings.timeout()))
                .build());
        this.timeout = settings.timeout();
        byte[] id = new byte[8];
        new SecureRandom().nextBytes(id);
        this.instanceId = HexFormat.of().formatHex(id);
        log.info("Shared state (limits, throttles, notices) in Redis at {}:{}", uri.getHost(), uri.getPort());
        connectInBackground();
    }

    private static RedisURI uri(RedisSettings s) {
        if (s.url() != null && !s.url().isBlank()) {
            RedisURI uri = RedisURI.create(s.url());
            uri.setTimeout(s.timeout());
            return uri;
        }
        RedisURI.Builder b = RedisURI.builder().withHost(s.host()).withPort(s.port()).withDatabase(s.database())
                .withSsl(s.ssl().enabled()).withTimeout(s.timeout());
        if (s.password() != null && !s.password().isEmpty()) {
            if (s.username() != null && !s.username().isEmpty()) {
                b.withAuthentication(s.username(), s.password());
            } else {
                b.withPassword(s.password().toCharArray());
            }
        }
        return b.build();
    }

    /** Random per process: tells this instance's own notices apart from the others'. */
    public String instanceId() {
        return instanceId;
    }

    /** How long one command may take. */
    public java.time.Duration timeout() {
        return timeout;
    }

    /** String keys, byte values (what Bucket4j stores). Throws a {@code RedisException} while Redis is unreachable. */
    public StatefulRedisConnection<String, byte[]> binary() {
        StatefulRedisConnection<String, byte[]> c = binary;
        if (c == null) {
            throw notYet();
        }
        return c;
    }

    /** Commands on string keys and values. Throws a {@code RedisException} while Redis is unreachable. */
    public RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> c = text;
        if (c == null) {
            throw notYet();
        }
        return c.sync();
    }

    /** Whether the first connection has been made (Lettuce keeps it up from then on). */
    public boolean connected() {
        return binary != null;
    }

    /** A new connection for subscribing (the caller closes it); blocks up to the connect timeout. */
    public StatefulRedisPubSubConnection<String, String> pubSub() {
        return client.connectPubSub();
    }

    private static RedisConnectionException notYet() {
        return new RedisConnectionException("Redis has not been reachable yet; trying again every few seconds");
    }

    /** Off every request's path: a request never waits for a connection to be made. */
    private void connectInBackground() {
        connector.scheduleWithFixedDelay(() -> {
            try {
                if (text == null) {
                    text = client.connect();
                }
                binary = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                throw new java.util.concurrent.CancellationException("connected");
            } catch (java.util.concurrent.CancellationException done) {
                throw done;
            } catch (RuntimeException e) {
                log.warn("Redis is unreachable ({}); trying again in {} ms", e.getClass().getSimpleName(), RETRY_MILLIS);
            }
        }, 0, RETRY_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        connector.shutdownNow();
        client.shutdown(java.time.Duration.ZERO, java.time.Duration.ofSeconds(2));
    }
}
