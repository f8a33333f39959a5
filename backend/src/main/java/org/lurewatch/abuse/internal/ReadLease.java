package org.lurewatch.abuse.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.distributed.AsyncBucketProxy;

/**
 * One client's public reads on this instance, paid for in advance: requests spend tokens taken from
 * the shared bucket in Redis {@code batch} at a time, so a request costs an atomic decrement here,
 * and Redis is asked again in the background once half a batch is left (nobody waits on that
 * answer). Only a client's first request, and one whose lease ran dry, wait for Redis. A client
 * refused by Redis is refused here, without asking again, until the wait Redis gave has passed.
 * A busy client's leases grow (up to a twentieth of its smallest window) so that they last about
 * 100 ms. What it costs: a client may hold up to one and a half leases of its allowance on each instance, and
 * tokens left in a lease that is forgotten are spent (a client can never get more than its
 * allowance through this, only, at the edge, a little less).
 */
final class ReadLease {

    /** A busy client's lease is sized to last about this long, so that Redis hears from it a few times a second at most. */
    private static final long REFILL_EVERY_NANOS = 100_000_000L;

    private final AsyncBucketProxy bucket;
    private final long batch;
    private final long maxBatch;
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong taken = new AtomicLong();
    private volatile long countingSince = System.nanoTime();
    private volatile long lastAmount;
    private final AtomicBoolean refilling = new AtomicBoolean();
    private volatile long refusedUntilNanos;

    /**
     * @param batch    what a lease takes at least
     * @param maxBatch what it takes at most (a twentieth of the client's smallest window): a client
     *                 busier than a batch per 100 ms gets larger leases, up to this
     */
    ReadLease(AsyncBucketProxy bucket, long batch, long maxBatch) {
        this.bucket = bucket;
        this.batch = batch;
        this.maxBatch = Math.max(batch, maxBatch);
        this.lastAmount = batch;
    }

    /**
     * Takes one read.
     *
     * @return 0 when granted, else the nanoseconds to wait
     * @throws RuntimeException when Redis could not be asked (the caller falls back)
     */
    long take() {
        while (true) {
            long t = tokens.get();
            if (t > 0) {
                if (tokens.compareAndSet(t, t - 1)) {
                    taken.incrementAndGet();
                    if (t - 1 <= lastAmount / 2) {
                        refillInBackground();
                    }
                    return 0;
                }
                continue;
            }
            long wait = refusedUntilNanos - System.nanoTime();
            if (wait > 0) {
                return wait;
            }
            synchronized (this) {
                if (tokens.get() > 0) {
                    continue;
                }
                long got = bucket.tryConsumeAsMuchAsPossible(batch).join();
                if (got > 0) {
                    tokens.addAndGet(got);
                    continue;
                }
                long nanos = Math.max(1, bucket.estimateAbilityToConsume(1).join().getNanosToWaitForRefill());
                refusedUntilNanos = System.nanoTime() + nanos;
                return nanos;
            }
        }
    }

    private void refillInBackground() {
        if (!refilling.compareAndSet(false, true)) {
            return;
        }
        long now = System.nanoTime();
        long used = taken.getAndSet(0);
        long elapsed = Math.max(1, now - countingSince);
        countingSince = now;
        long amount = Math.max(batch, Math.min(maxBatch, used * REFILL_EVERY_NANOS / elapsed));
        lastAmount = amount;
        bucket.tryConsumeAsMuchAsPossible(amount).whenComplete((got, failure) -> {
            if (got != null && got > 0) {
                tokens.addAndGet(got);
            }
            refilling.set(false);
        });
    }
}
