package org.lurewatch.tips;

import java.util.Map;

/**
 * How many people reported an indicator in tips staff have confirmed, as the public may be told
 * it: a coarse band, never a number that one more tip would move.
 */
public enum TipReportBand {
    /** At least {@link #SEVERAL_FROM} confirmed tips. */
    SEVERAL,
    /** At least {@link #MANY_FROM} confirmed tips. */
    MANY;

    public static final int SEVERAL_FROM = 3;
    public static final int MANY_FROM = 10;

    /** The band of this many confirmed tips; null below {@link #SEVERAL_FROM}. */
    public static TipReportBand of(int confirmedTips) {
        return confirmedTips >= MANY_FROM ? MANY : confirmedTips >= SEVERAL_FROM ? SEVERAL : null;
    }

    /** The least number of confirmed tips in the band. */
    public int floor() {
        return this == MANY ? MANY_FROM : SEVERAL_FROM;
    }

    /** The bands of counts per key, leaving out keys below the first band. */
    public static Map<String, TipReportBand> of(Map<String, Integer> counts) {
        Map<String, TipReportBand> bands = new java.util.HashMap<>();
        counts.forEach((key, n) -> {
            TipReportBand band = of(n);
            if (band != null) {
                bands.put(key, band);
            }
        });
        return Map.copyOf(bands);
    }
}
