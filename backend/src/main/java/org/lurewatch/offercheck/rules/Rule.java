package org.lurewatch.offercheck.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Category;

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
 * @param together    concepts that fire the rule when all occur within a window of words, in any
 *                    order ("passport" near "keep"); the words of each concept are in
 *                    offercheck/rules/concepts.json
 * @param explanation per language, all seven present
 * @param sourceTitle the guidance that names this sign
 * @param sourceUrl   where to read it
 */
public record Rule(
        String id,
        Category category,
        int weight,
        Map<Language, List<String>> phrases,
        Map<Language, List<String>> unless,
        List<Pattern> patterns,
        List<Together> together,
        Map<Language, String> explanation,
        String sourceTitle,
        String sourceUrl) {

    public Rule {
        phrases = Map.copyOf(phrases);
        unless = Map.copyOf(unless);
        patterns = List.copyOf(patterns);
        together = List.copyOf(together);
        explanation = Map.copyOf(explanation);
    }

    /** A rule without concepts (phrases and patterns only). */
    public Rule(String id, Category category, int weight, Map<Language, List<String>> phrases,
            Map<Language, List<String>> unless, List<Pattern> patterns, Map<Language, String> explanation,
            String sourceTitle, String sourceUrl) {
        this(id, category, weight, phrases, unless, patterns, List.of(), explanation, sourceTitle, sourceUrl);
    }

    /**
     * Concepts that must all occur, in any order, within {@code window} words (counted from the
     * first word of the first to the last word of the last), with none of the {@code without}
     * concepts within three words either side ("keep your passport yourself" is the owner keeping
     * it) and none of the {@code notBefore} concepts within three words before or among them
     * ("we never keep your passport"; a "not" after them belongs to the next clause).
     */
    public record Together(List<String> concepts, int window, List<String> without, List<String> notBefore) {

        public Together {
            concepts = List.copyOf(concepts);
            without = List.copyOf(without);
            notBefore = List.copyOf(notBefore);
        }

        public Together(List<String> concepts, int window) {
            this(concepts, window, List.of(), List.of());
        }
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
