package org.lurewatch.warnings;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.Indicator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A warning as stored. Immutable: edits produce a new value (and, with {@code version}, a
 * conflict instead of a silent overwrite when two editors save at once).
 *
 * @param sample true for the sample warnings loaded into an empty database
 */
@Document("warnings")
public record Warning(
        @Id String id,
        String slug,
        Category category,
        List<String> countries,
        Severity severity,
        Map<Language, Translation> translations,
        List<Indicator> indicators,
        List<Source> sources,
        WarningStatus status,
        Instant publishedAt,
        Instant updatedAt,
        Instant expiresAt,
        boolean sample,
        @Version Long version) {

    public Warning {
        countries = countries == null ? List.of() : List.copyOf(countries);
        translations = translations == null || translations.isEmpty()
                ? Map.of() : Map.copyOf(new EnumMap<>(translations));
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean isPublic() {
        return status == WarningStatus.PUBLISHED;
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /**
     * The same warning without its bodies, the largest texts by far: what the in-memory catalogue
     * keeps, so ten thousand multilingual warnings fit in a small heap. Bodies are read on demand.
     */
    public Warning withoutBodies() {
        Map<Language, Translation> lean = new EnumMap<>(Language.class);
        translations.forEach((l, t) -> lean.put(l, new Translation(t.title(), t.summary(), "", t.redFlags())));
        return new Warning(id, slug, category, countries, severity, lean, indicators, sources, status,
                publishedAt, updatedAt, expiresAt, sample, version);
    }

    /** Languages this warning is written in, in the portal's order. */
    public List<Language> languages() {
        return Language.ALL.stream().filter(translations::containsKey).toList();
    }

    /** The text to show someone who asked for {@code wanted}: wanted, English, then any. */
    public Optional<Map.Entry<Language, Translation>> translationFor(Language wanted) {
        for (Language l : wanted.fallbackChain()) {
            Translation t = translations.get(l);
            if (t != null) {
                return Optional.of(Map.entry(l, t));
            }
        }
        return Optional.empty();
    }
}
