package org.lurewatch.web;

import java.time.Instant;
import java.util.ArrayList;
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
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.WarningStatus;
import org.lurewatch.warnings.store.WarningRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;

/** Puts exactly the given published warnings in the catalogue the site reads. */
@TestComponent
public class WarningFixtures {

    private final WarningRepository repository;
    private final ApplicationEventPublisher events;

    WarningFixtures(WarningRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public void replaceAllWith(List<Warning> warnings) {
        repository.deleteAll();
        repository.saveAll(warnings);
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));
    }

    public static Builder warning(String slug) {
        return new Builder(slug);
    }

    /** A published warning with whatever a page test needs to see. */
    public static final class Builder {
        private final String slug;
        private Category category = Category.JOB_OFFER;
        private List<String> countries = List.of("TH");
        private Severity severity = Severity.HIGH;
        private final Map<Language, Translation> texts = new EnumMap<>(Language.class);
        private final List<Indicator> indicators = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();
        private Instant publishedAt = Instant.parse("2026-06-01T00:00:00Z");
        private Instant updatedAt;
        private boolean sample;

        private Builder(String slug) {
            this.slug = slug;
        }

        public Builder category(Category c) { category = c; return this; }
        public Builder countries(String... c) { countries = List.of(c); return this; }
        public Builder severity(Severity s) { severity = s; return this; }
        public Builder publishedAt(String instant) { publishedAt = Instant.parse(instant); return this; }
        public Builder updatedAt(String instant) { updatedAt = Instant.parse(instant); return this; }
        public Builder sample() { sample = true; return this; }
        public Builder indicator(IndicatorType type, String value) { indicators.add(new Indicator(type, value)); return this; }
        public Builder source(String title, String url) { sources.add(new Source(title, url)); return this; }

        public Builder text(Language lang, String title, String summary, String... redFlags) {
            return textWithBody(lang, title, summary, "<p>" + summary + "</p>", redFlags);
        }

        public Builder textWithBody(Language lang, String title, String summary, String bodyHtml, String... redFlags) {
            texts.put(lang, new Translation(title, summary, bodyHtml, List.of(redFlags)));
            return this;
        }

        public Warning build() {
            return new Warning(null, slug, category, countries, severity, texts, indicators, sources,
                    WarningStatus.PUBLISHED, publishedAt, updatedAt == null ? publishedAt : updatedAt, null, sample, null);
        }
    }
}
