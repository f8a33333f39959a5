package org.lurewatch.tips.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.lurewatch.tips.TipStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code tips} collection. Every write waits for a journaled majority acknowledgement
 * ({@code w: majority, j: true}) on a real MongoDB; the embedded server commits and syncs every
 * write before it answers. No transactions are needed: each change is one atomic document update.
 * New tips that arrive together are inserted together ({@link GroupCommit}): one synced write for
 * all of them, each answered only once it is durable.
 */
@Component
public class TipStore {

    public static final String COLLECTION = "tips";
    /**
     * Receipts per tip at most: the first and those of retries (each hands out a fresh one). None
     * is ever dropped to make room: a tipster's receipt works as long as the tip exists.
     */
    public static final int MAX_RECEIPTS = 5;
    /** Tips per insert command at most (about 3 KB each). */
    private static final int MAX_BATCH = 100;

    private final MongoTemplate mongo;
    private final GroupCommit<Document> inserts = new GroupCommit<>(this::insertTogether, MAX_BATCH);

    public TipStore(MongoTemplate mongo) {
        this.mongo = mongo;
        MongoCollection<Document> tips = collection();
        tips.createIndex(Indexes.ascending(TipDocuments.IDEMPOTENCY), new IndexOptions().unique(true));
        // sparse: tips stored before challenges were recorded here have none
        tips.createIndex(Indexes.ascending(TipDocuments.CHALLENGE), new IndexOptions().unique(true).sparse(true));
        tips.createIndex(Indexes.ascending(TipDocuments.RECEIPTS));
        tips.createIndex(Indexes.ascending(TipDocuments.INDICATOR_HASH));
        tips.createIndex(Indexes.ascending(TipDocuments.STATUS, "submittedHour"));
    }

    /** @return false when a tip with the same idempotency key hash or challenge hash exists already */
    public boolean insert(Document tip) {
        try {
            inserts.write(tip);
            return true;
        } catch (DuplicateTip e) {
            return false;
        }
    }

    /** This tip's idempotency key or challenge is taken; the others in its write are stored. */
    private static final class DuplicateTip extends RuntimeException {
        DuplicateTip() {
            super("duplicate key", null, false, false);
        }
    }

    /** One unordered insert: a duplicate fails only its own tip; the others are written all the same. */
    private Map<Integer, RuntimeException> insertTogether(List<Document> tips) {
        try {
            collection().insertMany(tips, new InsertManyOptions().ordered(false));
            return Map.of();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null) {
                throw e; // written, but not as durably as asked: every tip fails, as a single insert would
            }
            Map<Integer, RuntimeException> failures = new HashMap<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                failures.put(error.getIndex(), error.getCategory() == ErrorCategory.DUPLICATE_KEY
                        ? new DuplicateTip() : new MongoException(error.getCode(), error.getMessage()));
            }
            return failures;
        }
    }

    public Optional<String> idByIdempotency(String idempotencyHash) {
        return Optional.ofNullable(collection().find(Filters.eq(TipDocuments.IDEMPOTENCY, idempotencyHash))
                .projection(Projections.include("_id")).first()).map(d -> d.getString("_id"));
    }

    /**
     * Adds a receipt hash unless the tip holds {@link #MAX_RECEIPTS} already (one conditional update).
     *
     * @return false when there is no such tip or it holds as many receipts as it may
     */
    public boolean addReceipt(String tipId, String receiptHash) {
        return collection().updateOne(Filters.and(Filters.eq("_id", tipId),
                        Filters.exists(TipDocuments.RECEIPTS + "." + (MAX_RECEIPTS - 1), false)),
                Updates.push(TipDocuments.RECEIPTS, receiptHash)).getMatchedCount() == 1;
    }

    public Optional<Document> byReceipt(String receiptHash) {
        return Optional.ofNullable(collection().find(Filters.eq(TipDocuments.RECEIPTS, receiptHash)).first());
    }

    public Optional<Document> byId(String tipId) {
        return Optional.ofNullable(collection().find(Filters.eq("_id", tipId)).first());
    }

    public List<Document> byIds(List<String> tipIds) {
        return collection().find(Filters.in("_id", tipIds)).into(new ArrayList<>());
    }

    public List<String> idsWithIndicator(String linkHash) {
        List<String> ids = new ArrayList<>();
        collection().find(Filters.eq(TipDocuments.INDICATOR_HASH, linkHash)).projection(Projections.include("_id"))
                .forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /**
     * Appends a message unless the tip already holds {@code maxMessages}.
     *
     * @return false when there is no such tip or it is full
     */
    public boolean addMessage(String tipId, Document message, int maxMessages) {
        return collection().updateOne(
                Filters.and(Filters.eq("_id", tipId), Filters.lt(TipDocuments.MESSAGE_COUNT, maxMessages)),
                Updates.combine(Updates.push(TipDocuments.MESSAGES, message), Updates.inc(TipDocuments.MESSAGE_COUNT, 1)))
                .getMatchedCount() == 1;
    }

    public boolean exists(String tipId) {
        return collection().countDocuments(Filters.eq("_id", tipId)) == 1;
    }

    public boolean setStatus(String tipId, TipStatus status, Instant at) {
        return collection().updateOne(Filters.eq("_id", tipId), Updates.combine(
                Updates.set(TipDocuments.STATUS, status.name()), Updates.set("statusChangedAt", java.util.Date.from(at))))
                .getMatchedCount() == 1;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    }

    /** The clear-text facets of tips submitted in [from, to), for counting: nothing encrypted is read. */
    public void forEachFacet(java.time.Instant from, java.time.Instant to, java.util.function.Consumer<Document> facet) {
        collection().find(Filters.and(Filters.gte("submittedHour", java.util.Date.from(from)),
                        Filters.lt("submittedHour", java.util.Date.from(to))))
                .projection(Projections.include("category", "country", "channel", "submittedHour"))
                .batchSize(1_000)
                .forEach(facet);
    }

    /** Every tip's link hashes (clear-text field only; tips without indicators give an empty list). */
    public Map<String, List<String>> linkHashesByTip() {
        Map<String, List<String>> byTip = new HashMap<>();
        collection().find().projection(Projections.include(TipDocuments.INDICATOR_HASH)).batchSize(1_000)
                .forEach(d -> byTip.put(d.getString(TipDocuments.ID), TipDocuments.linkHashes(d)));
        return byTip;
    }

    public List<String> ids() {
        List<String> ids = new ArrayList<>();
        collection().find().projection(Projections.include("_id")).forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    public boolean delete(String tipId) {
        return collection().deleteOne(Filters.eq("_id", tipId)).getDeletedCount() == 1;
    }
}
