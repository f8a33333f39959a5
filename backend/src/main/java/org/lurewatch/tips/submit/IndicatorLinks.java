package org.lurewatch.tips.submit;

import java.util.List;

import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorExtractor;
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
    private final IndicatorExtractor extractor;
    private final KeyedHashes hashes;

    public IndicatorLinks(IndicatorNormaliser normaliser, IndicatorExtractor extractor, KeyedHashes hashes) {
        this.normaliser = normaliser;
        this.extractor = extractor;
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

    /** The type of the one indicator the text holds; null when it holds none or several. */
    @Override
    public IndicatorType recognise(String raw, String country) {
        List<IndicatorType> found = extractor.extract(raw, country).stream()
                .map(e -> e.indicator().type()).distinct().toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    public String linkHash(Indicator indicator) {
        return hashes.indicator(indicator.key());
    }
}
