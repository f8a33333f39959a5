package org.lurewatch.offercheck;

import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.tips.TipReportBand;
import org.lurewatch.warnings.Warning;

/**
 * What an offer check found: the risk, the red flags with their trigger words, the indicators with
 * what they matched, and what to do. Holds nothing of the pasted text but the trigger words and
 * indicators the reader is shown.
 */
public record OfferCheck(RiskLevel risk, String riskExplanation, Language language, List<RedFlagHit> redFlags,
        List<IndicatorFinding> indicators, List<Warning> relatedWarnings, List<String> advice, String privacyNote) {

    /**
     * @param reportedBy the band of staff-confirmed tips naming this indicator or one of its other
     *                   readings, as last published; null when fewer than the first band
     * @param alsoReadAs other readings that stay plausible (a number valid in two countries the
     *                   text gives equal reason for, a bare "@name"); warnings and tips naming
     *                   them are counted too
     */
    public record IndicatorFinding(Indicator indicator, String found, List<Warning> warnings, int warningCount,
            TipReportBand reportedBy, List<Indicator> alsoReadAs) {

        public IndicatorFinding {
            alsoReadAs = List.copyOf(alsoReadAs);
        }
    }
}
