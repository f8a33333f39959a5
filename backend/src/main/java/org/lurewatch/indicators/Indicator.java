package org.lurewatch.indicators;

import java.util.Locale;
import java.util.Objects;

/**
 * One indicator in its normalised form (see {@link IndicatorNormaliser}): "+66812345678",
 * "example.co.th", "jobs@example.com", "telegram:@goldenjobs", "Golden Star Recruitment Co.".
 *
 * @param type  what kind of indicator
 * @param value the normalised value; organisation names keep their case for display
 */
public record Indicator(IndicatorType type, String value) {

    public Indicator {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an indicator value must not be blank");
        }
    }

    /**
     * The string indicators are matched and hashed by, e.g. "PHONE:+66812345678". Organisation
     * names are case-folded here (not in {@link #value()}) because people type them in any case
     * but editors want to show them as the organisation writes itself.
     */
    public String key() {
        return type + ":" + (type == IndicatorType.ORGANISATION ? caseFold(value) : value);
    }

    // upper then lower folds the cases a plain toLowerCase misses (ß/SS, final sigma)
    private static String caseFold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
