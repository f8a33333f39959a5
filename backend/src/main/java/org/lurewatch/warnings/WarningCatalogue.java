package org.lurewatch.warnings;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import org.lurewatch.graphql.PublicResponses;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.warnings.catalogue.CatalogueSnapshot;
import org.lurewatch.warnings.catalogue.SearchFolding;
import org.lurewatch.warnings.store.WarningRepository;
import org.lurewatch.warnings.store.WarningStoreSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The published warnings, held in memory so public reads never wait on the database (and keep
 * working while it is down). Rebuilt when a warning changes here, and within seconds when it
 * changes on another instance (a cheap stamp is polled).
 */
@Service
public class WarningCatalogue {

    private static final Logger log = LoggerFactory.getLogger(WarningCatalogue.class);

    private final WarningRepository repository;
    private final WarningStoreSetup store;
    private final Clock clock;
    private final PublicResponses publicResponses;
    private final AtomicLong versions = new AtomicLong();
    private volatile CatalogueSnapshot snapshot;
    private volatile String stamp = "";

    public WarningCatalogue(WarningRepository repository, WarningStoreSetup store, Clock clock,
            PublicResponses publicResponses) {
        this.repository = repository;
        this.store = store;
        this.clock = clock;
        this.publicResponses = publicResponses;
        refresh();
    }

    /** The current snapshot; its version changes whenever the published set changes. */
    public CatalogueSnapshot snapshot() {
        return snapshot;
    }

    /** Published warnings matching the filter, newest first. */
    public List<Warning> find(WarningFilter filter) {
        Predicate<Warning> matches = w -> true;
        if (!filter.categories().isEmpty()) {
            matches = matches.and(w -> filter.categories().contains(w.category()));
        }
        if (!filter.countries().isEmpty()) {
            matches = matches.and(w -> w.countries().stream().anyMatch(filter.countries()::contains));
        }
        if (!filter.severities().isEmpty()) {
            matches = matches.and(w -> filter.severities().contains(w.severity()));
        }
        if (filter.publishedAfter() != null) {
            matches = matches.and(w -> w.publishedAt() != null && w.publishedAt().isAfter(filter.publishedAfter()));
        }
        Predicate<Warning> keep = matches;
        String needle = SearchFolding.fold(filter.text() == null ? "" : filter.text().strip());
        return snapshot.current(clock.instant(), filter.includeExpired()).stream()
                .filter(e -> needle.isEmpty() || e.searchText().contains(needle))
                .map(CatalogueSnapshot.Entry::warning)
                .filter(keep)
                .toList();
    }

    public Optional<Warning> bySlug(String slug) {
        return Optional.ofNullable(snapshot.bySlug(slug)).map(CatalogueSnapshot.Entry::warning);
    }

    /** Published warnings naming this indicator (already normalised). */
    public List<Warning> naming(Indicator indicator) {
        return snapshot.byIndicatorKey(indicator.key());
    }

    /** How many current warnings there are per category and per country, for the site's filters. */
    public WarningCounts counts() {
        Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            byCategory.put(c, 0);
        }
        Map<String, Integer> byCountry = new TreeMap<>();
        List<CatalogueSnapshot.Entry> current = snapshot.current(clock.instant(), false);
        for (CatalogueSnapshot.Entry e : current) {
            byCategory.merge(e.warning().category(), 1, Integer::sum);
            e.warning().countries().forEach(c -> byCountry.merge(c, 1, Integer::sum));
        }
        return new WarningCounts(current.size(), byCategory, byCountry);
    }

    @EventListener
    void onChange(WarningChanged change) {
        refresh();
    }

    @Scheduled(fixedDelayString = "${lurewatch.catalogue.poll-interval:5s}",
            initialDelayString = "${lurewatch.catalogue.poll-interval:5s}")
    void refreshIfChangedElsewhere() {
        try {
            if (!store.publishedStamp().equals(stamp)) {
                refresh();
            }
        } catch (RuntimeException e) {
            // the database is away: keep serving the last snapshot, say so once per poll
            log.warn("Cannot check the warning catalogue for changes ({}); serving the last snapshot",
                    e.getClass().getSimpleName());
        }
    }

    synchronized void refresh() {
        String before = store.publishedStamp();
        List<Warning> published = repository.findByStatus(WarningStatus.PUBLISHED);
        snapshot = new CatalogueSnapshot(published, versions.incrementAndGet());
        stamp = before;
        publicResponses.invalidate();
        log.debug("Warning catalogue rebuilt: {} published", published.size());
    }

    /** Counts of current published warnings. */
    public record WarningCounts(int total, Map<Category, Integer> byCategory, Map<String, Integer> byCountry) {
    }
}
