package org.lurewatch.triage.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lurewatch.common.CountryCodes;
import org.lurewatch.common.NotFoundException;
import org.lurewatch.common.UserInputException;
import org.lurewatch.graphql.Connection;
import org.lurewatch.graphql.Paging;
import org.lurewatch.indicators.IndicatorNormaliser;
import org.lurewatch.tips.TipRecords;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * The prioritised queue, paged in the database: each case carries its rank ({@link CaseRanks}
 * keeps it true, bringing waiting points up to the hour before a read), so a page is one query
 * that filters, sorts by priority, submission hour and id, and stops after one more case than
 * asked, from the place in the cursor (a keyset, not an offset); the total is one count.
 */
@Service
public class TriageQueue {

    private final CaseStore cases;
    private final CaseRanks ranks;
    private final TipRecords tips;
    private final IndicatorNormaliser normaliser;
    private final CaseSeal seal;

    TriageQueue(CaseStore cases, CaseRanks ranks, TipRecords tips, IndicatorNormaliser normaliser, CaseSeal seal) {
        this.seal = seal;
        this.cases = cases;
        this.ranks = ranks;
        this.tips = tips;
        this.normaliser = normaliser;
    }

    /**
     * One page of the queue, after the case whose place is in {@code after}: a case that arrives
     * or moves up between two requests sorts before the reader's place and does not shift the pages
     * that follow; none is shown twice.
     */
    public Connection<CaseView> page(QueueFilter filter, int first, String after) {
        List<Criteria> matching = matching(filter == null ? QueueFilter.none() : filter);
        List<Criteria> window = new ArrayList<>(matching);
        if (after != null && !after.isEmpty()) {
            window.add(after(placeIn(after)));
        }
        Instant hour = ranks.upToDate();
        // one more than asked says whether more follow (and a limit of 0 would mean "no limit")
        List<StoredCase> rows = cases.queuePage(all(window), first + 1);
        boolean more = rows.size() > first;
        rows = more ? rows.subList(0, first) : rows;
        Map<String, Integer> related = ranks.relatedShown(rows);
        List<CaseView> page = rows.stream().map(c -> CaseView.ranked(c, related.get(c.id()), hour, seal)).toList();
        return Paging.window(page, more, after, cases.count(all(matching)), CaseView::sortKey);
    }

    private static Criteria all(List<Criteria> criteria) {
        return switch (criteria.size()) {
            case 0 -> new Criteria();
            case 1 -> criteria.get(0);
            default -> new Criteria().andOperator(criteria);
        };
    }

    private static CaseView.Place placeIn(String cursor) {
        return CaseView.place(Paging.decode(cursor)).orElseThrow(() -> new UserInputException("after",
                "after is not a cursor this API handed out; use pageInfo.endCursor"));
    }

    /**
     * The cases after {@code place} in queue order: lower priority, or the same and submitted later,
     * or both the same and a greater id. Written out rather than Spring Data's keyset scroll, whose
     * position must be rebuilt from the cursor anyway, so that the query is plain {@code $or} and
     * comparisons that both the embedded engine and MongoDB run the same way.
     */
    static Criteria after(CaseView.Place place) {
        return new Criteria().orOperator(
                where("priority").lt(place.priority()),
                where("priority").is(place.priority()).and("submittedHour").gt(place.submittedAt()),
                where("priority").is(place.priority()).and("submittedHour").is(place.submittedAt())
                        .and("_id").gt(place.tipId()));
    }

    /** One case as the queue shows it, with the rank it sorts by. */
    public CaseView view(String tipId) {
        Instant hour = ranks.upToDate();
        StoredCase c = cases.byId(tipId).orElseThrow(() -> new NotFoundException("There is no tip " + tipId + " in triage"));
        return CaseView.ranked(c, ranks.relatedShown(List.of(c)).get(tipId), hour, seal);
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

    /** The filter as criteria, all to hold; checked first, so bad input is named before the database is asked. */
    private List<Criteria> matching(QueueFilter f) {
        if (f.minPriority() != null && f.maxPriority() != null && f.minPriority() > f.maxPriority()) {
            throw new UserInputException("filter.minPriority", "minPriority must not be above maxPriority");
        }
        if (f.countries() != null) {
            f.countries().forEach(c -> CountryCodes.require(c, "filter.countries"));
        }
        List<Criteria> all = new ArrayList<>();
        if (f.indicator() != null) {
            all.add(where("_id").in(idsNaming(f.indicator())));
        }
        in(all, "status", f.statuses());
        in(all, "category", f.categories());
        in(all, "country", f.countries());
        in(all, "channel", f.channels());
        if (f.minPriority() != null) {
            all.add(where("priority").gte(f.minPriority()));
        }
        if (f.maxPriority() != null) {
            all.add(where("priority").lte(f.maxPriority()));
        }
        if (f.assignee() != null) {
            all.add(where("assignee").is(f.assignee()));
        }
        if (f.unassigned() != null) {
            // null matches a case that never had an assignee as well as one released
            all.add(f.unassigned() ? where("assignee").is(null) : where("assignee").ne(null));
        }
        if (f.inDangerNow() != null) {
            all.add(where("inDangerNow").is(f.inDangerNow()));
        }
        if (f.submittedFrom() != null) {
            all.add(where("submittedHour").gte(f.submittedFrom()));
        }
        if (f.submittedTo() != null) {
            all.add(where("submittedHour").lt(f.submittedTo()));
        }
        return all;
    }

    private static void in(List<Criteria> all, String field, List<?> anyOf) {
        if (anyOf != null && !anyOf.isEmpty()) {
            all.add(where(field).in(anyOf));
        }
    }
}
