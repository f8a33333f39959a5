package org.lurewatch.tips.submit;

import java.util.Locale;

import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.tips.crypto.KeyedHashes;
import org.springframework.stereotype.Component;

/**
 * The link hash of an indicator: keyed hash of its normalised form, so that tips naming the same
 * phone number, domain or handle are linked without decrypting them.
 */
@Component
public class IndicatorLinks implements TipRules.Linker {

    private final KeyedHashes hashes;

    public IndicatorLinks(KeyedHashes hashes) {
        this.hashes = hashes;
    }

    @Override
    public String linkHash(IndicatorType type, String raw, String country) {
        String value = raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return value.isEmpty() ? null : linkHash(new Indicator(type, value));
    }

    public String linkHash(Indicator indicator) {
        return hashes.indicator(indicator.key());
    }
}
