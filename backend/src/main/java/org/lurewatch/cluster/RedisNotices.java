package org.lurewatch.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Notices through Redis pub/sub: a message reaches every subscribed instance in well under a
 * millisecond of Redis time, and costs the database nothing. Pub/sub keeps nothing for an instance
 * that was away; each receiver's poll is the net for that (see {@link ClusterNotices}).
 * Messages are handled one at a time, in order, off Lettuce's I/O thread.
 */
final class RedisNotices implements ClusterNotices, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisNotices.class);
    private static final String CHANNEL = SharedRedis.PREFIX + "notices:";

    private final SharedRedis redis;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cluster-notices");
        t.setDaemon(true);
        return t;
    });
    private volatile StatefulRedisPubSubConnection<String, String> subscription;

    RedisNotices(SharedRedis redis) {
        this.redis = redis;
        worker.scheduleWithFixedDelay(this::ensureSubscribed, 0, 1, TimeUnit.SECONDS);
    }

    @Override
    public void publish(String topic, String message) {
        worker.execute(() -> {
            try {
                redis.commands().publish(CHANNEL + topic, redis.instanceId() + " " + message);
            } catch (RuntimeException e) {
                log.debug("Could not tell the other instances about a change on {} ({}); they see it at their next poll",
                        topic, e.getClass().getSimpleName());
            }
        });
    }

    @Override
    public void subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
        StatefulRedisPubSubConnection<String, String> c = subscription;
        if (c != null) {
            worker.execute(() -> c.async().subscribe(CHANNEL + topic));
        }
    }

    @Override
    public boolean shared() {
        return true;
    }

    /** Whether the subscription is up (for tests and health). */
    boolean subscribed() {
        return subscription != null && subscription.isOpen();
    }

    /** Subscribes once Redis is reachable; after that Lettuce reconnects and resubscribes by itself. */
    private void ensureSubscribed() {
        if (subscription != null) {
            return;
        }
        try {
            StatefulRedisPubSubConnection<String, String> c = redis.pubSub();
            c.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    worker.execute(() -> deliver(channel, message));
                }
            });
            String[] channels = listeners.keySet().stream().map(t -> CHANNEL + t).toArray(String[]::new);
            if (channels.length > 0) {
                c.sync().subscribe(channels);
            }
            subscription = c;
            log.info("Listening for changes made on other instances");
        } catch (RuntimeException e) {
            log.debug("Redis unreachable for notices ({}); polls carry changes meanwhile", e.getClass().getSimpleName());
        }
    }

    private void deliver(String channel, String payload) {
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(redis.instanceId())) {
            return;
        }
        String message = payload.substring(space + 1);
        for (Consumer<String> listener : listeners.getOrDefault(channel.substring(CHANNEL.length()), List.of())) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                log.warn("Acting on a change made on another instance failed ({}); the next poll retries",
                        e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        StatefulRedisPubSubConnection<String, String> c = subscription;
        if (c != null) {
            c.closeAsync();
        }
    }
}
