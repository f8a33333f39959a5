package org.lurewatch.warnings.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lurewatch.warnings.feeds.FeedDocuments.ATOM;
import static org.lurewatch.warnings.feeds.FeedDocuments.CAP;
import static org.lurewatch.warnings.feeds.FeedDocuments.TOMBSTONES;
import static org.lurewatch.warnings.feeds.FeedDocuments.children;
import static org.lurewatch.warnings.feeds.FeedDocuments.texts;
import static org.lurewatch.warnings.feeds.FeedDocuments.validAtom;
import static org.lurewatch.warnings.feeds.FeedDocuments.validCap;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.google.common.hash.Hashing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.MutableClock;
import org.lurewatch.support.PublicApiTest;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.WarningStatus;
import org.lurewatch.warnings.editor.EditorInputs.ChangesInput;
import org.lurewatch.warnings.editor.EditorInputs.DraftInput;
import org.lurewatch.warnings.editor.EditorInputs.TranslationInput;
import org.lurewatch.warnings.editor.WarningEditor;
import org.lurewatch.warnings.publication.PublicationLog;
import org.lurewatch.warnings.store.WarningRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.data.ArgumentValue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Atom feed and the CAP 1.2 alerts NGOs ingest, and conditional GET for their pollers. */
@PublicApiTest
class FeedsTest {

