package org.lurewatch.triage.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.lurewatch.tips.TipRecords;
import org.lurewatch.triage.audit.AuditLog;
import org.lurewatch.triage.cases.CaseRanks;
import org.lurewatch.triage.cases.CaseStore;
import org.lurewatch.triage.cases.StoredCase;
import org.lurewatch.triage.cases.Staff;
import org.lurewatch.triage.workflow.CaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes closed and spam tips once their retention has passed: the tip (through the tips
 * module) and the case with its notes. A scheduled job rather than a TTL index, which the embedded
 * server ignores. The audit log keeps that the tip existed and was purged; the tip goes first,
 * so a crash in between leaves a case whose tip is gone, which the next run removes.
 */
@Component
@EnableConfigurationProperties(TriageProperties.class)
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final CaseStore cases;
    private final TipRecords tips;
    private final AuditLog audit;
    private final TriageProperties properties;
    private final Clock clock;
    private final CaseRanks ranks;

    RetentionJob(CaseStore cases, TipRecords tips, AuditLog audit, TriageProperties properties, Clock clock,
            CaseRanks ranks) {
        this.ranks = ranks;
        this.cases = cases;
        this.tips = tips;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${lurewatch.triage.retention.interval:1h}",
            fixedDelayString = "${lurewatch.triage.retention.interval:1h}")
    public int purge() {
        Instant now = clock.instant();
        int purged = purge(List.of(CaseStatus.CLOSED_ACTIONED, CaseStatus.CLOSED_NO_ACTION),
                now.minus(properties.retention().closed()))
                + purge(List.of(CaseStatus.SPAM), now.minus(properties.retention().spam()));
        if (purged > 0) {
            LOG.info("Retention purged {} tip(s)", purged);
        }
        return purged;
    }

    private int purge(List<CaseStatus> statuses, Instant closedBefore) {
        int purged = 0;
        for (CaseStore.CaseStatusRow c : cases.closedBefore(statuses, closedBefore)) {
            String tipId = c.id();
            List<String> linkHashes = cases.byId(tipId).map(StoredCase::linkHashes).orElse(List.of());
            tips.purge(tipId);
            cases.delete(tipId);
            cases.forgetLinksTo(tipId);
            // the tips that shared an indicator with it have one related tip fewer
            ranks.removed(linkHashes);
            audit.record(Staff.SYSTEM, "PURGED", tipId, "retention after " + c.status());
            purged++;
        }
        return purged;
    }
}
