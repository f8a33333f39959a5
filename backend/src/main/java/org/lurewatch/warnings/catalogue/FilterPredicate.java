package org.lurewatch.warnings.catalogue;

import java.util.function.Predicate;

import org.lurewatch.warnings.WarningFilter;

/** A {@link WarningFilter} as a test on catalogue entries (shared by lists and subscriptions). */
public final class FilterPredicate {

    private FilterPredicate() {
    }

    public static Predicate<CatalogueSnapshot.Entry> of(WarningFilter filter) {
        Predicate<CatalogueSnapshot.Entry> matches = e -> true;
        if (!filter.categories().isEmpty()) {
            matches = matches.and(e -> filter.categories().contains(e.warning().category()));
        }
        if (!filter.countries().isEmpty()) {
            matches = matches.and(e -> e.warning().countries().stream().anyMatch(filter.countries()::contains));
        }
        if (!filter.severities().isEmpty()) {
            matches = matches.and(e -> filter.severities().contains(e.warning().severity()));
        }
        if (filter.publishedAfter() != null) {
            matches = matches.and(e -> e.warning().publishedAt() != null
                    && e.warning().publishedAt().isAfter(filter.publishedAfter()));
        }
        String needle = SearchFolding.fold(filter.text() == null ? "" : filter.text().strip());
        if (!needle.isEmpty()) {
            matches = matches.and(e -> e.searchText().contains(needle));
        }
        return matches;
    }
}
