package org.lurewatch.warnings.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.stream.Stream;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.bson.Document;
import org.lurewatch.common.Language;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The warnings collection as the read side needs it: indexes and sample data (once, at start-up,
 * before the catalogue first loads), batched reads, and the cheap "has anything changed?" stamp
 * that lets every instance notice edits made by another.
 */
@Component
public class WarningStore {

    private static final String CHANGES = "warning_changes";
    private static final String CHANGE_COUNTER = "warnings";

    /**
     * Ids per read. The embedded server tests each document it finds against the whole id list, so
     * a load's cost grows with the chunk: with 500 ids, 10,000 warnings spent 0.3 to 0.5 s of the
     * server's only worker there; with 100, a fifth of that, for 80 more round trips of a millisecond.
     */
    private static final int CHUNK = 100;
    private static final int LANES = 2;

    private final MongoTemplate mongo;
    private final Executor tasks;

    /** @param tasks Boot's application task executor, on which the two lanes of a load run */
    public WarningStore(MongoTemplate mongo, SampleWarningSeeder seeder,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor tasks) {
        this.mongo = mongo;
        this.tasks = tasks;
        mongo.indexOps(Warning.class).createIndex(new Index("slug", Sort.Direction.ASC).unique());
        mongo.indexOps(Warning.class).createIndex(new Index("status", Sort.Direction.ASC)
                .on("updatedAt", Sort.Direction.DESC));
        seeder.seedOnce();
    }

    /**
     * Every published warning, shrunk one by one as it arrives. Read as ids first, then in chunks
     * by id: the embedded server holds a query's whole answer in memory until the last batch is
     * fetched, and with 10,000 multilingual warnings that copy, beside the catalogue being built,
     * took the heap to 200 of 240 MB at start-up. Bodies stay in the database (several hundred
     * megabytes for 10,000 warnings). The ids are those of every warning, drafts too: the embedded
     * server lists those from its id index, but would read every warning to test its status.
     */
    public List<Warning> published(UnaryOperator<Warning> shrink) {
        Query everyId = new Query();
        everyId.fields().include("_id");
        List<Object> all = mongo.find(everyId, Document.class, mongo.getCollectionName(Warning.class)).stream()
                .map(d -> d.get("_id")).toList();
        // two lanes: while the server's single worker reads one chunk, the other lane maps the one
        // it read before; with one lane each side waited on the other, for the 5 s a load of
        // 10,000 warnings ran on after the rest of the start was done. Each lane takes the next
        // chunk nobody has taken yet, so a slow chunk holds up only its own lane.
        int chunks = (all.size() + CHUNK - 1) / CHUNK;
        AtomicReferenceArray<List<Warning>> read = new AtomicReferenceArray<>(chunks);
        AtomicInteger next = new AtomicInteger();
        Runnable lane = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    read.set(c, publishedAmong(all.subList(c * CHUNK, Math.min(all.size(), (c + 1) * CHUNK)), shrink));
                } catch (RuntimeException e) {
                    next.set(chunks); // the other lane stops after its current chunk
                    throw e;
                }
            }
        };
        List<CompletableFuture<Void>> lanes = new ArrayList<>(LANES);
        for (int i = 0; i < LANES; i++) {
            lanes.add(CompletableFuture.runAsync(lane, tasks));
        }
        try {
            CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
        List<Warning> published = new ArrayList<>(all.size());
        for (int c = 0; c < chunks; c++) {
            published.addAll(read.get(c));
        }
        return published;
    }

    private List<Warning> publishedAmong(List<Object> ids, UnaryOperator<Warning> shrink) {
        // by _id alone, which the server answers from its index (any other field makes it scan
        // the collection); drafts, and one unpublished meanwhile, are left out here
        Query chunk = withoutBodies(Query.query(Criteria.where("_id").in(ids)));
        return mongo.find(chunk, Warning.class).stream().filter(Warning::isPublic).map(shrink).toList();
    }

    private static Query withoutBodies(Query query) {
        for (Language language : Language.values()) {
            query.fields().exclude("translations." + language.name() + ".bodyHtml");
        }
        return query;
    }

    /** Warnings (any status) changed at or after {@code since}. */
    public List<Warning> changedSince(Instant since) {
        Query changed = Query.query(Criteria.where("updatedAt").gte(since)).cursorBatchSize(500);
        try (Stream<Warning> stream = mongo.stream(changed, Warning.class)) {
            return stream.toList();
        }
    }

    public List<Warning> byIds(List<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), Warning.class);
    }

    /** The bodies of one warning by language. */
    public Map<Language, String> bodies(String id) {
        Warning w = mongo.findById(id, Warning.class);
        Map<Language, String> bodies = new EnumMap<>(Language.class);
        if (w != null) {
            w.translations().forEach((l, t) -> bodies.put(l, t.bodyHtml()));
        }
        return bodies;
    }

    /**
     * Tells every instance that a warning changed: one counter in a one-document collection, so
     * that polling for changes stays a single small read however many warnings there are (the
     * embedded server answers the {@link #stamp()} queries by reading every warning).
     */
    public void recordChange() {
        mongo.upsert(Query.query(Criteria.where("_id").is(CHANGE_COUNTER)), new Update().inc("changes", 1), CHANGES);
    }

    /** Grows with every {@link #recordChange()} on any instance. */
    public long changeCount() {
        Document counter = mongo.findById(CHANGE_COUNTER, Document.class, CHANGES);
        return counter == null ? 0 : ((Number) counter.get("changes")).longValue();
    }

    /** What changes whenever a warning is published, edited or withdrawn, on any instance. */
    public record Stamp(long published, Instant latestUpdate) {
    }

    public Stamp stamp() {
        Query published = Query.query(Criteria.where("status").is(WarningStatus.PUBLISHED));
        long count = mongo.count(published, Warning.class);
        Query newest = new Query().with(Sort.by(Sort.Direction.DESC, "updatedAt")).limit(1);
        newest.fields().include("updatedAt");
        Date latest = Optional.ofNullable(mongo.findOne(newest, Document.class, "warnings"))
                .map(d -> d.getDate("updatedAt")).orElse(new Date(0));
        return new Stamp(count, latest.toInstant());
    }
}
