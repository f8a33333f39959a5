package org.lurewatch.offercheck.rules;

import java.util.List;
import java.util.Map;
import org.lurewatch.common.Language;

/**
 * One idea a red flag is made of ("passport", "keep/hold/look after"), as the words and variants
 * that say it in each language. A reader of the language reviews these lists, so they are data
 * (offercheck/rules/concepts.json), not code.
 *
 * @param name  e.g. "passport"
 * @param about what the concept means, for the reviewer
 * @param terms per language, the words; each matches whole words of the text (ICU word breaks)
 */
public record Concept(String name, String about, Map<Language, List<String>> terms) {

    public Concept {
        terms = Map.copyOf(terms);
    }
}
