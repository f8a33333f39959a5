package org.lurewatch.warnings.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningCatalogue;
import org.lurewatch.warnings.WarningChangeKind;
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.catalogue.CatalogueSnapshot;
import org.lurewatch.warnings.store.WarningStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
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
    private static final String COLLECTION = "warning_publications";

    private final MongoTemplate mongo;
    private final WarningStore store;
    private final WarningCatalogue catalogue;
    private final Clock clock;
    private final Duration settle;

    public PublicationLog(MongoTemplate mongo, WarningStore store, WarningCatalogue catalogue, Clock clock,
            @Value("${lurewatch.warnings.sync.settle:2s}") Duration settle) {
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
        });
    }

    /** Every message of one warning, oldest first. */
    public List<PublicationMessage> messages(String warningId) {
        return mongo.find(Query.query(Criteria.where("warningId").is(warningId))
                .with(Sort.by(Sort.Direction.ASC, "number")), PublicationMessage.class);
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

    /**
     * Warnings whose last message is a withdrawal made at or after {@code since}, newest first.
     * Only messages since then need reading: a later message of the same warning is later still.
     */
    public List<PublicationMessage> withdrawnSince(Instant since) {
        List<PublicationMessage> recent = mongo.find(Query.query(Criteria.where("at").gte(since)),
                PublicationMessage.class);
        Map<String, PublicationMessage> last = new HashMap<>();
        for (PublicationMessage m : recent) {
            last.merge(m.warningId(), m, (a, b) -> a.number() >= b.number() ? a : b);
        }
        CatalogueSnapshot published = catalogue.snapshot();
        return last.values().stream()
                .filter(PublicationMessage::isWithdrawal)
                .filter(m -> !published.contains(m.warningId()))
                .sorted(Comparator.comparing(PublicationMessage::at).reversed().thenComparing(PublicationMessage::id))
                .toList();
    }

    synchronized void reconcileAll() {
        Map<String, PublicationMessage> last = lastMessages();
        CatalogueSnapshot published = catalogue.snapshot();
        Set<String> publishedIds = published.entries().stream().map(e -> e.warning().id()).collect(Collectors.toSet());
        for (CatalogueSnapshot.Entry e : published.entries()) {
            record(e.warning(), last.get(e.warning().id()), e.warning().id());
        }
        List<String> gone = last.values().stream().filter(m -> !m.isWithdrawal())
                .map(PublicationMessage::warningId).filter(id -> !publishedIds.contains(id)).toList();
        if (!gone.isEmpty()) {
            Map<String, Warning> current = store.byIds(gone).stream().collect(Collectors.toMap(Warning::id, w -> w));
            gone.forEach(id -> record(current.get(id), last.get(id), id));
        }
    }

    synchronized void reconcile(Warning current, String warningId) {
        List<PublicationMessage> newest = mongo.find(Query.query(Criteria.where("warningId").is(warningId))
                .with(Sort.by(Sort.Direction.DESC, "number")).limit(1), PublicationMessage.class);
        record(current, newest.isEmpty() ? null : newest.get(0), warningId);
    }

    /** The newest message of each warning (without snapshots: this reads the whole log). */
    private Map<String, PublicationMessage> lastMessages() {
        Query all = new Query();
        all.fields().include("warningId", "number", "kind", "at");
        Map<String, PublicationMessage> last = new HashMap<>();
        for (PublicationMessage m : mongo.find(all, PublicationMessage.class)) {
            last.merge(m.warningId(), m, (a, b) -> a.number() >= b.number() ? a : b);
        }
        return last;
    }

    /** Writes the message that takes the public from {@code last} to {@code current}, if there is one. */
    private void record(Warning current, PublicationMessage last, String warningId) {
        PublicationMessage next = PublicChange.between(last, current, now());
        if (next == null) {
            return;
        }
        if (next.isWithdrawal() && last != null && last.snapshot() == null) {
            // a "last" read without its snapshot: the withdrawal keeps the metadata last published
            last = mongo.findById(last.id(), PublicationMessage.class);
            next = PublicChange.between(last, current, now());
        }
        try {
            mongo.insert(next, COLLECTION);
        } catch (DuplicateKeyException e) {
            // another instance, or an event and a reload, recorded this change first
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** For tests and the README: how long a message is held back from sync. */
    public Duration settle() {
        return settle;
    }
}
