package org.lurewatch.warnings.catalogue;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lurewatch.warnings.Warning;

/**
 * The published warnings at one moment, newest first, with what search needs precomputed.
 * Immutable: readers never see a half-built catalogue.
 */
public final class CatalogueSnapshot {

    /** Newest first; ties broken by id so the order (and every cursor) is stable. */
    public static final Comparator<Warning> ORDER = Comparator
            .comparing(Warning::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Warning::id);

    private final List<Entry> entries;
    private final Map<String, Entry> bySlug;
    private final java.util.Set<String> ids;
    private final Map<String, List<Warning>> byIndicatorKey;
    private final long version;

    /** A published warning and its folded search text. */
    public record Entry(Warning warning, String searchText) {
    }

    /** A snapshot of these published warnings (in any order). */
    public static CatalogueSnapshot of(List<Warning> published, long version) {
        // folding is most of a load's CPU time: with 10,000 warnings, seconds of the start-up
        return new CatalogueSnapshot(published.parallelStream().map(w -> new Entry(w, searchTextOf(w))).toList(), version);
    }

    private CatalogueSnapshot(List<Entry> unsorted, long version) {
        this.entries = unsorted.stream().sorted(Comparator.comparing(Entry::warning, ORDER)).toList();
        this.bySlug = new HashMap<>();
        entries.forEach(e -> bySlug.put(e.warning().slug(), e));
        this.ids = entries.stream().map(e -> e.warning().id()).collect(Collectors.toUnmodifiableSet());
        // in ORDER, each warning once per key (it may name one number twice, in two formats)
        this.byIndicatorKey = entries.stream()
                .flatMap(e -> e.warning().indicators().stream().map(i -> Map.entry(i.key(), e.warning())).distinct())
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
        this.version = version;
    }


    public List<Entry> entries() {
        return entries;
    }

    /**
     * This snapshot with some warnings replaced: each changed warning is dropped by id and added
     * back if it is still published. Unchanged entries (and their texts) are shared, not copied.
     */
    public CatalogueSnapshot with(List<Warning> changed, long newVersion) {
        java.util.Set<String> ids = changed.stream().map(Warning::id).collect(Collectors.toSet());
        List<Entry> next = new java.util.ArrayList<>(entries.size() + changed.size());
        entries.stream().filter(e -> !ids.contains(e.warning().id())).forEach(next::add);
        changed.stream().filter(Warning::isPublic).forEach(w -> next.add(new Entry(w, searchTextOf(w))));
        return new CatalogueSnapshot(next, newVersion);
    }

    public boolean contains(String warningId) {
        return ids.contains(warningId);
    }

    public Entry bySlug(String slug) {
        return bySlug.get(slug);
    }

    /** In {@link #ORDER}, each warning once. */
    public List<Warning> byIndicatorKey(String key) {
        return byIndicatorKey.getOrDefault(key, List.of());
    }

    /** Grows by one with every rebuild; part of response cache keys. */
    public long version() {
        return version;
    }

    public List<Entry> current(Instant now, boolean includeExpired) {
        return includeExpired ? entries : entries.stream().filter(e -> !e.warning().isExpired(now)).toList();
    }

    private static String searchTextOf(Warning w) {
        // one language at a time: English folds on a fast path that a mixed text would miss
        StringBuilder sb = new StringBuilder(2048);
        sb.append(SearchFolding.fold(w.slug())).append('\n');
        w.translations().values().forEach(t -> {
            StringBuilder language = new StringBuilder(512);
            language.append(t.title()).append('\n').append(t.summary()).append('\n');
            t.redFlags().forEach(f -> language.append(f).append('\n'));
            sb.append(SearchFolding.fold(language.toString()));
        });
        w.indicators().forEach(i -> sb.append(SearchFolding.fold(i.value())).append('\n'));
        return sb.toString();
    }
}
