package org.lurewatch.offercheck;

import java.util.List;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;

/**
 * One red flag found in an offer.
 *
 * @param ruleId              e.g. "job.upfront-fee"
 * @param category            the kind of lure the rule belongs to
 * @param weight              1 (a weak sign) to 5 (a sign of trafficking on its own)
 * @param explanation         why this is a danger sign, for the reader
 * @param explanationLanguage the language {@code explanation} is in (the requested one when it
 *                            exists, else the next in its fallback chain)
 * @param sourceTitle         the guidance that names this sign
 * @param sourceUrl           where to read it
 * @param triggers            the words in the text that showed the sign, in text order
 */
public record RedFlagHit(
        String ruleId,
        Category category,
        int weight,
        String explanation,
        Language explanationLanguage,
        String sourceTitle,
        String sourceUrl,
        List<Trigger> triggers) {

    public RedFlagHit {
        triggers = List.copyOf(triggers);
    }
}
