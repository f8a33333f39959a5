package org.lurewatch.support;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lurewatch.common.Language;
import org.lurewatch.indicators.Indicator;
import org.lurewatch.indicators.IndicatorType;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Source;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningStatus;

/** Builds warnings for tests, published unless told otherwise. */
public final class TestWarnings {

    private String id;
    private String slug;
    private Category category = Category.JOB_OFFER;
    private List<String> countries = List.of("TH");
    private Severity severity = Severity.HIGH;
    private final Map<Language, Translation> translations = new EnumMap<>(Language.class);
    private List<Indicator> indicators = List.of();
    private WarningStatus status = WarningStatus.PUBLISHED;
    private Instant publishedAt = Instant.parse("2026-06-01T00:00:00Z");
    private Instant expiresAt;

    private TestWarnings(String slug) {
        this.slug = slug;
        translations.put(Language.en, new Translation("Title " + slug, "Summary " + slug, "<p>Body</p>", List.of("flag")));
    }

    public static TestWarnings warning(String slug) {
        return new TestWarnings(slug);
    }

    /** For tests without a database, which would otherwise assign it. */
    public TestWarnings id(String id) { this.id = id; return this; }
    public TestWarnings category(Category c) { this.category = c; return this; }
    public TestWarnings countries(String... c) { this.countries = List.of(c); return this; }
    public TestWarnings severity(Severity s) { this.severity = s; return this; }
    public TestWarnings status(WarningStatus s) { this.status = s; return this; }
    public TestWarnings publishedAt(String instant) { this.publishedAt = Instant.parse(instant); return this; }
    public TestWarnings expiresAt(String instant) { this.expiresAt = Instant.parse(instant); return this; }
    public TestWarnings phone(String e164) { this.indicators = List.of(new Indicator(IndicatorType.PHONE, e164)); return this; }
    public TestWarnings indicators(Indicator... all) { this.indicators = List.of(all); return this; }

    public TestWarnings text(Language lang, String title, String summary, String... redFlags) {
        translations.put(lang, new Translation(title, summary, "<p>" + summary + "</p>", List.of(redFlags)));
        return this;
    }

    public TestWarnings withoutEnglish() {
        translations.remove(Language.en);
        return this;
    }

    public Warning build() {
        return new Warning(id, slug, category, countries, severity, translations, indicators,
                List.of(new Source("Test source", "https://example.org")), status,
                status == WarningStatus.DRAFT ? null : publishedAt, publishedAt, expiresAt, false, null);
    }
}
