package org.lurewatch.triage.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only {@code triage_audit} collection: who did what to which tip, when. Details are
 * short facts (a status, a colleague's name), never tip text or note text. This class has no
 * update or delete: nothing in the application can rewrite history.
 */
@Component
public class AuditLog {

    public static final String COLLECTION = "triage_audit";

    /** One entry of the log. */
    public record Entry(String id, Instant at, String user, String action, String tipId, String details) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    public AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        collection().createIndex(Indexes.ascending("tipId", "at"));
        collection().createIndex(Indexes.ascending("user", "at"));
    }

    public void record(String user, String action, String tipId, String details) {
        // the id sorts by time first, so paging by id is paging by time
        Instant at = clock.instant();
        String id = String.format("%013d-%s", at.toEpochMilli(), UUID.randomUUID());
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
