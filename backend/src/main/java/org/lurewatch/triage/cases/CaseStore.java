package org.lurewatch.triage.cases;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code triage_cases} collection: one document per tip, keyed by the tip id (so creating a
 * case twice is a harmless duplicate-key error). Conditional changes are single findAndModify
 * calls whose filter holds the state the caller expects: no transactions needed.
 */
@Component
public class CaseStore {

    public static final String COLLECTION = "triage_cases";
    private static final String MARKERS = "triage_markers";
    /** The small fields the queue filters and sorts on; notes and history stay on disk. */
    static final String[] QUEUE_FIELDS = {"_id", "status", "category", "country", "channel", "inDangerNow",
            "submittedHour", "reasons", "override", "assignee", "firstReviewedAt", "linkHashes", "closedAt", "duplicateOf"};

    private final MongoTemplate mongo;

    public CaseStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Without waiting for the journal: the tips are durable before this runs, and a case lost in a
     * crash is opened again by {@link CaseCreation#reconcile()} soon after the restart. A synced
     * write would hold the embedded server's only worker, which every tipster's write waits for,
     * for milliseconds. Unordered: a tip that has a case already does not stop the others.
     *
     * @return how many cases were created (a tip that has one already is skipped)
     */
    public int insertAll(List<Document> opened) {
        if (opened.isEmpty()) {
            return 0;
        }
        try {
            collection().withWriteConcern(WriteConcern.W1.withJournal(false))
                    .insertMany(opened, new InsertManyOptions().ordered(false));
            return opened.size();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().stream().anyMatch(error -> error.getCategory() != ErrorCategory.DUPLICATE_KEY)) {
                throw e;
            }
            return opened.size() - e.getWriteErrors().size();
        }
    }

    public Optional<Document> byId(String tipId) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", tipId)).first());
    }

    public List<Document> queueRows() {
        List<Document> rows = new ArrayList<>();
        collection().find().projection(Projections.include(QUEUE_FIELDS)).batchSize(1_000).forEach(rows::add);
        return rows;
    }

    /** Every case, whole, one batch at a time (for the one-time sealing of values an earlier version stored in clear). */
    void forEach(java.util.function.Consumer<Document> action) {
        collection().find().batchSize(500).forEach(action);
    }

    /** Whether a one-time piece of work on the cases was finished (a marker in the same database, so a restore of an older backup runs it again). */
    boolean isDone(String work) {
        return mongo.getCollection(MARKERS).find(new Document("_id", work)).first() != null;
    }

    void markDone(String work) {
        mongo.getCollection(MARKERS).replaceOne(new Document("_id", work), new Document("_id", work),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        collection().find().projection(Projections.include("_id")).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    public List<String> idsWithLinkHash(String hash) {
        List<String> ids = new ArrayList<>();
        collection().find(Filters.eq("linkHashes", hash)).projection(Projections.include("_id"))
                .forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /** Closed (or spam) cases whose closing is older than {@code before}. */
    public List<Document> closedBefore(List<String> statuses, Date before) {
        List<Document> rows = new ArrayList<>();
        collection().find(Filters.and(Filters.in("status", statuses), Filters.lt("closedAt", before)))
                .projection(Projections.include("_id", "status")).forEach(rows::add);
        return rows;
    }

    /** Applies {@code update} when the case matches {@code expected}; the case after, or empty. */
    public Optional<Document> updateIf(String tipId, Bson expected, Bson update) {
        Bson filter = expected == null ? Filters.eq("_id", tipId) : Filters.and(Filters.eq("_id", tipId), expected);
        return Optional.ofNullable(collection().findOneAndUpdate(filter, update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
    }

    public Optional<Document> update(String tipId, Bson update) {
        return updateIf(tipId, null, update);
    }

    public boolean delete(String tipId) {
        return collection().deleteOne(Filters.eq("_id", tipId)).getDeletedCount() == 1;
    }

    /** Removes links and duplicate marks pointing at a purged tip (they would lead nowhere). */
    public void forgetLinksTo(String tipId) {
        collection().updateMany(Filters.eq("links", tipId), Updates.pull("links", tipId));
        collection().updateMany(Filters.eq("duplicateOf", tipId), Updates.set("duplicateOf", null));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    }
}
