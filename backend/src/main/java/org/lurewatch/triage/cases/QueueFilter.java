package org.lurewatch.triage.cases;

import java.time.Instant;
import java.util.List;

import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.triage.workflow.CaseStatus;
import org.lurewatch.warnings.Category;

/** What the queue shows; every null or empty criterion means "any". */
public record QueueFilter(List<CaseStatus> statuses, List<Category> categories, List<String> countries,
        List<TipChannel> channels, Integer minPriority, Integer maxPriority, String assignee, Boolean unassigned,
        Boolean inDangerNow, Instant submittedFrom, Instant submittedTo, IndicatorCriterion indicator) {

    /** Tips naming this phone number, domain, e-mail or handle, in any spelling the normaliser understands. */
    public record IndicatorCriterion(IndicatorType type, String value) {
    }

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
