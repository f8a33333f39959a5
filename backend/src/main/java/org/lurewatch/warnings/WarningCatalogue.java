package org.lurewatch.warnings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lurewatch.common.Language;
import org.lurewatch.graphql.PublicResponses;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.warnings.catalogue.CatalogueSnapshot;
import org.lurewatch.warnings.catalogue.FilterPredicate;
import org.lurewatch.warnings.store.WarningStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * The published warnings, held in memory so public reads never wait on the database (and keep
 * working while it is down). Bodies, the largest texts, are read on demand through a small cache.
 * A change made here is applied at once; one made by the editor on another instance as soon as
 * its notice arrives ({@link CatalogueNotices}, with Redis), at the latest within a poll interval. A write made around the editor (by hand in the database) is seen after a restart, or
 * at once if it also moves the change counter ({@link WarningStore#recordChange()}).
 */
@Service
public class WarningCatalogue {

    private static final Logger log = LoggerFactory.getLogger(WarningCatalogue.class);
    /** The catalogue's order: newest published first, ties broken by id. */
    public static final java.util.Comparator<Warning> NEWEST_FIRST = CatalogueSnapshot.ORDER;

    private final WarningStore store;
    private final Clock clock;
    private final PublicResponses publicResponses;
    private final Executor tasks;
    private final AtomicLong versions = new AtomicLong();
    private final Cache<String, Map<Language, String>> bodies = Caffeine.newBuilder()
            .maximumSize(2_000).expireAfterWrite(Duration.ofHours(1)).build();
    /** Live feed of publications; slow subscribers miss items rather than hold memory. */
    private final Sinks.Many<CatalogueSnapshot.Entry> publications = Sinks.many().multicast().directBestEffort();
    /** Live feed of every public change, withdrawals included; best effort like {@link #publications}. */
    private final Sinks.Many<PublicChange> changes = Sinks.many().multicast().directBestEffort();
    private volatile CatalogueSnapshot snapshot;
    private volatile WarningStore.Stamp stamp;
    private volatile long changesSeen = -1;
    /**
     * The first load runs beside the rest of the start-up (with 10,000 warnings it takes seconds);
     * {@link CatalogueReadiness} holds the web server back until it is done.
     */
    private final CompletableFuture<Void> firstLoad;

    /** @param tasks Boot's application task executor: the first load, search-text folding */
    public WarningCatalogue(WarningStore store, Clock clock, PublicResponses publicResponses,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor tasks) {
        this.tasks = tasks;
        this.store = store;
        this.clock = clock;
        this.publicResponses = publicResponses;
        this.firstLoad = CompletableFuture.runAsync(this::reloadAll, tasks);
    }

    /** The current snapshot; its version changes whenever the published set changes. */
    public CatalogueSnapshot snapshot() {
        CatalogueSnapshot current = snapshot;
        return current != null ? current : awaitFirstLoad();
    }

    /** Blocks until the first load is done; throws what made it fail. */
    CatalogueSnapshot awaitFirstLoad() {
        try {
            firstLoad.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return snapshot;
    }

    /** Published warnings matching the filter, newest first (without bodies). */
    public List<Warning> find(WarningFilter filter) {
        Predicate<CatalogueSnapshot.Entry> matches = FilterPredicate.of(filter);
        return snapshot().current(clock.instant(), filter.includeExpired()).stream()
                .filter(matches)
                .map(CatalogueSnapshot.Entry::warning)
                .toList();
    }

    /** Warnings matching the filter as they are published or updated, from now on (without bodies). */
    public Flux<Warning> publications(WarningFilter filter) {
        Predicate<CatalogueSnapshot.Entry> matches = FilterPredicate.of(filter);
        return publications.asFlux().filter(matches).map(CatalogueSnapshot.Entry::warning);
    }

    /**
     * Every public change from now on, as this instance's catalogue sees it (so changes made on
     * another instance arrive within a poll interval): publications, updates and withdrawals.
     */
    public Flux<PublicChange> changes() {
        return changes.asFlux();
    }

    /**
     * How many live subscriptions listen to {@link #publications} and {@link #changes} right now. A
     * subscription is in place only once its request has been executed, after the client sent it:
     * a test publishes once this count has risen, instead of sleeping and hoping.
     */
    public int liveSubscribers() {
        return publications.currentSubscriberCount() + changes.currentSubscriberCount();
    }

    /**
     * A change the public saw.
     *
     * @param warning as published now, or for a withdrawal as it was last published (without bodies)
     * @param at      when the change was made
     */
    public record PublicChange(WarningChangeKind kind, Warning warning, Instant at) {
    }

    /** A published warning by id (without bodies), or empty. */
    public Optional<Warning> byId(String id) {
        return Optional.ofNullable(id == null ? null : snapshot().byId(id)).map(CatalogueSnapshot.Entry::warning);
    }

    /** A published warning (without bodies; see {@link #bodyHtml}). */
    public Optional<Warning> bySlug(String slug) {
        return Optional.ofNullable(snapshot().bySlug(slug)).map(CatalogueSnapshot.Entry::warning);
    }

    /** The sanitised body of a published warning in one language ("" if it has none). */
    public String bodyHtml(Warning warning, Language language) {
        Map<Language, String> texts = bodies.get(warning.id() + "@" + warning.version() + "@" + warning.updatedAt(),
                k -> store.bodies(warning.id()));
        return texts.getOrDefault(language, "");
    }

    /**
     * Published warnings naming this indicator (already normalised), newest first
     * ({@link #NEWEST_FIRST}), each once: a caller wanting the latest few takes the head of the list.
     */
    public List<Warning> naming(Indicator indicator) {
        return snapshot().byIndicatorKey(indicator.key());
    }

    /** How many current warnings there are per category and per country, for the site's filters. */
    public WarningCounts counts() {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            byCategory.put(c, 0);
        }
        Map<String, Integer> byCountry = new TreeMap<>();
        List<CatalogueSnapshot.Entry> current = snapshot().current(clock.instant(), false);
        for (CatalogueSnapshot.Entry e : current) {
            byCategory.merge(e.warning().category(), 1, Integer::sum);
            e.warning().countries().forEach(c -> byCountry.merge(c, 1, Integer::sum));
        }
        return new WarningCounts(current.size(), byCategory, byCountry);
    }

    /** First among the listeners: the feeds' publication log reads the catalogue this builds. */
    @EventListener
    @org.springframework.core.annotation.Order(0)
    void onChange(WarningChanged change) {
        awaitFirstLoad(); // outside the lock the loader needs: waiting inside it would deadlock
        if (change.warningId() == null) {
            reloadAll();
        } else {
            apply(store.byIds(List.of(change.warningId())));
        }
        try {
            store.recordChange();
        } catch (RuntimeException e) {
            log.warn("Cannot tell other instances about a warning change ({}); they see it at their next"
                    + " reload or the next change", e.getClass().getSimpleName());
        }
    }

    /**
     * Another instance changed this warning ({@code "*"}: something it cannot name): read it now, as
     * {@link #onChange} does for a change made here. The change counter is left to the next poll,
     * which then finds nothing more to do.
     */
    void changedElsewhere(String warningId) {
        if (!firstLoad.isDone()) {
            return;
        }
        if ("*".equals(warningId)) {
            refreshIfChangedElsewhere();
        } else {
            apply(store.byIds(List.of(warningId)));
        }
    }

    /**
     * Each poll reads the change counter; only when it moved does it compare the full stamp. Never
     * on a timer: on the embedded server the stamp reads every warning, and with 10,000 of them that
     * held the database's only worker for seconds, stalling tip submissions behind it.
     */
    @Scheduled(fixedDelayString = "${lurewatch.catalogue.poll-interval:5s}",
            initialDelayString = "${lurewatch.catalogue.poll-interval:5s}")
    synchronized void refreshIfChangedElsewhere() {
        if (!firstLoad.isDone()) {
            return;
        }
        try {
            long changes = store.changeCount();
            if (changes == changesSeen) {
                return;
            }
            WarningStore.Stamp now = store.stamp();
            if (!now.equals(stamp)) {
                List<Warning> changed = store.changedSince(stamp.latestUpdate());
                if (now.published() == stamp.published() + changed.stream().filter(Warning::isPublic).count()
                        - changed.stream().filter(w -> snapshot.contains(w.id())).count()) {
                    apply(changed);
                } else {
                    reloadAll(); // something was deleted, or edited with an old timestamp
                }
            }
            changesSeen = changes; // only now: a check cut short by an outage is tried again
        } catch (RuntimeException e) {
            // the database is away: keep serving the last snapshot
            log.warn("Cannot check the warning catalogue for changes ({}); serving the last snapshot",
                    e.getClass().getSimpleName());
        }
    }

    private synchronized void apply(List<Warning> changed) {
        WarningStore.Stamp before = store.stamp();
        CatalogueSnapshot old = snapshot;
        install(snapshot.with(changed.stream().map(Warning::withoutBodies).toList(), versions.incrementAndGet()), before);
        announce(old, snapshot, changed.stream().map(Warning::id).toList());
        changed.stream().filter(Warning::isPublic).filter(w -> isNews(old, w)).map(w -> snapshot.bySlug(w.slug()))
                .filter(java.util.Objects::nonNull).forEach(publications::tryEmitNext);
    }

    /**
     * Whether subscribers have not yet heard of this version: a poll reads again the warnings changed
     * since its last stamp, the latest of them included, and one already applied here by its event
     * must not reach every subscriber a second time.
     */
    private static boolean isNews(CatalogueSnapshot old, Warning w) {
        CatalogueSnapshot.Entry known = old == null ? null : old.byId(w.id());
        return known == null || !java.util.Objects.equals(known.warning().version(), w.version())
                || !java.util.Objects.equals(known.warning().updatedAt(), w.updatedAt());
    }

    private synchronized void reloadAll() {
        long started = System.nanoTime();
        changesSeen = store.changeCount();
        List<Warning> published = store.published(Warning::withoutBodies);
        CatalogueSnapshot old = snapshot;
        install(CatalogueSnapshot.of(published, versions.incrementAndGet()), stampOf(published));
        if (old != null) {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>();
            old.entries().forEach(e -> ids.add(e.warning().id()));
            published.forEach(w -> ids.add(w.id()));
            announce(old, snapshot, List.copyOf(ids));
        }
        log.debug("Warning catalogue loaded: {} published in {} ms", published.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Tells live subscribers what the public saw change between two snapshots, for these warnings. */
    private void announce(CatalogueSnapshot before, CatalogueSnapshot after, List<String> ids) {
        for (String id : ids) {
            CatalogueSnapshot.Entry was = before.byId(id);
            CatalogueSnapshot.Entry is = after.byId(id);
            if (is != null && was == null) {
                changes.tryEmitNext(new PublicChange(WarningChangeKind.PUBLISHED, is.warning(), is.warning().updatedAt()));
            } else if (is != null && !java.util.Objects.equals(is.warning().version(), was.warning().version())) {
                changes.tryEmitNext(new PublicChange(WarningChangeKind.UPDATED, is.warning(), is.warning().updatedAt()));
            } else if (is == null && was != null) {
                changes.tryEmitNext(new PublicChange(WarningChangeKind.WITHDRAWN, was.warning(), clock.instant()));
            }
        }
    }

    /**
     * The stamp of what was read, not a fresh one (two more scans on the embedded server): a change
     * made meanwhile, or a newer draft, shows up as a difference at the next check.
     */
    private static WarningStore.Stamp stampOf(List<Warning> published) {
        return new WarningStore.Stamp(published.size(), published.stream().map(Warning::updatedAt)
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(Instant.EPOCH));
    }

    /** Serves {@code next} from now on; its search texts are folded in the background. */
    private void install(CatalogueSnapshot next, WarningStore.Stamp of) {
        snapshot = next;
        stamp = of;
        publicResponses.invalidate();
        try {
            tasks.execute(next::foldAll);
        } catch (RejectedExecutionException closing) {
            // the application is shutting down; a search that still comes folds what it reads
        }
    }

    /** Counts of current published warnings. */
    public record WarningCounts(int total, Map<Category, Integer> byCategory, Map<String, Integer> byCountry) {
    }
}
