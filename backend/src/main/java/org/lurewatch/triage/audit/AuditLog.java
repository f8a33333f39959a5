package org.lurewatch.triage.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.WriteConcern;
import org.lurewatch.storage.PlainDocuments;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The append-only {@code triage_audit} collection: who did what to which tip, when. Details are
 * short facts (a status, a colleague's name), never tip text or note text. This class has no
 * update or delete: nothing in the application can rewrite history.
 *
 * <p>Entries are dated to the hour: an entry about a tip is often written moments after the tip
 * arrived (its case opened, its first read), so a minute here would date the tip that the tip
 * itself dates only to the hour. Order within an hour is kept by a sequence number in the id
 * (the id sorts by hour, then sequence), never by a finer time. Pages are read in the database,
 * newest first, from the id of the last entry a reader saw ({@link #page}).
 */
@Component
public class AuditLog {

    public static final String COLLECTION = "triage_audit";

    /**
     * One entry of the log, as stored: {@code _id}, {@code at} (a date, to the hour), {@code user},
     * {@code action}, {@code tipId} and {@code details}, the last two written as null when absent
     * (as every version wrote them).
     */
    @Document(COLLECTION)
    public record Entry(@Id String id, Instant at, String user, String action,
            @Field(write = Field.Write.ALWAYS) String tipId, @Field(write = Field.Write.ALWAYS) String details) {
    }

    /** What to list; every null criterion means "any". */
    public record Filter(String tipId, String user, Instant from, Instant to) {
        public static final Filter ANY = new Filter(null, null, null, null);
    }

    /**
     * One page, newest first.
     *
     * @param hasMore whether entries older than the last one match too
     * @param total   how many entries match the filter in all
     */
    public record Page(List<Entry> entries, boolean hasMore, long total) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    /** Last sequence number handed out; continues from the newest stored entry after a restart. */
    private final AtomicLong sequence;

    public AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = PlainDocuments.template(mongo, WriteConcern.MAJORITY.withJournal(true), List.of());
        this.clock = clock;
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        newest.fields().include("_id");
        Entry last = this.mongo.findOne(newest, Entry.class);
        this.sequence = new AtomicLong(last == null ? 0 : sequenceOf(last.id()));
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
        mongo.insert(new Entry(id, at, user, action, tipId, details));
    }

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "_id");

    /**
     * Up to {@code size} entries matching the filter, newest first, older than the entry with id
     * {@code afterId} (null: from the newest). The database filters, orders and limits: a keyset
     * query on the id, written out because Spring Data's keyset scroll always adds the id in
     * ascending order, and this log is read newest first. An entry written between two page
     * requests is newer than every entry a reader has paged through, so it never shifts the pages
     * that follow or repeats an entry.
     */
    public Page page(Filter filter, String afterId, int size) {
        Query matching = matching(filter == null ? Filter.ANY : filter);
        long total = mongo.count(matching, Entry.class);
        Query window = Query.of(matching);
        if (afterId != null) {
            window.addCriteria(Criteria.where("_id").lt(afterId));
        }
        // one more than asked says whether more follow (a limit of 0 would mean "no limit")
        List<Entry> entries = mongo.find(window.with(NEWEST_FIRST).limit(size + 1), Entry.class);
        boolean more = entries.size() > size;
        return new Page(more ? entries.subList(0, size) : entries, more, total);
    }

    private static Query matching(Filter f) {
        List<Criteria> all = new ArrayList<>();
        if (f.tipId() != null) {
            all.add(Criteria.where("tipId").is(f.tipId()));
        }
        if (f.user() != null) {
            all.add(Criteria.where("user").is(f.user()));
        }
        if (f.from() != null) {
            all.add(Criteria.where("at").gte(f.from()));
        }
        if (f.to() != null) {
            all.add(Criteria.where("at").lt(f.to()));
        }
        return all.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(all));
    }
}
