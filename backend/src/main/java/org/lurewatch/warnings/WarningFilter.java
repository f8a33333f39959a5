package org.lurewatch.warnings;

import java.time.Instant;
import java.util.Set;

/**
 * What the public narrows the warning list by. Empty sets mean "any".
 *
 * @param text           words or a fragment in any language; matched as a substring, so it
 *                       works for scripts without spaces between words
 * @param publishedAfter only warnings first published after this instant
 */
public record WarningFilter(Set<Category> categories, Set<String> countries, Set<Severity> severities,
        String text, Instant publishedAfter, boolean includeExpired) {

    public static final WarningFilter ALL = new WarningFilter(Set.of(), Set.of(), Set.of(), null, null, false);

    public WarningFilter {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        severities = severities == null ? Set.of() : Set.copyOf(severities);
    }
}