    @LocalServerPort
    int port;
    @Autowired
    WarningRepository repository;
    @Autowired
    WarningEditor editor;
    @Autowired
    PublicationLog publications;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MutableClock clock;
    GraphQlClient client;
    Warning job;
    Warning bride;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void setUp() {
        client = new GraphQlClient(port);
        repository.deleteAll();
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "warning_publications");
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "warning_publication_heads");
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "warning_versions");
        job = repository.save(TestWarnings.warning("casino-jobs").countries("KH").publishedAt("2026-05-01T00:00:00Z")
                .text(Language.th, "งานคาสิโน", "สรุป", "ธงแดง").phone("+66800001234").build());
        bride = repository.save(TestWarnings.warning("bride-broker").category(Category.MARRIAGE_OFFER).countries("VN", "CN")
                .publishedAt("2026-06-01T00:00:00Z").build());
        repository.save(TestWarnings.warning("never-published").status(WarningStatus.DRAFT).build());
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));
    }

    private String cap(String id) {
        GraphQlClient.Reply reply = client.get("/feeds/cap/" + id + ".xml");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.raw();
    }

    private static Element alert(Document doc) {
        return doc.getDocumentElement();
    }

    private static String one(Document doc, String field) {
        return children(alert(doc), CAP, field).get(0).getTextContent();
    }

    private Warning published(String slug, String title) {
        Warning draft = editor.create(new DraftInput(slug, Category.JOB_OFFER, Severity.HIGH, List.of("TH", "KH"),
                List.of(), List.of(), null, List.of(new TranslationInput(Language.en, title, "Summary of " + slug, "<p>b</p>",
                        List.of("flag")), new TranslationInput(Language.th, "หัวข้อ " + slug, "สรุป", "<p>b</p>", List.of()))),
                "test-editor");
        return editor.publish(draft.id(), draft.version(), "test-editor");
    }

    private int status(String path, String header, String value) {
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + path)).header(header, value).build()).status();
    }

    @Test
    void theAtomFeedListsPublishedWarningsWithLinksToTheirAlerts() throws Exception {
        GraphQlClient.Reply reply = client.get("/feeds/warnings.atom?lang=th");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/atom+xml");
        Document feed = validAtom(reply.raw());
        assertThat(texts(feed, "id")).contains("urn:lurewatch:warning:" + job.id(), "urn:lurewatch:warning:" + bride.id());
        assertThat(texts(feed, "title")).contains("งานคาสิโน", "Title bride-broker");
        assertThat(reply.raw()).contains("/feeds/cap/" + job.id() + ".xml").doesNotContain("never-published");
        Element first = (Element) feed.getElementsByTagNameNS("*", "entry").item(0);
        assertThat(first.getElementsByTagNameNS("*", "updated").item(0).getTextContent()).isEqualTo("2026-06-01T00:00:00Z");
    }

    @Test
    void eachEntryCarriesItsCountriesAsCategories() throws Exception {
        Document feed = validAtom(client.get("/feeds/warnings.atom?lang=th").raw());
        Element brideEntry = children(feed.getDocumentElement(), ATOM, "entry").stream()
                .filter(e -> children(e, ATOM, "id").get(0).getTextContent().endsWith(bride.id())).findFirst().orElseThrow();
        List<String> countryTerms = children(brideEntry, ATOM, "category").stream()
                .filter(c -> AtomFeed.COUNTRY_SCHEME.equals(c.getAttribute("scheme"))).map(c -> c.getAttribute("term")).toList();
        assertThat(countryTerms).containsExactly("VN", "CN");
        assertThat(children(brideEntry, ATOM, "category").stream().map(c -> c.getAttribute("term")))
                .contains("MARRIAGE_OFFER");
    }

    @Test
    void theAtomFeedFiltersBySeveralCategoriesAndCountries() throws Exception {
        assertThat(texts(validAtom(client.get("/feeds/warnings.atom?category=MARRIAGE_OFFER").raw()), "entry")).hasSize(1);
        assertThat(texts(validAtom(client.get("/feeds/warnings.atom?category=MARRIAGE_OFFER&category=JOB_OFFER").raw()),
                "entry")).hasSize(2);
        assertThat(texts(validAtom(client.get("/feeds/warnings.atom?country=kh").raw()), "entry")).hasSize(1);
        assertThat(texts(validAtom(client.get("/feeds/warnings.atom?country=kh&country=CN").raw()), "entry")).hasSize(2);
        assertThat(texts(validAtom(client.get("/feeds/warnings.atom?country=TH,CN").raw()), "entry")).hasSize(1);
        assertThat(client.get("/feeds/warnings.atom?country=XX").status()).isEqualTo(400);
        assertThat(client.get("/feeds/warnings.atom?category=KIDNEY").status()).isEqualTo(400);
        assertThat(client.get("/feeds/warnings.atom?lang=fr").body().path("field").asString()).isEqualTo("lang");
        assertThat(client.get("/feeds/warnings.atom?page=0").body().path("field").asString()).isEqualTo("page");
        assertThat(client.get("/feeds/warnings.atom?page=abc").status()).isEqualTo(400);
    }

    @Test
    void pastOneHundredEntriesTheFeedIsPagedWithRfc5005Links() throws Exception {
        List<Warning> many = new ArrayList<>();
        for (int i = 0; i < 230; i++) {
            many.add(TestWarnings.warning("bulk-" + i).publishedAt(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 60L)
                    .toString()).build());
        }
        repository.saveAll(many);
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));

        Document first = validAtom(client.get("/feeds/warnings.atom").raw());
        assertThat(children(first.getDocumentElement(), ATOM, "entry")).hasSize(100);
        assertThat(link(first, "next")).endsWith("page=2");
        assertThat(link(first, "last")).endsWith("page=3");
        assertThat(link(first, "previous")).isNull();
        Document last = validAtom(client.get(link(first, "last").replace("http://localhost:8080", "")).raw());
        assertThat(children(last.getDocumentElement(), ATOM, "entry")).hasSize(232 - 200);
        assertThat(link(last, "previous")).endsWith("page=2");
        assertThat(link(last, "next")).isNull();
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            seen.addAll(texts(validAtom(client.get("/feeds/warnings.atom?page=" + page).raw()), "id").stream()
                    .filter(id -> id.startsWith("urn:lurewatch:warning:")).toList());
        }
        assertThat(seen).hasSize(232).doesNotHaveDuplicates();
    }

    private static String link(Document feed, String rel) {
        return children(feed.getDocumentElement(), ATOM, "link").stream().filter(l -> rel.equals(l.getAttribute("rel")))
                .map(l -> l.getAttribute("href")).findFirst().orElse(null);
    }

    @Test
    void pollersGet304WhenNothingChanged() {
        GraphQlClient.Reply first = client.get("/feeds/warnings.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(status("/feeds/warnings.atom", "If-None-Match", etag)).isEqualTo(304);
        String capModified = client.get("/feeds/cap/" + job.id() + ".xml").headers().firstValue("Last-Modified").orElseThrow();
        assertThat(status("/feeds/cap/" + job.id() + ".xml", "If-Modified-Since", capModified)).isEqualTo(304);
        assertThat(status("/feeds/warnings.atom", "If-Modified-Since", lastModified)).isEqualTo(304);

        repository.save(TestWarnings.warning("newer").publishedAt("2026-07-01T00:00:00Z").build());
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));
        assertThat(status("/feeds/warnings.atom", "If-None-Match", etag)).isEqualTo(200);
    }

    @Test
    void theEtagIsAHashOfTheContentSoItSurvivesRestartsAndAgreesAcrossInstances() {
        GraphQlClient.Reply reply = client.get("/feeds/warnings.atom?lang=th");
        String expected = "\"" + Hashing.sha256().hashString(reply.raw(), StandardCharsets.UTF_8).toString().substring(0, 32)
                + "\"";
        assertThat(reply.headers().firstValue("ETag")).contains(expected);
        // the catalogue reloading (as after a restart) with the same content keeps the same ETag
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));
        assertThat(client.get("/feeds/warnings.atom?lang=th").headers().firstValue("ETag")).contains(expected);
        GraphQlClient.Reply cap = client.get("/feeds/cap/" + job.id() + ".xml");
        assertThat(cap.headers().firstValue("ETag")).contains("\""
                + Hashing.sha256().hashString(cap.raw(), StandardCharsets.UTF_8).toString().substring(0, 32) + "\"");
    }

    @Test
    void withdrawingTheNewestWarningMovesLastModifiedAndLeavesATombstone() throws Exception {
        Warning newest = published("newest-lure", "Newest lure");
        GraphQlClient.Reply before = client.get("/feeds/warnings.atom");
        String lastModified = before.headers().firstValue("Last-Modified").orElseThrow();
        clock.advance(Duration.ofSeconds(1)); // Last-Modified counts seconds: the withdrawal is in a later one
        editor.archive(newest.id(), newest.version(), "test-editor");

        assertThat(status("/feeds/warnings.atom", "If-Modified-Since", lastModified)).isEqualTo(200);
        GraphQlClient.Reply after = client.get("/feeds/warnings.atom");
        assertThat(after.headers().firstValue("Last-Modified")).isNotEqualTo(before.headers().firstValue("Last-Modified"));
        Document feed = validAtom(after.raw());
        List<Element> tombstones = children(feed.getDocumentElement(), TOMBSTONES, "deleted-entry");
        assertThat(tombstones).hasSize(1);
        assertThat(tombstones.get(0).getAttribute("ref")).isEqualTo("urn:lurewatch:warning:" + newest.id());
        assertThat(texts(feed, "id")).doesNotContain("urn:lurewatch:warning:" + newest.id());
        // a country filter that never covered it shows no tombstone
        assertThat(children(validAtom(client.get("/feeds/warnings.atom?country=VN").raw()).getDocumentElement(), TOMBSTONES,
                "deleted-entry")).isEmpty();
        // the period: withdrawals before its start are no longer listed
        assertThat(publications.withdrawnSince(Instant.now().minusSeconds(60))).hasSize(1);
        assertThat(publications.withdrawnSince(Instant.now().plusSeconds(60))).isEmpty();
    }

    @Test
    void aCapAlertHasTheCap12StructureWithOneInfoPerLanguageInThatLanguage() throws Exception {
        GraphQlClient.Reply reply = client.get("/feeds/cap/" + job.id() + ".xml");
        assertThat(reply.contentType()).startsWith("application/cap+xml");
        Document alert = validCap(reply.raw());
        assertThat(texts(alert, "msgType")).containsExactly("Alert");
        assertThat(texts(alert, "sent")).containsExactly("2026-05-01T00:00:00-00:00");
        assertThat(texts(alert, "language")).containsExactlyInAnyOrder("en", "th");
        assertThat(texts(alert, "value")).contains("KH", "+66800001234");
        assertThat(texts(alert, "headline")).contains("งานคาสิโน");
        for (Element info : children(alert.getDocumentElement(), CAP, "info")) {
            String language = children(info, CAP, "language").get(0).getTextContent();
            String area = ((Element) children(info, CAP, "area").get(0)).getElementsByTagNameNS(CAP, "areaDesc").item(0)
                    .getTextContent();
            assertThat(area).isEqualTo("en".equals(language) ? "Cambodia" : "กัมพูชา");
            assertThat(children(info, CAP, "expires")).as("expires is always set").hasSize(1);
        }
    }

    @Test
    void identifiersAreUniquePerVersionAndReferencesNameEarlierMessagesEvenWithinOneSecond() throws Exception {
        Warning w = published("same-second", "Same second");
        String alert = one(validCap(cap(w.id())), "identifier");
        assertThat(alert).endsWith("-v" + w.version());
        assertThat(one(validCap(cap(w.id())), "identifier")).as("stable").isEqualTo(alert);
        Warning edited = editor.update(w.id(), w.version(), new ChangesInput(null, null, Severity.CRITICAL, null, null,
                null, ArgumentValue.omitted()), "test-editor");
        Document update = validCap(cap(w.id()));
        assertThat(one(update, "msgType")).isEqualTo("Update");
        assertThat(one(update, "identifier")).isNotEqualTo(alert).endsWith("-v" + edited.version());
        assertThat(one(update, "references")).contains("," + alert + ",");
        editor.archive(edited.id(), edited.version(), "test-editor");
        Document cancel = validCap(cap(w.id()));
        assertThat(one(cancel, "msgType")).isEqualTo("Cancel");
        assertThat(one(cancel, "identifier")).isNotIn(alert, one(update, "identifier"));
        assertThat(one(cancel, "references")).contains("," + alert + ",", "," + one(update, "identifier") + ",");
        assertThat(one(cancel, "note")).contains("Withdrawn");
    }

    @Test
    void aWarningReturnedToDraftServesItsCancelAndNeverTheDraftText() throws Exception {
        Warning w = published("back-to-draft", "Published title");
        Warning draft = editor.returnToDraft(w.id(), w.version(), "test-editor");
        editor.setTranslation(draft.id(), draft.version(), new TranslationInput(Language.en, "SECRET DRAFT TITLE",
                "secret draft summary", "<p>x</p>", List.of()), "test-editor");

        String text = cap(w.id());
        Document cancel = validCap(text);
        assertThat(one(cancel, "msgType")).isEqualTo("Cancel");
        assertThat(children(alert(cancel), CAP, "note")).hasSize(1);
        assertThat(text).doesNotContain("SECRET", "secret draft");
        assertThat(client.get("/feeds/warnings.atom").raw()).doesNotContain("SECRET", "secret draft");
    }

    @Test
    void aWarningWithoutExpiryStillGetsAnExpiresInEveryInfo() throws Exception {
        Document alert = validCap(cap(bride.id()));
        List<Element> infos = children(alert(alert), CAP, "info");
        assertThat(infos).isNotEmpty();
        for (Element info : infos) {
            assertThat(children(info, CAP, "expires")).hasSize(1);
        }
    }

    @Test
    void aWarningNeverPublishedHasNoAlert() {
        String draftId = repository.findAll().stream().filter(w -> w.slug().equals("never-published")).findFirst()
                .orElseThrow().id();
        assertThat(client.get("/feeds/cap/" + draftId + ".xml").status()).isEqualTo(404);
        assertThat(client.get("/feeds/cap/nope.xml").status()).isEqualTo(404);
        Warning created = editor.create(new DraftInput("only-a-draft", Category.JOB_OFFER, Severity.HIGH, List.of("TH"),
                List.of(), List.of(), null, List.of(new TranslationInput(Language.en, "Draft", "Draft", "", List.of()))),
                "test-editor");
        assertThat(client.get("/feeds/cap/" + created.id() + ".xml").status()).isEqualTo(404);
    }
}
