package org.lurewatch.warnings.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.lurewatch.warnings.WarningChangeKind;
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.catalogue.CatalogueSnapshot;
import org.lurewatch.warnings.store.WarningStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The public history of warnings: one {@link PublicationMessage} each time a warning becomes
 * visible, changes while visible, or stops being visible. Feeds and the sync API read only this
 * and the published catalogue, never the editable warning, so a draft's text cannot reach them.
 *
 * <p>Messages are derived from the warning as saved (after each {@link WarningChanged}, and for
 * every warning after start-up and after a full reload), not written by the editor itself: a
 * warning loaded or fixed in the database by hand gets its messages too. Deriving twice, here or on
 * another instance, writes the same id once.
 */
@Component
public class PublicationLog {

    private static final Logger log = LoggerFactory.getLogger(PublicationLog.class);

    private final MongoTemplate mongo;
    private final WarningStore store;
    private final WarningCatalogue catalogue;
    private final Clock clock;
    private final Duration settle;
    private final Executor tasks;

    public PublicationLog(MongoTemplate mongo, WarningStore store, WarningCatalogue catalogue, Clock clock,
            @Value("${lurewatch.warnings.sync.settle:2s}") Duration settle,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor tasks) {
        this.tasks = tasks;
        this.mongo = mongo;
        this.store = store;
        this.catalogue = catalogue;
        this.clock = clock;
        this.settle = settle;
        mongo.indexOps(PublicationMessage.class).createIndex(new Index("warningId", Sort.Direction.ASC)
                .on("number", Sort.Direction.ASC));
        mongo.indexOps(PublicationMessage.class).createIndex(new Index("logged", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC));
    }

    /** Runs after the catalogue has applied the change (it is ordered first), on the changing thread. */
    @EventListener
    @Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    void onChange(WarningChanged change) {
        try {
            if (change.warningId() == null) {
                reconcileAll();
            } else {
                reconcile(store.byIds(List.of(change.warningId())).stream().findFirst().orElse(null),
                        change.warningId());
            }
        } catch (RuntimeException e) {
            // the change itself is saved; the next start-up or full reload records its message
            log.error("Could not record the public change of warning {}", change.warningId(), e);
        }
    }

