package org.lurewatch.indicators;

import java.util.Locale;

/** An indicator in normalised form (phones E.164, domains registrable, handles lower-cased). */
public record Indicator(IndicatorType type, String value) {

    /** The form used for matching and keyed hashing. */
    public String key() {
        return type + ":" + value.toLowerCase(Locale.ROOT);
    }
}
