package org.lurewatch.warnings.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.lurewatch.common.Language;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;

/** Published warnings as an Atom feed (RFC 4287), each entry linking to its CAP alert. */
final class AtomFeed {

    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(List<Warning> warnings, Language lang, String selfUrl, Instant updated, FeedProperties props) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml:lang", lang.name());
            CapAlert.element(xml, "id", "urn:lurewatch:warnings:" + lang.name());
            CapAlert.element(xml, "title", "LureWatch warnings");
            CapAlert.element(xml, "updated", updated.toString());
            link(xml, "self", selfUrl, "application/atom+xml");
            link(xml, "alternate", props.baseUrl() + "/", "text/html");
            xml.writeStartElement("author");
            CapAlert.element(xml, "name", "LureWatch");
            xml.writeEndElement();
            for (Warning w : warnings) {
                entry(xml, w, lang, props);
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
        xml.writeStartElement("entry");
        xml.writeAttribute("xml:lang", text.getKey().name());
        CapAlert.element(xml, "id", "urn:lurewatch:warning:" + w.id());
        CapAlert.element(xml, "title", text.getValue().title());
        CapAlert.element(xml, "updated", w.updatedAt().toString());
        CapAlert.element(xml, "published", w.publishedAt().toString());
        CapAlert.element(xml, "summary", text.getValue().summary());
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", w.category().name());
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
