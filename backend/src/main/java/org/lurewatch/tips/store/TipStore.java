package org.lurewatch.tips.store;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.WriteConcern;
import com.mongodb.bulk.BulkWriteError;
import org.lurewatch.storage.PlainDocuments;
import org.lurewatch.tips.TipChannel;
import org.lurewatch.tips.TipStatus;
import org.lurewatch.warnings.Category;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@code tips} collection. Every write waits for a journaled majority acknowledgement
 * ({@code w: majority, j: true}) on a real MongoDB; the embedded server commits and syncs every
 * write before it answers. No transactions are needed: each change is one atomic document update.
 * New tips that arrive together are inserted together ({@link GroupCommit}): one synced write for
 * all of them, each answered only once it is durable. Indexes: {@link TipIndexes}.
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
    private final GroupCommit<StoredTip> inserts = new GroupCommit<>(this::insertTogether, MAX_BATCH);

    public TipStore(MongoTemplate mongo) {
        this.mongo = PlainDocuments.template(mongo, WriteConcern.MAJORITY.withJournal(true), List.of());
    }

    /** A tip's id alone (read from the id index where the store has one). */
    record TipId(@Id String id) {
    }

    /** The clear-text facets statistics count by; nothing encrypted is read. */
    public record Facet(Category category, String country, TipChannel channel, Instant submittedHour) {
    }

    /** @return false when a tip with the same idempotency key hash or challenge hash exists already */
    public boolean insert(StoredTip tip) {
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

    /**
     * One unordered insert: a duplicate fails only its own tip; the others are written all the same.
     * A write not acknowledged as durably as asked fails every tip (Spring Data throws for it), as a
     * single insert would.
     */
    private Map<Integer, RuntimeException> insertTogether(List<StoredTip> tips) {
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, StoredTip.class).insert(tips).execute();
            return Map.of();
        } catch (BulkOperationException e) {
            Map<Integer, RuntimeException> failures = new HashMap<>();
            for (BulkWriteError error : e.getErrors()) {
                failures.put(error.getIndex(), error.getCategory() == ErrorCategory.DUPLICATE_KEY
                        ? new DuplicateTip() : new MongoException(error.getCode(), error.getMessage()));
            }
            return failures;
        }
    }

    private static Query byTip(String tipId) {
        return query(where("_id").is(tipId));
    }

    public Optional<String> idByIdempotency(String idempotencyHash) {
        return mongo.query(StoredTip.class).as(TipId.class)
                .matching(query(where(StoredTip.IDEMPOTENCY).is(idempotencyHash))).first().map(TipId::id);
    }

    /**
     * Adds a receipt hash unless the tip holds {@link #MAX_RECEIPTS} already (one conditional update).
     *
     * @return false when there is no such tip or it holds as many receipts as it may
     */
    public boolean addReceipt(String tipId, String receiptHash) {
        return mongo.updateFirst(byTip(tipId).addCriteria(where(StoredTip.RECEIPTS + "." + (MAX_RECEIPTS - 1)).exists(false)),
                new Update().push(StoredTip.RECEIPTS, receiptHash), StoredTip.class).getMatchedCount() == 1;
    }

    public Optional<StoredTip> byReceipt(String receiptHash) {
        return Optional.ofNullable(mongo.findOne(query(where(StoredTip.RECEIPTS).is(receiptHash)), StoredTip.class));
    }

    public Optional<StoredTip> byId(String tipId) {
        return Optional.ofNullable(mongo.findOne(byTip(tipId), StoredTip.class));
    }

    public List<StoredTip> byIds(List<String> tipIds) {
        return mongo.find(query(where("_id").in(tipIds)), StoredTip.class);
    }

    public List<String> idsWithIndicator(String linkHash) {
        return mongo.query(StoredTip.class).as(TipId.class).matching(query(where(StoredTip.INDICATOR_HASH).is(linkHash)))
                .all().stream().map(TipId::id).toList();
    }

    /**
     * Appends a message unless the tip already holds {@code maxMessages}.
     *
     * @return false when there is no such tip or it is full
     */
    public boolean addMessage(String tipId, StoredTip.StoredMessage message, int maxMessages) {
        return mongo.updateFirst(byTip(tipId).addCriteria(where(StoredTip.MESSAGE_COUNT).lt(maxMessages)),
                new Update().push(StoredTip.MESSAGES, message).inc(StoredTip.MESSAGE_COUNT, 1), StoredTip.class)
                .getMatchedCount() == 1;
    }

    public boolean exists(String tipId) {
        return mongo.exists(byTip(tipId), StoredTip.class);
    }

    public boolean setStatus(String tipId, TipStatus status, Instant at) {
        return mongo.updateFirst(byTip(tipId), new Update().set(StoredTip.STATUS, status).set("statusChangedAt", at),
                StoredTip.class).getMatchedCount() == 1;
    }

    /** The clear-text facets of tips submitted in [from, to), for counting: nothing encrypted is read. */
    public void forEachFacet(Instant from, Instant to, Consumer<Facet> facet) {
        Query submitted = query(where(StoredTip.SUBMITTED_HOUR).gte(from).lt(to)).cursorBatchSize(1_000);
        try (Stream<Facet> facets = mongo.query(StoredTip.class).as(Facet.class).matching(submitted).stream()) {
            facets.forEach(facet);
        }
    }

    public List<String> ids() {
        Query ids = new Query();
        ids.fields().include("_id");
        return mongo.query(StoredTip.class).as(TipId.class).matching(ids).all().stream().map(TipId::id).toList();
    }

    public boolean delete(String tipId) {
        return mongo.remove(byTip(tipId), StoredTip.class).getDeletedCount() == 1;
    }
}
