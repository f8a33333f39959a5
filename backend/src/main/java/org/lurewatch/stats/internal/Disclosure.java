package org.lurewatch.stats.internal;

/**
 * The disclosure rule for public counts. A count below {@link #THRESHOLD} is suppressed (shown as
 * suppressed, not as a number); every other count, totals included, is rounded to the nearest
 * multiple of {@link #BASE}. Rounding is what keeps totals safe: with exact totals, a total minus
 * the cells shown next to it (or a coarser grouping minus a finer one) would give a suppressed
 * cell back exactly; with rounded figures it gives only a range that includes the small counts.
 */
public final class Disclosure {

    public static final int THRESHOLD = 5;
    public static final int BASE = 5;

    private Disclosure() {
    }

    /** The figure to publish, or null when the count must be suppressed. */
    public static Long publish(long exact) {
        if (exact < THRESHOLD) {
            return null;
        }
        return Math.round(exact / (double) BASE) * BASE;
    }
}
