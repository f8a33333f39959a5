package org.lurewatch.triage.reports;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lurewatch.tips.TipRecords;
import org.lurewatch.triage.cases.CaseStore;
import org.lurewatch.triage.cases.StoredCase;
import org.lurewatch.triage.workflow.CaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What the public may learn from tips about an indicator ({@code checkOffer}'s "reported by
 * several people"): counted only from tips staff have confirmed, published as a snapshot that is
 * recomputed once per period, at fixed times (multiples of the period since the epoch, UTC: every
 * instance publishes the same snapshot at the same moment).
 *
 * <p>The threat: a trafficker who sends a tip naming their own number, then checks that number
 * again and again, must learn nothing: not that their tip arrived, not that someone else reported
 * them, not when. Nobody can make a number look reported by sending tips. So: a tip counts only once
 * an officer has acted on it (escalated, referred, or closed as actioned) and not marked it a
 * duplicate; what is published is a band (several: 3+, many: 10+), never a count; and it changes only
 * at the period's boundary, whatever is submitted or confirmed in between. What it still tells: that
 * officers confirmed several tips naming the number at some time before the last boundary.
 */
@Component
public class ConfirmedReports {

    private static final Logger LOG = LoggerFactory.getLogger(ConfirmedReports.class);
    /** Officer decisions that confirm what a tip reported. */
    static final Set<CaseStatus> CONFIRMING = Set.of(CaseStatus.ESCALATED, CaseStatus.REFERRED,
            CaseStatus.CLOSED_ACTIONED);

    private final CaseStore cases;
    private final TipRecords tips;
    private final Clock clock;
    private final long periodMillis;
    /** The period whose snapshot is published; -1 before the first. */
    private volatile long publishedPeriod = -1;

    ConfirmedReports(CaseStore cases, TipRecords tips, Clock clock,
            @Value("${lurewatch.triage.confirmed-reports.period:6h}") Duration period) {
        if (period.toMinutes() < 1) {
            throw new IllegalArgumentException("lurewatch.triage.confirmed-reports.period must be at least 1m (was "
                    + period + ")");
        }
        this.cases = cases;
        this.tips = tips;
        this.clock = clock;
        this.periodMillis = period.toMillis();
    }

    /**
     * Publishes a new snapshot when a period boundary has passed since the last one (or none was
     * published yet); looked at every minute, so a boundary is honoured within a minute.
     *
     * @return true when a snapshot was published now
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(initialDelayString = "1m", fixedDelayString = "1m")
    public boolean refresh() {
        long period = Math.floorDiv(clock.millis(), periodMillis);
        if (period == publishedPeriod) {
            return false;
        }
        try {
            tips.publishConfirmedReports(count(cases.queueRows()));
            publishedPeriod = period;
            return true;
        } catch (RuntimeException e) {
            // the last snapshot stays; tried again a minute later
            LOG.warn("Could not publish the confirmed reports of tips ({})", e.getClass().getSimpleName());
            return false;
        }
    }

    /** Confirmed tips per link hash: each tip once per hash, duplicates and unconfirmed tips not at all. */
    static Map<String, Integer> count(List<StoredCase> rows) {
        Map<String, Set<String>> tipsByHash = new HashMap<>();
        for (StoredCase row : rows) {
            if (!CONFIRMING.contains(row.status()) || row.duplicateOf() != null) {
                continue;
            }
            for (String hash : row.linkHashes()) {
                tipsByHash.computeIfAbsent(hash, h -> new HashSet<>()).add(row.id());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        tipsByHash.forEach((hash, ids) -> counts.put(hash, ids.size()));
        return counts;
    }
}
