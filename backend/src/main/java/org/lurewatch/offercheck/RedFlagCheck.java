package org.lurewatch.offercheck;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.offercheck.rules.FiredRule;
import org.lurewatch.offercheck.rules.RedFlagMatcher;
import org.lurewatch.offercheck.rules.RiskAssessor;
import org.lurewatch.offercheck.rules.Rule;
import org.lurewatch.offercheck.rules.RuleSet;
import org.springframework.stereotype.Service;

/**
 * Checks the text of an offer for red flags: which signs it shows, in which words, why each is a
 * danger (in the reader's language, with its source), and how worried to be overall.
 * Thread-safe; build once (the rules are compiled in the constructor).
 */
@Service
public class RedFlagCheck {

    /** Longer texts are refused: an offer is a message or an ad, not a book. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private static final Comparator<RedFlagHit> STRONGEST_FIRST = Comparator
            .comparingInt(RedFlagHit::weight).reversed()
            .thenComparingInt(h -> h.triggers().get(0).start());

    private final RedFlagMatcher matcher;
    private final RiskAssessor assessor = new RiskAssessor();

    /** With the rules shipped in {@code offercheck/rules/}. */
    public RedFlagCheck() {
        this(RuleSet.fromClasspath());
    }

    public RedFlagCheck(RuleSet rules) {
        this.matcher = new RedFlagMatcher(rules);
    }

    /** Checks an offer on its words alone. */
    public RedFlagAssessment assess(String text, Language language) {
        return assess(text, language, 0);
    }

    /**
     * @param language                 the reader's language, for the explanations
     * @param matchedWarningIndicators how many of the offer's indicators (phones, links, handles)
     *                                 appear in published warnings; any makes the offer HIGH
     * @throws UserInputException (field "text") when the text is too long
     */
    public RedFlagAssessment assess(String text, Language language, int matchedWarningIndicators) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new UserInputException("text", "The text is longer than " + MAX_TEXT_LENGTH
                    + " characters; paste only the offer itself.");
        }
        List<FiredRule> fired = matcher.match(text);
        List<RedFlagHit> hits = fired.stream().map(f -> hit(f, language)).sorted(STRONGEST_FIRST).toList();
        return new RedFlagAssessment(assessor.assess(fired, matchedWarningIndicators),
                RiskAssessor.totalWeight(fired), hits);
    }

    private static RedFlagHit hit(FiredRule fired, Language language) {
        Rule rule = fired.rule();
        Map.Entry<Language, String> explanation = rule.explanationFor(language);
        return new RedFlagHit(rule.id(), rule.category(), rule.weight(), explanation.getValue(),
                explanation.getKey(), rule.sourceTitle(), rule.sourceUrl(), fired.triggers());
    }
}
