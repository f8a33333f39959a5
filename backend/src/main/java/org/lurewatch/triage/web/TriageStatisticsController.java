package org.lurewatch.triage.web;

import java.time.Instant;

import org.lurewatch.triage.cases.TriageStatistics;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** Exact staff figures: for officers and for administrators (who report on the unit's work). */
@Controller
@PreAuthorize("hasAnyRole('TRIAGE', 'ADMIN')")
public class TriageStatisticsController {

    private final TriageStatistics statistics;

    TriageStatisticsController(TriageStatistics statistics) {
        this.statistics = statistics;
    }

    @QueryMapping
    public TriageStatistics.Figures triageStatistics(@Argument Instant submittedFrom, @Argument Instant submittedTo) {
        return statistics.figures(submittedFrom, submittedTo);
    }
}
