package org.lurewatch.warnings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lurewatch.common.Language;
import org.lurewatch.support.GraphQlClient;
import org.lurewatch.support.TestWarnings;
import org.lurewatch.warnings.Category;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningChanged;
import org.lurewatch.warnings.WarningStatus;
import org.lurewatch.warnings.store.WarningRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The Atom feed and the CAP 1.2 alerts NGOs ingest, and conditional GET for their pollers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lurewatch.embedded-mongo.in-memory=true", "lurewatch.seed.enabled=false"})
class FeedsTest {

    @LocalServerPort
    int port;
    @Autowired
    WarningRepository repository;
    @Autowired
    ApplicationEventPublisher events;
    GraphQlClient client;
    Warning job;
    Warning bride;

    @BeforeEach
    void setUp() {
        client = new GraphQlClient(port);
        repository.deleteAll();
        job = repository.save(TestWarnings.warning("casino-jobs").countries("KH").publishedAt("2026-05-01T00:00:00Z")
                .text(Language.th, "งานคาสิโน", "สรุป", "ธงแดง").phone("+66800001234").build());
        bride = repository.save(TestWarnings.warning("bride-broker").category(Category.MARRIAGE_OFFER).countries("VN", "CN")
                .publishedAt("2026-06-01T00:00:00Z").build());
        repository.save(TestWarnings.warning("never-published").status(WarningStatus.DRAFT).build());
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    private static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static void assertValidCap(String text) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FeedsTest.class.getResource("/cap/cap-1.2-structure.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(text)));
    }

    @Test
    void theAtomFeedListsPublishedWarningsWithLinksToTheirAlerts() throws Exception {
        GraphQlClient.Reply reply = client.get("/feeds/warnings.atom?lang=th");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/atom+xml");
        Document feed = xml(reply.raw());
        assertThat(texts(feed, "id")).contains("urn:lurewatch:warning:" + job.id(), "urn:lurewatch:warning:" + bride.id());
        assertThat(texts(feed, "title")).contains("งานคาสิโน", "Title bride-broker");
        assertThat(reply.raw()).contains("/feeds/cap/" + job.id() + ".xml").doesNotContain("never-published");
        Element first = (Element) feed.getElementsByTagNameNS("*", "entry").item(0);
        assertThat(first.getElementsByTagNameNS("*", "updated").item(0).getTextContent()).isEqualTo("2026-06-01T00:00:00Z");
    }

    @Test
    void theAtomFeedFiltersByCategoryAndCountry() throws Exception {
        assertThat(texts(xml(client.get("/feeds/warnings.atom?category=MARRIAGE_OFFER").raw()), "entry")).hasSize(1);
        assertThat(texts(xml(client.get("/feeds/warnings.atom?country=kh").raw()), "entry")).hasSize(1);
        assertThat(client.get("/feeds/warnings.atom?country=XX").status()).isEqualTo(400);
        assertThat(client.get("/feeds/warnings.atom?category=KIDNEY").status()).isEqualTo(400);
        assertThat(client.get("/feeds/warnings.atom?lang=fr").body().path("field").asString()).isEqualTo("lang");
    }

    @Test
    void pollersGet304WhenNothingChanged() {
        GraphQlClient.Reply first = client.get("/feeds/warnings.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(client.send(HttpRequest.newBuilder(URI.create(client.base() + "/feeds/warnings.atom"))
                .header("If-None-Match", etag).build()).status()).isEqualTo(304);
        assertThat(client.send(HttpRequest.newBuilder(URI.create(client.base() + "/feeds/cap/" + job.id() + ".xml"))
                .header("If-Modified-Since", lastModified).build()).status()).isEqualTo(304);

        repository.save(TestWarnings.warning("newer").publishedAt("2026-07-01T00:00:00Z").build());
        events.publishEvent(new WarningChanged(null, null, WarningStatus.PUBLISHED));
        assertThat(client.send(HttpRequest.newBuilder(URI.create(client.base() + "/feeds/warnings.atom"))
                .header("If-None-Match", etag).build()).status()).isEqualTo(200);
    }

    @Test
    void aCapAlertHasTheCap12StructureWithOneInfoPerLanguage() throws Exception {
        GraphQlClient.Reply reply = client.get("/feeds/cap/" + job.id() + ".xml");
        assertThat(reply.contentType()).startsWith("application/cap+xml");
        assertValidCap(reply.raw());
        Document alert = xml(reply.raw());
        assertThat(texts(alert, "msgType")).containsExactly("Alert");
        assertThat(texts(alert, "sent")).containsExactly("2026-05-01T00:00:00-00:00");
        assertThat(texts(alert, "language")).containsExactlyInAnyOrder("en", "th");
        assertThat(texts(alert, "value")).contains("KH", "+66800001234");
        assertThat(texts(alert, "headline")).contains("งานคาสิโน");
    }

    @Test
    void anEditIssuesAnUpdateAndAWithdrawalACancelReferencingTheOriginal() throws Exception {
        String original = texts(xml(client.get("/feeds/cap/" + job.id() + ".xml").raw()), "identifier").get(0);
        Warning edited = repository.save(new Warning(job.id(), job.slug(), job.category(), job.countries(), job.severity(),
                job.translations(), job.indicators(), job.sources(), WarningStatus.PUBLISHED, job.publishedAt(),
                Instant.parse("2026-05-02T00:00:00Z"), null, false, job.version()));
        String update = client.get("/feeds/cap/" + job.id() + ".xml").raw();
        assertValidCap(update);
        assertThat(texts(xml(update), "msgType")).containsExactly("Update");
        assertThat(texts(xml(update), "references").get(0)).contains(original);
        assertThat(texts(xml(update), "identifier").get(0)).isNotEqualTo(original);

        repository.save(new Warning(edited.id(), edited.slug(), edited.category(), edited.countries(), edited.severity(),
                edited.translations(), edited.indicators(), edited.sources(), WarningStatus.ARCHIVED, edited.publishedAt(),
                Instant.parse("2026-05-03T00:00:00Z"), null, false, edited.version()));
        String cancel = client.get("/feeds/cap/" + job.id() + ".xml").raw();
        assertValidCap(cancel);
        assertThat(texts(xml(cancel), "msgType")).containsExactly("Cancel");
        assertThat(texts(xml(cancel), "references").get(0)).contains(original);
    }

    @Test
    void aWarningNeverPublishedHasNoAlert() {
        String draftId = repository.findAll().stream().filter(w -> w.slug().equals("never-published")).findFirst()
                .orElseThrow().id();
        assertThat(client.get("/feeds/cap/" + draftId + ".xml").status()).isEqualTo(404);
        assertThat(client.get("/feeds/cap/nope.xml").status()).isEqualTo(404);
    }
}
