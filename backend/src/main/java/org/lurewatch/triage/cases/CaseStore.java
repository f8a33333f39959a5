package org.lurewatch.triage.cases;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.mongodb.ErrorCategory;
import com.mongodb.WriteConcern;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lurewatch.storage.PlainDocuments;
import org.lurewatch.triage.workflow.CaseStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code triage_cases} collection: one {@link StoredCase} per tip, keyed by the tip id (so
 * creating a case twice is a harmless duplicate-key error). Conditional changes are single
 * findAndModify calls whose filter holds the state the caller expects: no transactions needed.
 * Indexes: {@code triage.indexes.TriageIndexes}.
 */
@Component
public class CaseStore {

    public static final String COLLECTION = "triage_cases";
    private static final String MARKERS = "triage_markers";
    /** Indicators whose cases' related counts wait to be recounted ({@link CaseRanks}). */
    static final String RECOUNTS = "triage_recounts";
    /** The small fields the queue filters and sorts on; notes and history stay on disk. */
    static final String[] QUEUE_FIELDS = {"_id", "status", "category", "country", "channel", "inDangerNow",
            "submittedHour", "reasons", "override", "assignee", "firstReviewedAt", "linkHashes", "closedAt", "duplicateOf",
            "relatedTips", "waitingPoints", "priority"};
    /** What a rank is computed from, and the rank as stored ({@link CaseRank}). */
    static final String[] RANK_FIELDS = {"_id", "status", "inDangerNow", "submittedHour", "reasons.points", "linkHashes",
            "override.priority", "relatedTips", "waitingPoints", "priority"};
    /** The queue's order: priority high to low, then oldest first, then by id (unique, so every case has one place). */
    static final Sort QUEUE_ORDER = Sort.by(Sort.Order.desc("priority"), Sort.Order.asc("submittedHour"),
            Sort.Order.asc("_id"));

    private final MongoTemplate mongo;
    /** Case openings: acknowledged by the server, not waiting for the journal (see {@link #insertAll}). */
    private final MongoTemplate openings;

    public CaseStore(MongoTemplate mongo) {
        this.mongo = PlainDocuments.template(mongo, WriteConcern.MAJORITY.withJournal(true), CaseText.converters());
        this.openings = PlainDocuments.template(mongo, WriteConcern.W1.withJournal(false), CaseText.converters());
    }

    /** A case's id and status alone. */
    public record CaseStatusRow(@Id String id, CaseStatus status) {
    }

    /** Link hashes whose cases wait for a recount of their related tips (no time: nothing here dates a tip). */
    record Recount(@Id String id, List<String> linkHashes) {
    }

    /** A one-time piece of work done on the cases. */
    record Marker(@Id String id) {
    }

