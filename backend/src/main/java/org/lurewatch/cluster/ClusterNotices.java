package org.lurewatch.cluster;

import java.util.function.Consumer;

/**
 * Tells the other instances that something changed, so that they act on it now instead of at
 * their next poll. Best effort: a notice lost while Redis is away is covered by the poll each
 * receiver keeps as its safety net. A notice carries no secret and nothing about a tipster, only
 * what kind of thing changed (e.g. a warning id).
 */
public interface ClusterNotices {

    /** Sends {@code message} on {@code topic} to every other instance (not to this one); never throws. */
    void publish(String topic, String message);

    /**
     * Calls {@code listener} with each message another instance publishes on {@code topic}, on a
     * thread of its own (it may block briefly, e.g. to read the database).
     */
    void subscribe(String topic, Consumer<String> listener);

    /** Whether other instances can hear this one (Redis is configured). */
    boolean shared();
}