    /** A database from before this log, or changes made while the log could not be written. */
    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        CompletableFuture.runAsync(() -> {
            try {
                reconcileAll();
            } catch (RuntimeException e) {
                log.warn("Could not bring the publication log up to date ({}); it is tried again at the next start",
                        e.getClass().getSimpleName());
            }
        }, tasks);
    }

    /** Every message of one warning, oldest first (read by id: see {@link PublicationHead}). */
    public List<PublicationMessage> messages(String warningId) {
        PublicationHead head = mongo.findById(warningId, PublicationHead.class);
        if (head == null || head.numbers().isEmpty()) {
            return List.of();
        }
        List<String> ids = head.numbers().stream().map(n -> PublicationMessage.idOf(warningId, n)).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), PublicationMessage.class).stream()
                .sorted(Comparator.comparingLong(PublicationMessage::number)).toList();
    }

    /**
     * Messages recorded after the position {@code (logged, id)} (or after {@code since}), oldest
     * first, at most {@code limit}. Messages younger than the settle time are held back: a change
     * computed just before another may be written just after it, and a reader that had already
     * moved past would never see it.
     */
    public List<PublicationMessage> after(Instant logged, String id, int limit) {
        Instant settled = clock.instant().minus(settle);
        Criteria c = Criteria.where("logged").lte(settled);
        if (logged != null) {
            c = c.andOperator(new Criteria().orOperator(Criteria.where("logged").gt(logged),
                    Criteria.where("logged").is(logged).and("_id").gt(id == null ? "" : id)));
        }
        return mongo.find(Query.query(c).with(Sort.by(Sort.Direction.ASC, "logged", "_id")).limit(limit),
                PublicationMessage.class);
    }

    /** Warnings whose newest message is a withdrawal made at or after {@code since}, newest first. */
    public List<PublicationHead> withdrawnSince(Instant since) {
        CatalogueSnapshot published = catalogue.snapshot();
        return mongo.find(Query.query(Criteria.where("lastKind").is(WarningChangeKind.WITHDRAWN).and("lastAt").gte(since)),
                        PublicationHead.class).stream()
                .filter(h -> !published.contains(h.warningId()))
                .sorted(Comparator.comparing(PublicationHead::lastAt).reversed().thenComparing(PublicationHead::warningId))
                .toList();
    }

    /**
     * Brings the log up to date with every warning. Written in batches: on a first start with
     * thousands of published warnings, one synced write per message kept the embedded database's
     * only worker busy for a minute.
     */
    synchronized void reconcileAll() {
        Map<String, PublicationHead> heads = mongo.findAll(PublicationHead.class).stream()
                .collect(Collectors.toMap(PublicationHead::warningId, h -> h, (a, b) -> a));
        CatalogueSnapshot published = catalogue.snapshot();
        Set<String> publishedIds = published.entries().stream().map(e -> e.warning().id()).collect(Collectors.toSet());
        List<Recorded> changes = new java.util.ArrayList<>();
        for (CatalogueSnapshot.Entry e : published.entries()) {
            PublicationHead head = heads.get(e.warning().id());
            long version = e.warning().version() == null ? 0 : e.warning().version();
            if (head == null || head.withdrawn() || head.lastNumber() < version) {
                add(changes, next(e.warning(), e.warning().id(), head));
            }
        }
        List<String> gone = heads.values().stream().filter(h -> !h.withdrawn())
                .map(PublicationHead::warningId).filter(id -> !publishedIds.contains(id)).toList();
        if (!gone.isEmpty()) {
            Map<String, Warning> current = store.byIds(gone).stream().collect(Collectors.toMap(Warning::id, w -> w));
            gone.forEach(id -> add(changes, next(current.get(id), id, heads.get(id))));
        }
        for (int from = 0; from < changes.size(); from += BATCH) {
            write(changes.subList(from, Math.min(changes.size(), from + BATCH)));
        }
    }

    synchronized void reconcile(Warning current, String warningId) {
        Recorded change = next(current, warningId, mongo.findById(warningId, PublicationHead.class));
        if (change != null) {
            write(List.of(change));
        }
    }

    private static final int BATCH = 500;

    /** A message to write and the warning's head after it. */
    private record Recorded(PublicationMessage message, PublicationHead head) {
    }

    private static void add(List<Recorded> changes, Recorded change) {
        if (change != null) {
            changes.add(change);
        }
    }

    /** The message that takes the public from the warning's newest message to {@code current}, if any. */
    private Recorded next(Warning current, String warningId, PublicationHead head) {
        PublicationMessage last = head == null ? null
                : mongo.findById(PublicationMessage.idOf(warningId, head.lastNumber()), PublicationMessage.class);
        PublicationMessage next = PublicChange.between(last, current, now());
        if (next == null) {
            return null;
        }
        List<Long> numbers = new java.util.ArrayList<>(head == null ? List.of() : head.numbers());
        if (!numbers.contains(next.number())) {
            numbers.add(next.number());
        }
        Warning shown = next.snapshot();
        return new Recorded(next, new PublicationHead(warningId, numbers, next.number(), next.kind(), next.at(),
                shown == null ? null : shown.category(), shown == null ? List.of() : shown.countries()));
    }

    /** Messages first, then heads: a head never names a message that is not there. */
    private void write(List<Recorded> changes) {
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PublicationMessage.class)
                    .insert(changes.stream().map(Recorded::message).toList()).execute();
        } catch (BulkOperationException | DuplicateKeyException e) {
            // another instance, or an event and a reload, recorded some of these first; the rest are in
        }
        BulkOperations heads = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PublicationHead.class);
        for (Recorded change : changes) {
            heads.replaceOne(Query.query(Criteria.where("_id").is(change.head().warningId())), change.head(),
                    FindAndReplaceOptions.options().upsert());
        }
        heads.execute();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** For tests and the README: how long a message is held back from sync. */
    public Duration settle() {
        return settle;
    }
}