    /**
     * Without waiting for the journal: the tips are durable before this runs, and a case lost in a
     * crash is opened again by {@link CaseCreation#reconcile()} soon after the restart. A synced
     * write would hold the embedded server's only worker, which every tipster's write waits for,
     * for milliseconds. Unordered: a tip that has a case already does not stop the others.
     *
     * @return how many cases were created (a tip that has one already is skipped)
     */
    public int insertAll(List<StoredCase> opened) {
        if (opened.isEmpty()) {
            return 0;
        }
        try {
            openings.bulkOps(BulkOperations.BulkMode.UNORDERED, StoredCase.class).insert(opened).execute();
            return opened.size();
        } catch (BulkOperationException e) {
            if (e.getErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
            return opened.size() - e.getErrors().size();
        }
    }

    private static Query byCase(String tipId) {
        return query(where("_id").is(tipId));
    }

    public Optional<StoredCase> byId(String tipId) {
        return Optional.ofNullable(mongo.findOne(byCase(tipId), StoredCase.class));
    }

    /** Every case with the queue's fields only (the others empty), one batch at a time. */
    public List<StoredCase> queueRows() {
        Query rows = new Query().cursorBatchSize(1_000);
        rows.fields().include(QUEUE_FIELDS);
        return mongo.find(rows, StoredCase.class);
    }

    /**
     * Up to {@code limit} cases of the queue matching {@code filter}, in queue order, with the
     * queue's fields: the database filters, orders and limits (on MongoDB along the index of
     * {@link #QUEUE_ORDER}).
     */
    List<StoredCase> queuePage(Criteria filter, int limit) {
        Query page = query(filter).with(QUEUE_ORDER).limit(limit);
        page.fields().include(QUEUE_FIELDS);
        return mongo.find(page, StoredCase.class);
    }

    long count(Criteria filter) {
        return mongo.count(query(filter), StoredCase.class);
    }

    /**
     * Notes that the cases naming these link hashes need their related tips recounted: one small
     * write, not waiting for the journal (a note lost in a crash is made up for by the recount of
     * every case at start).
     */
    void recountLater(Collection<String> linkHashes) {
        if (!linkHashes.isEmpty()) {
            openings.insert(new Recount(java.util.UUID.randomUUID().toString(), List.copyOf(linkHashes)), RECOUNTS);
        }
    }

    /** Up to {@code limit} waiting recounts. */
    List<Recount> recounts(int limit) {
        return mongo.find(new Query().limit(limit), Recount.class, RECOUNTS);
    }

    void recounted(Collection<String> ids) {
        if (!ids.isEmpty()) {
            openings.remove(query(where("_id").in(ids)), RECOUNTS);
        }
    }

    /** The rank inputs of the cases matching {@code which}, one batch at a time. */
    List<StoredCase> rankInputs(Criteria which) {
        Query rows = query(which).cursorBatchSize(1_000);
        rows.fields().include(RANK_FIELDS);
        return mongo.find(rows, StoredCase.class);
    }

    /** The rank inputs of the cases naming any of these link hashes. */
    List<StoredCase> sharingLinks(Collection<String> linkHashes) {
        return linkHashes.isEmpty() ? List.of() : rankInputs(where("linkHashes").in(linkHashes));
    }

    /** Ids and link hashes (nothing else) of the cases naming any of these link hashes. */
    List<StoredCase> linkRows(Collection<String> linkHashes) {
        if (linkHashes.isEmpty()) {
            return List.of();
        }
        Query rows = query(where("linkHashes").in(linkHashes)).cursorBatchSize(1_000);
        rows.fields().include("_id", "inDangerNow", "linkHashes");
        return mongo.find(rows, StoredCase.class);
    }

    /**
     * Stores a rank computed from {@code seen}, only while the case still holds the inputs it was
     * computed from (status, override, related count, waiting points): a change made meanwhile is
     * never overwritten with a rank that ignores it.
     *
     * @return false when the case changed (or went) meanwhile
     */
    boolean setRank(StoredCase seen, CaseRank rank) {
        return mongo.updateFirst(query(rankedFrom(seen)), rankUpdate(rank), StoredCase.class).getMatchedCount() == 1;
    }

    /**
     * {@link #setRank} for many cases in one unordered command, not waiting for the journal: these
     * ranks are recomputed from what they depend on whenever they are found stale.
     *
     * @return how many were set (the others changed meanwhile)
     */
    int setRanks(Map<StoredCase, CaseRank> ranks) {
        if (ranks.isEmpty()) {
            return 0;
        }
        BulkOperations bulk = openings.bulkOps(BulkOperations.BulkMode.UNORDERED, StoredCase.class);
        ranks.forEach((seen, rank) -> bulk.updateOne(query(rankedFrom(seen)), rankUpdate(rank)));
        return bulk.execute().getMatchedCount();
    }

    private static Criteria rankedFrom(StoredCase seen) {
        return where("_id").is(seen.id()).and("status").is(seen.status())
                .and("override.priority").is(seen.override() == null ? null : seen.override().priority())
                .and("relatedTips").is(seen.relatedTips()).and("waitingPoints").is(seen.waitingPoints());
    }

    private static Update rankUpdate(CaseRank rank) {
        return new Update().set("relatedTips", rank.relatedTips()).set("waitingPoints", rank.waitingPoints())
                .set("priority", rank.priority());
    }

    /**
     * Every case, whole and exactly as stored, one batch at a time: for the one-time sealing of
     * values an earlier version stored in clear, whose shapes (entries without ids, fields in
     * clear) only the documents themselves show.
     */
    void forEachAsStored(Consumer<Document> action) {
        try (Stream<Document> all = mongo.stream(new Query().cursorBatchSize(500), Document.class, COLLECTION)) {
            all.forEach(action);
        }
    }

    /**
     * Sets {@code set}'s fields on the case only while it still holds exactly what {@code expected}
     * holds in each of {@code fields}, compared as stored (the driver's own filter: no mapping
     * between the values read and those compared).
     *
     * @return false when it changed meanwhile
     */
    boolean updateIfStoredAs(String tipId, Document expected, List<String> fields, Document set) {
        List<Bson> same = new ArrayList<>();
        same.add(Filters.eq("_id", tipId));
        for (String field : fields) {
            same.add(Filters.eq(field, expected.get(field)));
        }
        return mongo.getCollection(COLLECTION).updateOne(Filters.and(same), new Document("$set", set)).getMatchedCount() == 1;
    }

    /** Whether a one-time piece of work on the cases was finished (a marker in the same database, so a restore of an older backup runs it again). */
    boolean isDone(String work) {
        return mongo.exists(query(where("_id").is(work)), Marker.class, MARKERS);
    }

    void markDone(String work) {
        try {
            mongo.insert(new Marker(work), MARKERS);
        } catch (DuplicateKeyException e) {
            // marked by another instance meanwhile
        }
    }

    public List<String> ids() {
        Query ids = new Query();
        ids.fields().include("_id");
        return mongo.find(ids, CaseStatusRow.class, COLLECTION).stream().map(CaseStatusRow::id).toList();
    }

    /** Closed (or spam) cases whose closing is older than {@code before}. */
    public List<CaseStatusRow> closedBefore(List<CaseStatus> statuses, Instant before) {
        Query closed = query(where("status").in(statuses).and("closedAt").lt(before));
        closed.fields().include("_id", "status");
        return mongo.find(closed, CaseStatusRow.class, COLLECTION);
    }

    /** Applies {@code update} when the case matches {@code expected}; the case after, or empty. */
    public Optional<StoredCase> updateIf(String tipId, Criteria expected, Update update) {
        Query filter = byCase(tipId);
        if (expected != null) {
            filter.addCriteria(expected);
        }
        return Optional.ofNullable(mongo.findAndModify(filter, update, FindAndModifyOptions.options().returnNew(true),
                StoredCase.class));
    }

    public Optional<StoredCase> update(String tipId, Update update) {
        return updateIf(tipId, null, update);
    }

    public boolean delete(String tipId) {
        return mongo.remove(byCase(tipId), StoredCase.class).getDeletedCount() == 1;
    }

    /** Removes links and duplicate marks pointing at a purged tip (they would lead nowhere). */
    public void forgetLinksTo(String tipId) {
        mongo.updateMulti(query(where("links").is(tipId)), new Update().pull("links", tipId), StoredCase.class);
        mongo.updateMulti(query(where("duplicateOf").is(tipId)), new Update().set("duplicateOf", null), StoredCase.class);
    }
}
