package org.lurewatch.warnings.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Source;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;

/**
 * A warning as the public sees it in one language: the GraphQL {@code Warning} type. The body is
 * resolved separately (see {@code WarningQueryController#bodyHtml}), only when asked for.
 */
public record WarningView(Warning warning, String id, String slug, Category category, List<String> countries,
        Severity severity, Language language, List<Language> availableLanguages, String title, String summary,
        List<String> redFlags, List<Indicator> indicators, List<Source> sources,
        Instant publishedAt, Instant updatedAt, Instant expiresAt, boolean sample) {

    public static WarningView of(Warning w, Language wanted) {
        Map.Entry<Language, Translation> text = w.translationFor(wanted)
                .orElse(Map.entry(Language.en, new Translation("", "", "", List.of())));
        Translation t = text.getValue();
        return new WarningView(w, w.id(), w.slug(), w.category(), w.countries(), w.severity(), text.getKey(),
                w.languages(), t.title(), t.summary(), t.redFlags(), w.indicators(), w.sources(),
                w.publishedAt(), w.updatedAt(), w.expiresAt(), w.sample());
    }
}
