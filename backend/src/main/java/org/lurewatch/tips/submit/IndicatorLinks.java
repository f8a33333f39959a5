package org.lurewatch.tips.submit;

import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.tips.crypto.KeyedHashes;
import org.springframework.stereotype.Component;

/**
 * The link hash of an indicator: keyed hash of its normalised form (indicators module), so that
 * tips naming the same phone number, domain or handle, however typed, are linked without
 * decrypting them.
 */
@Component
public class IndicatorLinks implements TipRules.Linker {

    private final IndicatorNormaliser normaliser;
    private final KeyedHashes hashes;

    public IndicatorLinks(IndicatorNormaliser normaliser, KeyedHashes hashes) {
        this.normaliser = normaliser;
        this.hashes = hashes;
    }

    /**
     * @return null when the value is not a valid {@code type}: a frightened person's typo must not
     *         cost them the tip, so the raw text is kept (encrypted) and only the link is missing
     */
    @Override
    public String linkHash(IndicatorType type, String raw, String country) {
        try {
            return linkHash(normaliser.normalise(type, raw, country));
        } catch (UserInputException notThatType) {
            return null;
        }
    }

    public String linkHash(Indicator indicator) {
        return hashes.indicator(indicator.key());
    }
}
