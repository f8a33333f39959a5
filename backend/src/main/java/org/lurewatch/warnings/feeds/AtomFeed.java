package org.lurewatch.warnings.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.lurewatch.common.Language;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.publication.PublicationHead;

/**
 * Published warnings as an Atom feed (RFC 4287), each entry linking to its CAP alert; withdrawn
 * ones as RFC 6721 tombstones on the first page; RFC 5005 paging links when there is more than
 * one page.
 */
final class AtomFeed {

    private static final String NS = "http://www.w3.org/2005/Atom";
    static final String TOMBSTONES = "http://purl.org/atompub/tombstones/1.0";
    static final String COUNTRY_SCHEME = "urn:iso:std:iso:3166:-1:alpha-2";
    static final String CATEGORY_SCHEME = "urn:lurewatch:category";

    /**
     * One page of a feed.
     *
     * @param pageUrl the feed's address without a page number, ending in {@code ?} or {@code &} ready for one
     */
    record Page(List<Warning> entries, List<PublicationHead> tombstones, Language lang, String pageUrl, int page,
            int pages, Instant updated) {
    }

    private AtomFeed() {
    }

    static String id(String warningId) {
        return "urn:lurewatch:warning:" + warningId;
    }

    static String write(Page p, FeedProperties props) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("at", TOMBSTONES);
            xml.writeAttribute("xml:lang", p.lang().name());
            CapAlert.element(xml, "id", "urn:lurewatch:warnings:" + p.lang().name());
            CapAlert.element(xml, "title", "LureWatch warnings");
            CapAlert.element(xml, "updated", p.updated().toString());
            link(xml, "self", p.pageUrl() + "page=" + p.page(), "application/atom+xml");
            link(xml, "alternate", props.baseUrl() + "/", "text/html");
            if (p.pages() > 1) {
                link(xml, "first", p.pageUrl() + "page=1", "application/atom+xml");
                link(xml, "last", p.pageUrl() + "page=" + p.pages(), "application/atom+xml");
                if (p.page() > 1) {
                    link(xml, "previous", p.pageUrl() + "page=" + Math.min(p.page() - 1, p.pages()), "application/atom+xml");
                }
                if (p.page() < p.pages()) {
                    link(xml, "next", p.pageUrl() + "page=" + (p.page() + 1), "application/atom+xml");
                }
            }
            xml.writeStartElement("author");
            CapAlert.element(xml, "name", "LureWatch");
            xml.writeEndElement();
            for (PublicationHead gone : p.tombstones()) {
                xml.writeStartElement("at", "deleted-entry", TOMBSTONES);
                xml.writeAttribute("ref", id(gone.warningId()));
                xml.writeAttribute("when", gone.lastAt().toString());
                xml.writeStartElement("at", "comment", TOMBSTONES);
                xml.writeAttribute("xml:lang", "en");
                xml.writeCharacters("Withdrawn: no longer in effect.");
                xml.writeEndElement();
                xml.writeEndElement();
            }
            for (Warning w : p.entries()) {
                entry(xml, w, p.lang(), props);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write Atom feed", e);
        }
    }

    private static void entry(XMLStreamWriter xml, Warning w, Language lang, FeedProperties props) throws XMLStreamException {
        Map.Entry<Language, Translation> text = w.translationFor(lang).orElseThrow();
        Locale names = Locale.forLanguageTag(text.getKey().name());
        xml.writeStartElement("entry");
        xml.writeAttribute("xml:lang", text.getKey().name());
        CapAlert.element(xml, "id", id(w.id()));
        CapAlert.element(xml, "title", text.getValue().title());
        CapAlert.element(xml, "updated", w.updatedAt().toString());
        CapAlert.element(xml, "published", w.publishedAt().toString());
        CapAlert.element(xml, "summary", text.getValue().summary());
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", w.category().name());
        xml.writeAttribute("scheme", CATEGORY_SCHEME);
        for (String country : w.countries()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", country);
            xml.writeAttribute("scheme", COUNTRY_SCHEME);
            xml.writeAttribute("label", new Locale("", country).getDisplayCountry(names));
        }
        link(xml, "alternate", props.baseUrl() + "/warning.html?slug=" + w.slug() + "&lang=" + text.getKey().name(), "text/html");
        link(xml, "related", props.baseUrl() + "/feeds/cap/" + w.id() + ".xml", "application/cap+xml");
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
