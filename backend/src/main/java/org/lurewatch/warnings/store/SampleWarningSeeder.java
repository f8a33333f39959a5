package org.lurewatch.warnings.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.lurewatch.warnings.editor.WarningHtml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the sample warnings (marked {@code sample}) into an empty database, once. A marker in
 * {@code migrations} remembers that it ran, so samples deleted or edited by staff never come back
 * or get overwritten, and a restart never duplicates them.
 */
@Component
class SampleWarningSeeder {

    private static final Logger log = LoggerFactory.getLogger(SampleWarningSeeder.class);
    private static final String MARKER = "sample-warnings-v1";
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final WarningRepository repository;
    private final Resource seedFile;
    private final boolean enabled;

    SampleWarningSeeder(MongoTemplate mongo, WarningRepository repository,
            @Value("${lurewatch.seed.warnings:classpath:seed/warnings.json}") Resource seedFile,
            @Value("${lurewatch.seed.enabled:true}") boolean enabled) {
        this.mongo = mongo;
        this.repository = repository;
        this.seedFile = seedFile;
        this.enabled = enabled;
    }

    void seedOnce() {
        if (!enabled || mongo.exists(markerQuery(), "migrations")) {
            return;
        }
        if (repository.count() > 0) {
            markDone();
            return;
        }
        List<Warning> samples = read().stream().map(SeedWarning::toWarning).toList();
        // the collection is empty, so nothing can be duplicated; the unique slug index guards the rest
        for (int from = 0; from < samples.size(); from += BATCH) {
            mongo.insertAll(samples.subList(from, Math.min(samples.size(), from + BATCH)));
        }
        markDone();
        log.info("Loaded {} sample warnings into the empty database", samples.size());
    }

    private org.springframework.data.mongodb.core.query.Query markerQuery() {
        return org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is(MARKER));
    }

    private void markDone() {
        mongo.save(new org.bson.Document("_id", MARKER).append("at", new java.util.Date()), "migrations");
    }

    private List<SeedWarning> read() {
        try (InputStream in = seedFile.getInputStream()) {
            return List.of(JsonMapper.builder().build().readValue(in, SeedWarning[].class));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read sample warnings from " + seedFile, e);
        }
    }

    /** The shape of one entry of seed/warnings.json. */
    record SeedWarning(String slug, Category category, List<String> countries, Severity severity,
            Instant publishedAt, Instant expiresAt, Map<Language, SeedTranslation> translations,
            List<Indicator> indicators, List<Source> sources) {

        Warning toWarning() {
            Map<Language, Translation> texts = new EnumMap<>(Language.class);
            // bodies pass the same HTML policy as an editor's, so a sample can never carry more markup
            translations.forEach((lang, t) -> texts.put(lang,
                    new Translation(t.title(), t.summary(), WarningHtml.sanitise(t.body()), t.redFlags())));
            return new Warning(null, slug, category, countries, severity, texts, indicators, sources,
                    WarningStatus.PUBLISHED, publishedAt, publishedAt, expiresAt, true, null);
        }
    }

    record SeedTranslation(String title, String summary, String body, List<String> redFlags) {
    }
}
