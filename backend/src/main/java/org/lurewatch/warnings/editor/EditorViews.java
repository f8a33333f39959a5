package org.lurewatch.warnings.editor;

import java.time.Instant;
import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Source;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningStatus;

/** The GraphQL shapes editors see: every language and every state of a warning. */
final class EditorViews {

    private EditorViews() {
    }

    record EditorWarning(String id, String slug, WarningStatus status, long version, Category category,
            List<String> countries, Severity severity, String title, List<Language> languages,
            List<TranslationView> translations, List<Indicator> indicators, List<Source> sources,
            Instant publishedAt, Instant updatedAt, Instant expiresAt, boolean sample) {

        static EditorWarning of(Warning w) {
            String title = w.translationFor(Language.en).map(e -> e.getValue().title()).orElse("");
            List<TranslationView> texts = w.languages().stream()
                    .map(l -> TranslationView.of(l, w.translations().get(l))).toList();
            return new EditorWarning(w.id(), w.slug(), w.status(), w.version() == null ? 0 : w.version(),
                    w.category(), w.countries(), w.severity(), title, w.languages(), texts, w.indicators(),
                    w.sources(), w.publishedAt(), w.updatedAt(), w.expiresAt(), w.sample());
        }
    }

    record TranslationView(Language language, String title, String summary, String bodyHtml, List<String> redFlags) {

        static TranslationView of(Language language, Translation t) {
            return new TranslationView(language, t.title(), t.summary(), t.bodyHtml(), t.redFlags());
        }
    }

    record VersionView(long number, Instant at, String by, WarningVersion.EditAction action, List<String> changes,
            Long restoredFrom, EditorWarning snapshot) {

        static VersionView of(WarningVersion v) {
            return new VersionView(v.number(), v.at(), v.by(), v.action(), v.changes(), v.restoredFrom(),
                    EditorWarning.of(v.snapshot()));
        }
    }

}
