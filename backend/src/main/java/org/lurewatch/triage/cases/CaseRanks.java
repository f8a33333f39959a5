package org.lurewatch.triage.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.lurewatch.triage.workflow.CaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Keeps the rank stored on every case ({@link CaseRank}) true, so the queue is one sorted,
 * limited query in the database. A rank changes when
 * <ul>
 * <li>a case arrives or retention deletes one: its indicators are noted, and the next read recounts
 * the cases naming them ({@link #open}, {@link #removed}, {@link #upToDate});</li>
 * <li>an officer changes a status or the override: that case is re-ranked ({@link #rerank});</li>
 * <li>the clock reaches the next hour, where NEW cases submitted a whole number of days earlier
 * gain waiting points: before a read, one query finds the cases whose waiting points differ from
 * their band's ({@link CaseRank#waitingBands}) and only those are rewritten ({@link #upToDate}).
 * The hour is the finest step: submission times are hours, so no case's points change within one.</li>
 * </ul>
 * Every write holds, as its condition, the inputs the rank was computed from, so a concurrent change
 * is never overwritten with a rank that ignores it (the changer re-ranks itself). Ranks are derived:
 * at start every case is recounted from its inputs, which ranks the cases earlier versions stored
 * without one and repairs anything a crash left half-written.
 */
@Component
public class CaseRanks {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRanks.class);
    /**
     * How often, at most, a read looks for stale ranks within one hour: picks up cases written
     * without a rank (by an earlier version still running during an upgrade) within a minute.
     */
    static final long RECHECK_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final int ATTEMPTS = 5;
    /** Notes recounted per read at most (a flood's notes are taken over a few reads). */
    static final int NOTES_PER_READ = 2_000;

    private final CaseStore cases;
    private final Clock clock;
    private final ReentrantLock passing = new ReentrantLock();
    /** The hour the last pass brought every rank to, and when (nanoTime); null before the first pass. */
    private volatile Instant rankedHour;
    private volatile long rankedAt;

    CaseRanks(CaseStore cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** The current hour: ranks are computed as of an hour, never a finer time. */
    Instant hour() {
        return clock.instant().truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * At start: every case recounted and ranked from its inputs (one read of the small fields of
     * every case; only cases whose rank differs are written).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void rankAll() {
        passing.lock();
        try {
            Instant hour = hour();
            // every case is recounted now: the waiting notes are done with (those made from here on stay)
            List<String> noted = cases.recounts(Integer.MAX_VALUE).stream().map(CaseStore.Recount::id).toList();
            List<StoredCase> all = cases.rankInputs(new Criteria());
            Map<String, Integer> related = relatedCounts(all, all);
            Map<StoredCase, CaseRank> changed = new LinkedHashMap<>();
            for (StoredCase c : all) {
                CaseRank rank = CaseRank.of(c, related.get(c.id()), hour);
                if (!rank.isStoredOn(c)) {
                    changed.put(c, rank);
                }
            }
            int written = cases.setRanks(changed);
            cases.recounted(noted);
            if (written > 0) {
                LOG.info("Ranked {} triage case(s) whose stored priority was missing or out of date", written);
            }
            rankedHour = hour;
            rankedAt = System.nanoTime();
        } finally {
            passing.unlock();
        }
    }

    /**
     * Brings every rank up to the current hour, if the hour moved (either way: a clock set back
     * lowers waiting points as surely as time raises them) or a minute passed since the last look.
     *
     * @return the hour the ranks are as of
     */
    public Instant upToDate() {
        Instant hour = hour();
        passing.lock();
        try {
            recountNoted(hour);
            if (hour.equals(rankedHour) && System.nanoTime() - rankedAt < RECHECK_NANOS) {
                return hour;
            }
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                List<StoredCase> stale = cases.rankInputs(staleAt(hour));
                if (stale.isEmpty()) {
                    break;
                }
                List<StoredCase> unranked = stale.stream().filter(c -> c.relatedTips() == null).toList();
                Map<String, Integer> related = unranked.isEmpty() ? Map.of() : relatedCounts(unranked, neighbours(unranked));
                Map<StoredCase, CaseRank> ranks = new LinkedHashMap<>();
                for (StoredCase c : stale) {
                    int count = c.relatedTips() == null ? related.get(c.id()) : c.relatedTips();
                    ranks.put(c, CaseRank.of(c, count, hour));
                }
                if (cases.setRanks(ranks) == ranks.size()) {
                    break;
                }
                // some changed meanwhile: the next look finds those still stale
            }
            rankedHour = hour;
            rankedAt = System.nanoTime();
            return hour;
        } finally {
            passing.unlock();
        }
    }

    /**
     * The cases whose stored rank is not the one of {@code hour}: NEW cases whose waiting points
     * differ from their submission band's, others that still hold waiting points, and cases never
     * ranked. On MongoDB each branch runs along an index (status and submission hour; waiting
     * points; priority), on the embedded server it is one scan.
     */
    static Criteria staleAt(Instant hour) {
        List<Criteria> stale = new ArrayList<>();
        for (CaseRank.WaitingBand band : CaseRank.waitingBands(hour)) {
            Criteria submitted = where("submittedHour");
            if (band.after() != null) {
                submitted = submitted.gt(band.after());
            }
            if (band.atOrBefore() != null) {
                submitted = submitted.lte(band.atOrBefore());
            }
            stale.add(new Criteria().andOperator(where("status").is(CaseStatus.NEW), submitted,
                    where("waitingPoints").ne(band.points())));
        }
        stale.add(where("status").ne(CaseStatus.NEW).and("waitingPoints").ne(0));
        stale.add(where("priority").exists(false));
        return new Criteria().orOperator(stale);
    }

    /**
     * Inserts newly opened cases with their rank, and notes their indicators for a recount of the
     * related tips of every case naming them, which the next read does ({@link #upToDate}): finding
     * those cases reads the whole collection on the embedded server, whose only worker every
     * tipster's write waits for, so a flood of tips costs one recount per read, not one per batch.
     * Until then a new case counts no related tips, and earlier ones not the new case.
     *
     * @return how many were created (a tip that has a case already is skipped)
     */
    public int open(List<StoredCase> opened) {
        Instant hour = hour();
        int created = cases.insertAll(opened.stream().map(c -> c.ranked(CaseRank.of(c, 0, hour))).toList());
        cases.recountLater(linkHashesOf(opened));
        return created;
    }

    /** After a case was deleted: the cases that shared an indicator with it lose it from their count (at the next read). */
    public void removed(Collection<String> linkHashes) {
        cases.recountLater(linkHashes);
    }

    /** After a change of status or override: this case's rank as of now. */
    public void rerank(String tipId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<StoredCase> found = cases.rankInputs(where("_id").is(tipId));
            if (found.isEmpty()) {
                return;
            }
            StoredCase c = found.get(0);
            if (c.relatedTips() == null) {
                recount(found, Set.of(), hour());
                return;
            }
            CaseRank rank = CaseRank.of(c, c.relatedTips(), hour());
            if (rank.isStoredOn(c) || cases.setRank(c, rank)) {
                return;
            }
        }
        LOG.warn("Could not rank triage case {}: it kept changing; the next pass will", tipId);
    }

    /**
     * Recounts the related tips of the cases naming the indicators noted since the last read, all
     * at once; a note is removed once its cases are recounted.
     */
    private void recountNoted(Instant hour) {
        List<CaseStore.Recount> noted = cases.recounts(NOTES_PER_READ);
        if (noted.isEmpty()) {
            return;
        }
        Set<String> hashes = new LinkedHashSet<>();
        noted.forEach(n -> hashes.addAll(n.linkHashes()));
        recount(cases.sharingLinks(hashes), hashes, hour);
        cases.recounted(noted.stream().map(CaseStore.Recount::id).toList());
    }

    /**
     * How many related tips each case shows: the stored count, or, where it reached the cap, the
     * exact count (one more read, for those cases only).
     */
    Map<String, Integer> relatedShown(List<StoredCase> rows) {
        List<StoredCase> capped = rows.stream()
                .filter(c -> c.relatedTips() != null && c.relatedTips() >= CaseRank.RELATED_CAP).toList();
        Map<String, Integer> shown = new HashMap<>();
        rows.forEach(c -> shown.put(c.id(), c.relatedTips() == null ? 0 : c.relatedTips()));
        if (!capped.isEmpty()) {
            shown.putAll(relatedCounts(capped, neighbours(capped)));
        }
        return shown;
    }

    /**
     * Recounts these cases' related tips from the cases sharing their indicators and stores each
     * rank that differs, in one command; those that changed meanwhile are read and recounted again.
     */
    private void recount(List<StoredCase> targets, Set<String> covered, Instant hour) {
        List<StoredCase> todo = targets;
        for (int attempt = 0; attempt < ATTEMPTS && !todo.isEmpty(); attempt++) {
            // targets read as every case naming the covered hashes are their own neighbours, unless they name others too
            boolean complete = attempt == 0 && covered.containsAll(linkHashesOf(todo));
            Map<String, Integer> related = relatedCounts(todo, complete ? todo : neighbours(todo));
            Map<StoredCase, CaseRank> changed = new LinkedHashMap<>();
            for (StoredCase c : todo) {
                CaseRank rank = CaseRank.of(c, related.get(c.id()), hour);
                if (!rank.isStoredOn(c)) {
                    changed.put(c, rank);
                }
            }
            if (cases.setRanks(changed) == changed.size()) {
                return;
            }
            todo = cases.rankInputs(where("_id").in(changed.keySet().stream().map(StoredCase::id).toList()));
        }
        if (!todo.isEmpty()) {
            LOG.warn("Could not recount {} triage case(s): they kept changing; the next start will", todo.size());
        }
    }

    /** Every case sharing an indicator with one of {@code targets} (ids and link hashes). */
    private List<StoredCase> neighbours(List<StoredCase> targets) {
        return cases.linkRows(linkHashesOf(targets));
    }

    private static Set<String> linkHashesOf(Collection<StoredCase> rows) {
        Set<String> hashes = new LinkedHashSet<>();
        rows.forEach(c -> hashes.addAll(c.linkHashes()));
        return hashes;
    }

    /**
     * For each target, how many other cases among {@code universe} share at least one link hash
     * with it (a case sharing two counts once). The universe must hold every case naming any of the
     * targets' hashes.
     */
    static Map<String, Integer> relatedCounts(Collection<StoredCase> targets, Collection<StoredCase> universe) {
        Map<String, Set<String>> byHash = new HashMap<>();
        for (StoredCase c : universe) {
            for (String hash : c.linkHashes()) {
                byHash.computeIfAbsent(hash, h -> new HashSet<>()).add(c.id());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (StoredCase c : targets) {
            Set<String> others = new HashSet<>();
            for (String hash : c.linkHashes()) {
                others.addAll(byHash.getOrDefault(hash, Set.of()));
            }
            others.remove(c.id());
            counts.put(c.id(), others.size());
        }
        return counts;
    }
}
