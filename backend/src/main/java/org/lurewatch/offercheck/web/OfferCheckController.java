package org.lurewatch.offercheck.web;

import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.offercheck.OfferCheck;
import org.lurewatch.offercheck.OfferChecker;
import org.lurewatch.offercheck.RedFlagHit;
import org.lurewatch.offercheck.Trigger;
import org.lurewatch.warnings.Source;
import org.lurewatch.warnings.WarningView;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class OfferCheckController {

    private final OfferChecker checker;

    OfferCheckController(OfferChecker checker) {
        this.checker = checker;
    }

    @QueryMapping
    OfferCheck checkOffer(@Argument String text, @Argument Language lang) {
        return checker.check(text, lang == null ? Language.en : lang);
    }

    @SchemaMapping(typeName = "OfferCheck")
    List<WarningView> relatedWarnings(OfferCheck check) {
        return check.relatedWarnings().stream().map(w -> WarningView.of(w, check.language())).toList();
    }

    /** An indicator finding with its warnings in the reader's language. */
    record IndicatorFindingView(Indicator indicator, String found, List<WarningView> warnings, int warningCount,
            Integer reportedInTips) {
    }

    @SchemaMapping(typeName = "OfferCheck")
    List<IndicatorFindingView> indicators(OfferCheck check) {
        return check.indicators().stream().map(f -> new IndicatorFindingView(f.indicator(), f.found(),
                f.warnings().stream().map(w -> WarningView.of(w, check.language())).toList(), f.warningCount(),
                f.reportedInTips()))
                .toList();
    }

    @SchemaMapping(typeName = "RedFlagFinding")
    Source source(RedFlagHit hit) {
        return new Source(hit.sourceTitle(), hit.sourceUrl());
    }

    @SchemaMapping(typeName = "RedFlagFinding")
    List<String> triggers(RedFlagHit hit) {
        return hit.triggers().stream().map(Trigger::text).distinct().toList();
    }
}
