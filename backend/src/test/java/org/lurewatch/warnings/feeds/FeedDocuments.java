package org.lurewatch.warnings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Checks feeds the way a strict consumer would: CAP 1.2 against the schema's structure (order,
 * cardinality, enumerations, dateTime form) plus the rules the schema cannot say, Atom against
 * RFC 4287's "MUST"s for feeds and entries, and RFC 6721 tombstones.
 */
final class FeedDocuments {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";
    private static final Pattern CAP_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");

    private FeedDocuments() {
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    }

    static List<String> texts(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS("*", tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** A CAP 1.2 alert as the standard has it; returns the parsed document. */
    static Document validCap(String text) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FeedDocuments.class.getResource("/cap/cap-1.2-structure.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(text)));
        Document doc = xml(text);
        Element alert = doc.getDocumentElement();
        // identifier and sender: no spaces, commas or restricted characters (CAP 1.2, 3.2.1)
        for (String field : List.of("identifier", "sender")) {
            assertThat(children(alert, CAP, field).get(0).getTextContent()).as(field).doesNotContain(" ", ",", "<", "&");
        }
        for (String time : texts(doc, "sent")) {
            assertThat(time).matches(CAP_TIME);
        }
        for (String time : texts(doc, "expires")) {
            assertThat(time).matches(CAP_TIME);
        }
        String msgType = children(alert, CAP, "msgType").get(0).getTextContent();
        List<Element> references = children(alert, CAP, "references");
        if (!"Alert".equals(msgType)) {
            assertThat(references).as("an " + msgType + " names the messages it follows").hasSize(1);
        }
        String identifier = children(alert, CAP, "identifier").get(0).getTextContent();
        for (Element refs : references) {
            for (String ref : refs.getTextContent().trim().split("\\s+")) {
                String[] parts = ref.split(",");
                assertThat(parts).as("sender,identifier,sent: " + ref).hasSize(3);
                assertThat(parts[1]).as("references name earlier messages, not this one").isNotEqualTo(identifier);
                assertThat(parts[2]).matches(CAP_TIME);
            }
        }
        // areaDesc and every text of an info block are in that block's language: checked per test
        return doc;
    }

    /** An Atom feed document as RFC 4287 (4.1.1, 4.1.2, 3.3, 4.2.7) and RFC 6721 require. */
    static Document validAtom(String text) throws Exception {
        Document doc = xml(text);
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String one : List.of("id", "title", "updated")) {
            assertThat(children(feed, ATOM, one)).as("atom:feed has exactly one atom:" + one).hasSize(1);
        }
        assertDate(children(feed, ATOM, "updated").get(0).getTextContent());
        assertThat(children(feed, ATOM, "link").stream().filter(l -> "self".equals(l.getAttribute("rel"))))
                .as("atom:feed SHOULD have a self link; ours always does").hasSize(1);
        boolean feedAuthor = !children(feed, ATOM, "author").isEmpty();
        uniqueAlternates(feed);
        Set<String> ids = new HashSet<>();
        for (Element entry : children(feed, ATOM, "entry")) {
            for (String one : List.of("id", "title", "updated")) {
                assertThat(children(entry, ATOM, one)).as("atom:entry has exactly one atom:" + one).hasSize(1);
            }
            assertThat(children(entry, ATOM, "summary")).hasSizeLessThanOrEqualTo(1);
            assertThat(children(entry, ATOM, "published")).hasSizeLessThanOrEqualTo(1);
            assertThat(feedAuthor || !children(entry, ATOM, "author").isEmpty()).as("an author for every entry").isTrue();
            String id = children(entry, ATOM, "id").get(0).getTextContent();
            assertThat(id).as("atom:id is an IRI").matches("[a-z][a-z0-9+.-]*:.+");
            assertThat(ids.add(id)).as("entry ids are unique within a feed: " + id).isTrue();
            assertDate(children(entry, ATOM, "updated").get(0).getTextContent());
            children(entry, ATOM, "published").forEach(p -> assertDate(p.getTextContent()));
            assertThat(children(entry, ATOM, "link").stream().anyMatch(l -> "alternate".equals(l.getAttribute("rel"))))
                    .as("an entry without content has an alternate link").isTrue();
            for (Element category : children(entry, ATOM, "category")) {
                assertThat(category.getAttribute("term")).as("atom:category has a term").isNotBlank();
            }
            for (Element link : children(entry, ATOM, "link")) {
                assertThat(link.getAttribute("href")).isNotBlank();
            }
            uniqueAlternates(entry);
        }
        for (Element gone : children(feed, TOMBSTONES, "deleted-entry")) {
            assertThat(gone.getAttribute("ref")).as("at:deleted-entry has a ref").isNotBlank();
            assertDate(gone.getAttribute("when"));
            assertThat(ids).as("a tombstone and an entry for the same id").doesNotContain(gone.getAttribute("ref"));
        }
        return doc;
    }

    private static void uniqueAlternates(Element parent) {
        Set<String> seen = new HashSet<>();
        for (Element link : children(parent, ATOM, "link")) {
            if ("alternate".equals(link.getAttribute("rel"))) {
                assertThat(seen.add(link.getAttribute("type") + "|" + link.getAttribute("hreflang")))
                        .as("at most one alternate link per type and hreflang").isTrue();
            }
        }
    }

    /** RFC 3339 date-time, upper-case T and Z (RFC 4287, 3.3). */
    static void assertDate(String value) {
        assertThat(value).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
        OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
