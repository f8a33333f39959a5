package org.lurewatch.warnings.catalogue;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lurewatch.warnings.Warning;

/**
 * The published warnings at one moment, newest first, with what search needs (folded on demand).
 * Immutable: readers never see a half-built catalogue.
 */
public final class CatalogueSnapshot {

    /** Newest first; ties broken by id so the order (and every cursor) is stable. */
    public static final Comparator<Warning> ORDER = Comparator
            .comparing(Warning::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Warning::id);

    private final List<Entry> entries;
    private final Map<String, Entry> bySlug;
    private final Map<String, Entry> byId;
    private final Map<String, List<Warning>> byIndicatorKey;
    private final long version;

    /**
     * A published warning and its folded search text. The text is folded when first asked for, not
     * when the snapshot is made: folding was the largest part of a catalogue load (seconds of the
     * start-up with 10,000 warnings), and only search needs it. {@link #foldAll()} folds the rest
     * in the background; a search that comes first folds what it reads.
     */
    public static final class Entry {

        private final Warning warning;
        /** Folding twice in a race gives the same text; a volatile write publishes it safely. */
        private volatile String searchText;

        Entry(Warning warning) {
            this.warning = warning;
        }

        public Warning warning() {
            return warning;
        }

        public String searchText() {
            String text = searchText;
            if (text == null) {
                text = searchTextOf(warning);
                searchText = text;
            }
            return text;
        }

        boolean isFolded() {
            return searchText != null;
        }
    }

    /** A snapshot of these published warnings (in any order). */
    public static CatalogueSnapshot of(List<Warning> published, long version) {
        return new CatalogueSnapshot(published.stream().map(Entry::new).toList(), version);
    }

    /** Folds every search text not yet folded; for a background thread. */
    public void foldAll() {
        entries.parallelStream().forEach(Entry::searchText);
    }

    private CatalogueSnapshot(List<Entry> unsorted, long version) {
        this.entries = unsorted.stream().sorted(Comparator.comparing(Entry::warning, ORDER)).toList();
        this.bySlug = new HashMap<>();
        entries.forEach(e -> bySlug.put(e.warning().slug(), e));
        this.byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.warning().id(), e));
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
        changed.stream().filter(Warning::isPublic).forEach(w -> next.add(new Entry(w)));
        return new CatalogueSnapshot(next, newVersion);
    }

    public boolean contains(String warningId) {
        return byId.containsKey(warningId);
    }

    /** The published warning with this id, or null. */
    public Entry byId(String warningId) {
        return byId.get(warningId);
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
