package org.lurewatch.offercheck;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lurewatch.common.Language;
import org.lurewatch.common.UserInputException;
import org.lurewatch.indicators.ExtractedIndicator;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorExtractor;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.tips.TipRecords;
import org.lurewatch.tips.TipReportBand;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.springframework.stereotype.Service;

/**
 * Checks an offer: red flags in its words, indicators in it matched against published warnings
 * and (only as a coarse band of tips staff confirmed, published on a slow schedule: see
 * {@code triage.reports.ConfirmedReports}) against tips. Nothing is stored or logged.
 */
@Service
public class OfferChecker {

    /** Warnings listed per indicator, and related warnings listed in all; newest first. */
    static final int MAX_WARNINGS = 10;

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
        Map<String, Warning> related = new LinkedHashMap<>();
        List<OfferCheck.IndicatorFinding> findings = indicators(text, lang, related);
        int matched = (int) findings.stream().filter(f -> f.warningCount() > 0).count();
        RedFlagAssessment assessment = redFlags.assess(text, lang, matched);
        return new OfferCheck(assessment.level(), texts.risk(assessment.level(), lang), lang, assessment.hits(),
                findings, newest(related.values()), texts.advice(lang), texts.privacy(lang));
    }

    private List<OfferCheck.IndicatorFinding> indicators(String text, Language lang, Map<String, Warning> related) {
        Map<Indicator, ExtractedIndicator> firstSeen = new LinkedHashMap<>();
        for (ExtractedIndicator e : extractor.extract(text, null, lang.name())) {
            firstSeen.putIfAbsent(e.indicator(), e);
        }
        List<OfferCheck.IndicatorFinding> findings = new ArrayList<>(firstSeen.size());
        firstSeen.forEach((indicator, found) -> {
            // a number two countries could own, a bare "@name": every reading is looked up
            List<Indicator> readings = new ArrayList<>();
            readings.add(indicator);
            readings.addAll(found.alternatives());
            IndicatorNormaliser.withoutApp(indicator).ifPresent(readings::add);
            // the strongest band of any reading: bands do not add up, and a sum could cross one
            TipReportBand reported = null;
            Map<String, Warning> naming = new LinkedHashMap<>();
            for (Indicator reading : readings) {
                reported = stronger(reported, tips.reportBand(tips.linkHash(reading)));
                warnings.naming(reading).forEach(w -> naming.putIfAbsent(w.id(), w));
            }
            List<Warning> all = readings.size() == 1 ? warnings.naming(indicator)
                    : naming.values().stream().sorted(WarningCatalogue.NEWEST_FIRST).toList();
            // newest first already: the newest ten of all related warnings are among each list's first ten
            List<Warning> latest = all.subList(0, Math.min(MAX_WARNINGS, all.size()));
            latest.forEach(w -> related.putIfAbsent(w.id(), w));
            findings.add(new OfferCheck.IndicatorFinding(indicator, found.raw(), latest, all.size(),
                    reported, found.alternatives()));
        });
        return findings;
    }

    private static TipReportBand stronger(TipReportBand a, TipReportBand b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * A number used by a big operation can be named in hundreds of warnings; the reader needs the
     * latest few and the count, not a page that takes minutes to load on a slow phone.
     */
    private static List<Warning> newest(Collection<Warning> warnings) {
        return warnings.stream().sorted(WarningCatalogue.NEWEST_FIRST).limit(MAX_WARNINGS).toList();
    }
}
