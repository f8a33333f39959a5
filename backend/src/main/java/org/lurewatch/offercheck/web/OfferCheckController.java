package org.lurewatch.offercheck.web;

import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.warnings.Category;
import org.lurewatch.offercheck.OfferCheck;
import org.lurewatch.offercheck.OfferChecker;
import org.lurewatch.offercheck.RedFlagHit;
import org.lurewatch.offercheck.RiskLevel;
import org.lurewatch.offercheck.Trigger;
import org.lurewatch.tips.TipReportBand;
import org.lurewatch.warnings.Source;
import org.lurewatch.warnings.WarningView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The check's answer is built whole, as records GraphQL reads property by property: a controller
 * call per red flag and per list (six for a typical job ad) cost more than the records (issue 9).
 * Only {@code relatedWarnings} stays a call, made when asked for.
 */
@Controller
class OfferCheckController {

    private final OfferChecker checker;

    OfferCheckController(OfferChecker checker) {
        this.checker = checker;
    }

    @QueryMapping
    OfferCheckView checkOffer(@Argument String text, @Argument Language lang) {
        return OfferCheckView.of(checker.check(text, lang == null ? Language.en : lang));
    }

    @SchemaMapping(typeName = "OfferCheck")
    List<WarningView> relatedWarnings(OfferCheckView view) {
        return view.check().relatedWarnings().stream().map(w -> WarningView.of(w, view.language())).toList();
    }

    /** The GraphQL {@code OfferCheck}. */
    record OfferCheckView(OfferCheck check, RiskLevel risk, String riskExplanation, Language language,
            List<RedFlagFindingView> redFlags, List<IndicatorFindingView> indicators, List<String> advice,
            String privacyNote) {

        static OfferCheckView of(OfferCheck check) {
            return new OfferCheckView(check, check.risk(), check.riskExplanation(), check.language(),
                    check.redFlags().stream().map(RedFlagFindingView::of).toList(),
                    check.indicators().stream().map(f -> IndicatorFindingView.of(f, check.language())).toList(),
                    check.advice(), check.privacyNote());
        }
    }

    /** The GraphQL {@code RedFlagFinding}: each trigger word once. */
    record RedFlagFindingView(String ruleId, Category category, int weight, String explanation,
            Language explanationLanguage, Source source, List<String> triggers) {

        static RedFlagFindingView of(RedFlagHit hit) {
            return new RedFlagFindingView(hit.ruleId(), hit.category(), hit.weight(), hit.explanation(),
                    hit.explanationLanguage(), new Source(hit.sourceTitle(), hit.sourceUrl()),
                    hit.triggers().stream().map(Trigger::text).distinct().toList());
        }
    }

    /** The GraphQL {@code IndicatorFinding}, its warnings in the reader's language. */
    record IndicatorFindingView(Indicator indicator, String found, List<WarningView> warnings, int warningCount,
            TipReportBand reportedBy, Integer reportedInTips, List<Indicator> alsoReadAs) {

        static IndicatorFindingView of(OfferCheck.IndicatorFinding f, Language language) {
            return new IndicatorFindingView(f.indicator(), f.found(),
                    f.warnings().stream().map(w -> WarningView.of(w, language)).toList(), f.warningCount(),
                    f.reportedBy(), f.reportedBy() == null ? null : f.reportedBy().floor(), f.alsoReadAs());
        }
    }
}
