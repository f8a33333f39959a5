package org.lurewatch.triage.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.UserInputException;
import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.tips.TipRecords;
import org.springframework.stereotype.Service;

/**
 * The prioritised queue. Filtering and sorting happen here over a projection of the small case
 * fields: the embedded server has no usable secondary indexes, and at police-unit scale (tens of
 * thousands of cases) one scan per page is fast enough on both stores.
 */
@Service
public class TriageQueue {

    private final CaseStore cases;
    private final TipRecords tips;
    private final IndicatorNormaliser normaliser;
    private final Clock clock;
    private final CaseSeal seal;

    TriageQueue(CaseStore cases, TipRecords tips, IndicatorNormaliser normaliser, Clock clock, CaseSeal seal) {
        this.seal = seal;
        this.cases = cases;
        this.tips = tips;
        this.normaliser = normaliser;
        this.clock = clock;
    }

    /** Every case matching the filter, in queue order. */
    public List<CaseView> queue(QueueFilter filter) {
        QueueFilter f = filter == null ? QueueFilter.none() : filter;
        if (f.minPriority() != null && f.maxPriority() != null && f.minPriority() > f.maxPriority()) {
            throw new UserInputException("filter.minPriority", "minPriority must not be above maxPriority");
        }
        if (f.countries() != null) {
            f.countries().forEach(c -> CountryCodes.require(c, "filter.countries"));
        }
        Set<String> naming = f.indicator() == null ? null : idsNaming(f.indicator());
        List<StoredCase> rows = cases.queueRows();
        Map<String, Integer> related = relatedCounts(rows);
        Instant now = clock.instant();
        List<CaseView> views = new ArrayList<>();
        for (StoredCase row : rows) {
            if (naming != null && !naming.contains(row.id())) {
                continue;
            }
            CaseView view = CaseView.of(row, related.getOrDefault(row.id(), 0), now, seal);
            if (matches(f).test(view)) {
                views.add(view);
            }
        }
        views.sort(Comparator.comparing(CaseView::sortKey));
        return views;
    }

    /**
     * One page of the queue, after the case whose sort key is in {@code after}: a case that arrives
     * or moves up between two requests sorts before the reader's place and does not shift the pages
     * that follow; none is shown twice.
     */
    public Connection<CaseView> page(QueueFilter filter, int first, String after) {
        return Paging.page(queue(filter), first, after, CaseView::sortKey, (c, key) -> c.sortKey().compareTo(key) > 0);
    }

    public CaseView view(String tipId) {
        StoredCase c = cases.byId(tipId).orElseThrow(() -> new NotFoundException("There is no tip " + tipId + " in triage"));
        return CaseView.of(c, related(c).size(), clock.instant(), seal);
    }

    /** Other tips sharing an indicator with this one (through the keyed link hashes). */
    public Set<String> related(String tipId) {
        return related(cases.byId(tipId).orElseThrow(() -> new NotFoundException("There is no tip " + tipId + " in triage")));
    }

    private Set<String> related(StoredCase c) {
        Set<String> ids = new HashSet<>();
        for (String hash : c.linkHashes()) {
            ids.addAll(tips.idsWithIndicator(hash));
        }
        ids.remove(c.id());
        return ids;
    }

    private Set<String> idsNaming(QueueFilter.IndicatorCriterion criterion) {
        if (criterion.type() == null || criterion.value() == null) {
            throw new UserInputException("filter.indicator", "An indicator filter needs a type and a value");
        }
        var normalised = normaliser.normalise(criterion.type(), criterion.value());
        return new HashSet<>(tips.idsWithIndicator(tips.linkHash(normalised)));
    }

    private static Map<String, Integer> relatedCounts(List<StoredCase> rows) {
        Map<String, Set<String>> byHash = new HashMap<>();
        for (StoredCase row : rows) {
            for (String hash : row.linkHashes()) {
                byHash.computeIfAbsent(hash, h -> new HashSet<>()).add(row.id());
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (StoredCase row : rows) {
            Set<String> others = new HashSet<>();
            for (String hash : row.linkHashes()) {
                others.addAll(byHash.get(hash));
            }
            others.remove(row.id());
            counts.put(row.id(), others.size());
        }
        return counts;
    }

    private static Predicate<CaseView> matches(QueueFilter f) {
        return v -> (empty(f.statuses()) || f.statuses().contains(v.status()))
                && (empty(f.categories()) || f.categories().contains(v.category()))
                && (empty(f.countries()) || f.countries().contains(v.country()))
                && (empty(f.channels()) || f.channels().contains(v.channel()))
                && (f.minPriority() == null || v.priority() >= f.minPriority())
                && (f.maxPriority() == null || v.priority() <= f.maxPriority())
                && (f.assignee() == null || f.assignee().equals(v.assignee()))
                && (f.unassigned() == null || f.unassigned() == (v.assignee() == null))
                && (f.inDangerNow() == null || f.inDangerNow() == v.inDangerNow())
                && (f.submittedFrom() == null || !v.submittedAt().isBefore(f.submittedFrom()))
                && (f.submittedTo() == null || v.submittedAt().isBefore(f.submittedTo()));
    }

    private static boolean empty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
