package org.lurewatch.abuse.pow;

import java.time.Clock;

/**
 * How many valid proofs of work this instance accepted in the last minute, counted in six
 * ten-second slots (a number per slot, nothing about who sent them). Only accepted proofs count:
 * a flood of garbage costs its sender nothing and must not raise the price for everyone else.
 */
final class FloodMeter {

    private static final int SLOTS = 6;
    private static final long SLOT_MILLIS = 10_000;

    private final Clock clock;
    private final long[] slotOf = new long[SLOTS];
    private final int[] counts = new int[SLOTS];

    FloodMeter(Clock clock) {
        this.clock = clock;
        java.util.Arrays.fill(slotOf, Long.MIN_VALUE);
    }

    synchronized void record() {
        long slot = clock.millis() / SLOT_MILLIS;
        int i = (int) Math.floorMod(slot, SLOTS);
        if (slotOf[i] != slot) {
            slotOf[i] = slot;
            counts[i] = 0;
        }
        counts[i]++;
    }

    /** Proofs accepted in the current slot and the five before it. */
    synchronized int perMinute() {
        long slot = clock.millis() / SLOT_MILLIS;
        int sum = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (slotOf[i] > slot - SLOTS) {
                sum += counts[i];
            }
        }
        return sum;
    }

    /**
     * The difficulty to announce: {@code calm} up to {@code threshold} proofs a minute, then one bit
     * more (twice the work) each time the rate doubles, never above {@code max}.
     */
    static int difficulty(int calm, int max, int threshold, int perMinute) {
        if (perMinute <= threshold) {
            return calm;
        }
        int doublings = 64 - Long.numberOfLeadingZeros((perMinute - 1L) / threshold);
        return Math.max(calm, Math.min(max, calm + doublings));
    }
}
