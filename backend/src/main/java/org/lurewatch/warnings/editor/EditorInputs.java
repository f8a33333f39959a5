package org.lurewatch.warnings.editor;

import java.time.Instant;
import java.util.List;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Severity;
import org.springframework.graphql.data.ArgumentValue;

/**
 * What editors send, as GraphQL binds it. Nothing is checked here (binding happens before the role
 * check, and must not answer anything to a caller without the role); {@link WarningRules} checks.
 */
public final class EditorInputs {

    private EditorInputs() {
    }

    public record DraftInput(String slug, Category category, Severity severity, List<String> countries,
            List<IndicatorInput> indicators, List<SourceInput> sources, Instant expiresAt,
            List<TranslationInput> translations) {
    }

    /** Every field optional: what is present replaces what was; {@code expiresAt: null} clears it. */
    public record ChangesInput(String slug, Category category, Severity severity, List<String> countries,
            List<IndicatorInput> indicators, List<SourceInput> sources, ArgumentValue<Instant> expiresAt) {
    }

    public record TranslationInput(Language language, String title, String summary, String bodyHtml,
            List<String> redFlags) {
    }

    public record IndicatorInput(IndicatorType type, String value) {
    }

    public record SourceInput(String title, String url) {
    }

    public record ListFilter(List<org.lurewatch.warnings.WarningStatus> statuses, String text) {
    }
}
