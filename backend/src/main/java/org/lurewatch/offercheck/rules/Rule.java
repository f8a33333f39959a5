package org.lurewatch.offercheck.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lurewatch.common.Language;
import org.lurewatch.offercheck.LureCategory;

/**
 * One red-flag rule as loaded from the rule data.
 *
 * @param id          "category.name", e.g. "job.upfront-fee"
 * @param category    the lure category of the file it came from
 * @param weight      1..5
 * @param phrases     per language, the phrases that trigger it (as written in the data)
 * @param unless      per language, longer phrases that cancel a trigger inside them ("no training
 *                    fee" holds "training fee" but is the opposite sign)
 * @param patterns    regexes matched against the normalised text, in any language
 * @param explanation per language, all seven present
 * @param sourceTitle the guidance that names this sign
 * @param sourceUrl   where to read it
 */
public record Rule(
        String id,
        LureCategory category,
        int weight,
        Map<Language, List<String>> phrases,
        Map<Language, List<String>> unless,
        List<Pattern> patterns,
        Map<Language, String> explanation,
        String sourceTitle,
        String sourceUrl) {

    public Rule {
        phrases = Map.copyOf(phrases);
        unless = Map.copyOf(unless);
        patterns = List.copyOf(patterns);
        explanation = Map.copyOf(explanation);
    }

    /** The explanation in the first language of {@code wanted}'s fallback chain that has one. */
    public Map.Entry<Language, String> explanationFor(Language wanted) {
        for (Language l : wanted.fallbackChain()) {
            String text = explanation.get(l);
            if (text != null) {
                return Map.entry(l, text);
            }
        }
        throw new IllegalStateException("rule " + id + " has no explanation");
    }
}
