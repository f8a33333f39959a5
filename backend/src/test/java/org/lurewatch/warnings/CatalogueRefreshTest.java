package org.lurewatch.warnings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.PublicApiTest;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.store.WarningRepository;
import org.lurewatch.warnings.store.WarningStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Changes made by another instance (here: straight into the database, with no event) reach the
 * public read path within the poll interval; bodies are read on demand.
 */
@PublicApiTest // polls every 200 ms
class CatalogueRefreshTest {

    @LocalServerPort
    int port;
    @Autowired
    WarningRepository repository;
    @Autowired
    WarningStore store;
    @Autowired
    ApplicationEventPublisher events;
    GraphQlClient client;

    @BeforeEach
    void setUp() {
        client = new GraphQlClient(port);
        repository.deleteAll();
    }

    /** The portal is shared ({@link PublicApiTest}): the next class finds no warnings of this one, in the catalogue either. */
    @AfterEach
    void tearDown() {
        repository.deleteAll();
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));
    }

    private String slugOf(String slug) {
        return client.query("{ warning(slug: \"" + slug + "\") { slug } }").data().path("warning").path("slug").asString("");
    }

    /** What the editor on another instance does: write the warning, then move the change counter. */
    private Warning savedElsewhere(Warning warning) {
        Warning saved = repository.save(warning);
        store.recordChange();
        return saved;
    }

    private Warning touched(Warning w, WarningStatus status) {
        return new Warning(w.id(), w.slug(), w.category(), w.countries(), w.severity(), w.translations(), w.indicators(),
                w.sources(), status, w.publishedAt(), Instant.now(), w.expiresAt(), w.sample(), w.version());
    }

    @Test
    void publicationsEditsWithdrawalsAndDeletionsElsewhereArriveWithinSeconds() {
        Warning saved = savedElsewhere(touched(TestWarnings.warning("from-elsewhere").build(), WarningStatus.PUBLISHED));
        await().atMost(Duration.ofSeconds(5)).until(() -> slugOf("from-elsewhere").equals("from-elsewhere"));

        savedElsewhere(touched(saved, WarningStatus.ARCHIVED));
        await().atMost(Duration.ofSeconds(5)).until(() -> slugOf("from-elsewhere").isEmpty());

        Warning again = savedElsewhere(touched(repository.findById(saved.id()).orElseThrow(), WarningStatus.PUBLISHED));
        await().atMost(Duration.ofSeconds(5)).until(() -> slugOf("from-elsewhere").equals("from-elsewhere"));

        repository.deleteById(again.id());
        store.recordChange();
        await().atMost(Duration.ofSeconds(5)).until(() -> slugOf("from-elsewhere").isEmpty());
    }

    @Test
    void theBodyIsServedInTheLanguageOfTheText() {
        savedElsewhere(touched(TestWarnings.warning("with-body")
                .text(Language.th, "หัวข้อ", "สรุปภาษาไทย").build(), WarningStatus.PUBLISHED));
        await().atMost(Duration.ofSeconds(5)).until(() -> slugOf("with-body").equals("with-body"));
        assertThat(client.query("{ warning(slug: \"with-body\", lang: th) { language bodyHtml } }").data()
                .path("warning").path("bodyHtml").asString()).isEqualTo("<p>สรุปภาษาไทย</p>");
        assertThat(client.query("{ warning(slug: \"with-body\", lang: vi) { language bodyHtml } }").data()
                .path("warning").path("bodyHtml").asString()).isEqualTo("<p>Body</p>");
    }

    @Test
    void aLoadReadsEveryPublishedWarningAcrossChunksWithoutDraftsOrBodies() {
        List<Warning> many = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) { // more than twelve of the store's chunks of 100
            many.add(TestWarnings.warning("many-" + i)
                    .status(i % 100 == 7 ? WarningStatus.DRAFT : WarningStatus.PUBLISHED).build());
        }
        many.set(0, TestWarnings.warning("many-0").phone("+66812345678").countries("TH", "MM")
                .expiresAt("2030-01-01T00:00:00Z").text(Language.my, "ခေါင်းစဉ်", "အကျဉ်း", "အလံ")
                .text(Language.zh, "标题", "摘要", "红旗一", "红旗二").build());
        List<Warning> saved = repository.saveAll(many);

        List<Warning> published = store.published(UnaryOperator.identity());

        int drafts = 12; // many-7, many-107, … many-1107
        assertThat(published.stream().map(Warning::slug).distinct().count()).isEqualTo(1_203 - drafts);
        assertThat(published.size()).as("each once").isEqualTo(1_203 - drafts);
        assertThat(published.stream().map(Warning::slug)).doesNotContain("many-7", "many-1107")
                .contains("many-0", "many-499", "many-500", "many-1202");
        assertThat(published.stream().filter(w -> !w.isPublic()
                || !w.translations().get(Language.en).bodyHtml().isEmpty()).count())
                .as("drafts or bodies read").isZero();
        assertThat(published).as("every other field read as saved")
                .containsExactlyInAnyOrderElementsOf(saved.stream().filter(Warning::isPublic).map(Warning::withoutBodies).toList());
    }
}
