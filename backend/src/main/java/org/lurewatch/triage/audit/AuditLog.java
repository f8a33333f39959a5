package org.lurewatch.triage.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only {@code triage_audit} collection: who did what to which tip, when. Details are
 * short facts (a status, a colleague's name), never tip text or note text. This class has no
 * update or delete: nothing in the application can rewrite history.
 *
 * <p>Entries are dated to the hour: an entry about a tip is often written moments after the tip
 * arrived (its case opened, its first read), so a minute here would date the tip that the tip
 * itself dates only to the hour. Order within an hour is kept by a sequence number in the id
 * (the id sorts by hour, then sequence), never by a finer time.
 */
@Component
public class AuditLog {

    public static final String COLLECTION = "triage_audit";

    /** One entry of the log. */
    public record Entry(String id, Instant at, String user, String action, String tipId, String details) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    /** Last sequence number handed out; continues from the newest stored entry after a restart. */
    private final AtomicLong sequence;

    public AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        collection().createIndex(Indexes.ascending("tipId", "at"));
        collection().createIndex(Indexes.ascending("user", "at"));
        Document newest = collection().find().sort(Sorts.descending("_id")).projection(Projections.include("_id")).first();
        this.sequence = new AtomicLong(newest == null ? 0 : sequenceOf(newest.getString("_id")));
    }

    /** The sequence part of an id ({@code hour-sequence-random}); 0 for ids of earlier versions ({@code millis-random}). */
    static long sequenceOf(String id) {
        String[] parts = id.split("-", 3);
        if (parts.length == 3 && parts[1].length() == SEQUENCE_DIGITS && parts[1].chars().allMatch(Character::isDigit)) {
            return Long.parseLong(parts[1]);
        }
        return 0;
    }

    private static final int SEQUENCE_DIGITS = 12;

    public void record(String user, String action, String tipId, String details) {
        // the id sorts by hour, then sequence, so paging by id is paging by time
        Instant at = clock.instant().truncatedTo(ChronoUnit.HOURS);
        String id = String.format("%013d-%0" + SEQUENCE_DIGITS + "d-%s", at.toEpochMilli(), sequence.incrementAndGet(),
                UUID.randomUUID());
        collection().insertOne(new Document("_id", id).append("at", Date.from(at)).append("user", user)
                .append("action", action).append("tipId", tipId).append("details", details));
    }

    /** Entries matching every given criterion (null = any), newest first. */
    public List<Entry> find(String tipId, String user, Instant from, Instant to) {
        List<Bson> filters = new ArrayList<>();
        if (tipId != null) {
            filters.add(Filters.eq("tipId", tipId));
        }
        if (user != null) {
            filters.add(Filters.eq("user", user));
        }
        if (from != null) {
            filters.add(Filters.gte("at", Date.from(from)));
        }
        if (to != null) {
            filters.add(Filters.lt("at", Date.from(to)));
        }
        List<Entry> entries = new ArrayList<>();
        collection().find(filters.isEmpty() ? new Document() : Filters.and(filters)).sort(Sorts.descending("_id"))
                .forEach(d -> entries.add(new Entry(d.getString("_id"), d.getDate("at").toInstant(), d.getString("user"),
                        d.getString("action"), d.getString("tipId"), d.getString("details"))));
        return entries;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION).withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    }
}
