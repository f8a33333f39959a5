package org.lurewatch.offercheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.ExtractedIndicator;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorExtractor;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.springframework.stereotype.Service;

/**
 * Checks an offer: red flags in its words, indicators in it matched against published warnings
 * and (only as a count, and only from two tips up) against tips. Nothing is stored or logged.
 */
@Service
public class OfferChecker {

    /** One tip naming a number could be the reader's own report: only from two up is it said. */
    static final int MIN_TIPS_TO_REVEAL = 2;

    private final RedFlagCheck redFlags;
    private final IndicatorExtractor extractor;
    private final WarningCatalogue warnings;
    private final TipRecords tips;
    private final OfferCheckTexts texts;

    OfferChecker(RedFlagCheck redFlags, IndicatorExtractor extractor, WarningCatalogue warnings, TipRecords tips,
            OfferCheckTexts texts) {
        this.redFlags = redFlags;
        this.extractor = extractor;
        this.warnings = warnings;
        this.tips = tips;
        this.texts = texts;
    }

    public OfferCheck check(String text, Language lang) {
        if (text == null || text.isBlank()) {
            throw new UserInputException("text", "Paste the offer, a phone number or a link to check.");
        }
        if (text.length() > RedFlagCheck.MAX_TEXT_LENGTH) {
            throw new UserInputException("text", "text is at most " + RedFlagCheck.MAX_TEXT_LENGTH
                    + " characters (was " + text.length() + "); paste only the offer itself.");
        }
        List<OfferCheck.IndicatorFinding> findings = indicators(text);
        Set<Warning> related = new LinkedHashSet<>();
        findings.forEach(f -> related.addAll(f.warnings()));
        int matched = (int) findings.stream().filter(f -> !f.warnings().isEmpty()).count();
        RedFlagAssessment assessment = redFlags.assess(text, lang, matched);
        return new OfferCheck(assessment.level(), texts.risk(assessment.level(), lang), lang, assessment.hits(),
                findings, List.copyOf(related), texts.advice(lang), texts.privacy(lang));
    }

    private List<OfferCheck.IndicatorFinding> indicators(String text) {
        Map<Indicator, String> firstSeen = new LinkedHashMap<>();
        for (ExtractedIndicator e : extractor.extract(text)) {
            firstSeen.putIfAbsent(e.indicator(), e.raw());
        }
        List<OfferCheck.IndicatorFinding> findings = new ArrayList<>(firstSeen.size());
        firstSeen.forEach((indicator, raw) -> {
            int inTips = tips.countWithIndicator(tips.linkHash(indicator));
            findings.add(new OfferCheck.IndicatorFinding(indicator, raw, warnings.naming(indicator),
                    inTips >= MIN_TIPS_TO_REVEAL ? inTips : null));
        });
        return findings;
    }
}
