package org.lurewatch.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset a test can move (e.g. past a challenge's expiry), or, from
 * {@link #fixedAt}, a clock that stands still until moved.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    /** Null: the system clock's now. */
    private final Instant start;

    public MutableClock() {
        this(null);
    }

    private MutableClock(Instant start) {
        this.start = start;
    }

    /** Stands at {@code start} until {@link #advance}d; {@link #reset} brings it back there. */
    public static MutableClock fixedAt(Instant start) {
        return new MutableClock(start);
    }

    public void advance(Duration by) {
        offset.accumulateAndGet(by, Duration::plus);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return (start == null ? Instant.now() : start).plus(offset.get());
    }
}
