package org.lurewatch.warnings.editor;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Source;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningStatus;

/**
 * What an editor writes, apart from the lifecycle (status, dates, version): the part an edit
 * changes and a restore brings back.
 */
record WarningContent(String slug, Category category, List<String> countries, Severity severity,
        Map<Language, Translation> translations, List<Indicator> indicators, List<Source> sources,
        Instant expiresAt) {

    static WarningContent of(Warning w) {
        return new WarningContent(w.slug(), w.category(), w.countries(), w.severity(), w.translations(),
                w.indicators(), w.sources(), w.expiresAt());
    }

    /** This content with {@code w}'s identity and lifecycle. */
    Warning onto(Warning w) {
        return new Warning(w.id(), slug, category, countries, severity, translations, indicators, sources,
                w.status(), w.publishedAt(), w.updatedAt(), expiresAt, w.sample(), w.version());
    }

    Warning newDraft(Instant now) {
        return new Warning(null, slug, category, countries, severity, translations, indicators, sources,
                WarningStatus.DRAFT, null, now, expiresAt, false, null);
    }

    WarningContent withSlug(String s) {
        return new WarningContent(s, category, countries, severity, translations, indicators, sources, expiresAt);
    }

    WarningContent withCategory(Category c) {
        return new WarningContent(slug, c, countries, severity, translations, indicators, sources, expiresAt);
    }

    WarningContent withCountries(List<String> c) {
        return new WarningContent(slug, category, c, severity, translations, indicators, sources, expiresAt);
    }

    WarningContent withSeverity(Severity s) {
        return new WarningContent(slug, category, countries, s, translations, indicators, sources, expiresAt);
    }

    WarningContent withIndicators(List<Indicator> i) {
        return new WarningContent(slug, category, countries, severity, translations, i, sources, expiresAt);
    }

    WarningContent withSources(List<Source> s) {
        return new WarningContent(slug, category, countries, severity, translations, indicators, s, expiresAt);
    }

    WarningContent withExpiresAt(Instant e) {
        return new WarningContent(slug, category, countries, severity, translations, indicators, sources, e);
    }

    WarningContent withTranslation(Language language, Translation t) {
        Map<Language, Translation> all = new EnumMap<>(Language.class);
        all.putAll(translations);
        if (t == null) {
            all.remove(language);
        } else {
            all.put(language, t);
        }
        return new WarningContent(slug, category, countries, severity, all, indicators, sources, expiresAt);
    }

    static Warning lifecycle(Warning w, WarningStatus status, Instant publishedAt, Instant updatedAt) {
        return new Warning(w.id(), w.slug(), w.category(), w.countries(), w.severity(), w.translations(),
                w.indicators(), w.sources(), status, publishedAt, updatedAt, w.expiresAt(), w.sample(), w.version());
    }
}
