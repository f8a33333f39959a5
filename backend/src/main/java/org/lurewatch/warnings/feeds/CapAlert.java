package org.lurewatch.warnings.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.lurewatch.common.Language;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.WarningStatus;

/**
 * A warning as an OASIS CAP 1.2 alert: one {@code info} block per language. The first publication
 * is an {@code Alert}; a later edit is an {@code Update} and an archived warning a {@code Cancel},
 * both referencing the original alert, so a consumer can follow the lineage.
 */
final class CapAlert {

    static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    /** CAP forbids "Z": UTC is written "-00:00". */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'-00:00'")
            .withZone(ZoneOffset.UTC);

    private CapAlert() {
    }

    static String identifier(Warning w, Instant at) {
        return "lurewatch-warning-" + w.id() + "-" + at.getEpochSecond();
    }

    static String msgType(Warning w) {
        if (w.status() == WarningStatus.PUBLISHED) {
            return w.updatedAt().isAfter(w.publishedAt()) ? "Update" : "Alert";
        }
        return "Cancel";
    }

    static String write(Warning w, FeedProperties props) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("alert");
            xml.writeDefaultNamespace(NS);
            String type = msgType(w);
            Instant sent = "Alert".equals(type) ? w.publishedAt() : w.updatedAt();
            element(xml, "identifier", identifier(w, sent));
            element(xml, "sender", props.sender());
            element(xml, "sent", CAP_TIME.format(sent));
            element(xml, "status", "Actual");
            element(xml, "msgType", type);
            element(xml, "scope", "Public");
            if (!"Alert".equals(type)) {
                element(xml, "references", props.sender() + "," + identifier(w, w.publishedAt()) + ","
                        + CAP_TIME.format(w.publishedAt()));
            }
            for (Map.Entry<Language, Translation> text : w.translations().entrySet()) {
                info(xml, w, text.getKey(), text.getValue(), props);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write CAP alert", e);
        }
    }

    private static void info(XMLStreamWriter xml, Warning w, Language lang, Translation t, FeedProperties props)
            throws XMLStreamException {
        xml.writeStartElement("info");
        element(xml, "language", lang.name());
        element(xml, "category", "Safety");
        element(xml, "event", FeedTexts.event(w.category(), lang));
        element(xml, "urgency", "Expected");
        element(xml, "severity", capSeverity(w.severity()));
        element(xml, "certainty", "Likely");
        if (w.expiresAt() != null) {
            element(xml, "expires", CAP_TIME.format(w.expiresAt()));
        }
        element(xml, "senderName", "LureWatch");
        element(xml, "headline", t.title());
        element(xml, "description", t.summary() + (t.redFlags().isEmpty() ? "" : "\n\n- " + String.join("\n- ", t.redFlags())));
        element(xml, "instruction", FeedTexts.instruction(lang));
        element(xml, "web", props.baseUrl() + "/warning.html?slug=" + w.slug() + "&lang=" + lang.name());
        for (var indicator : w.indicators()) {
            xml.writeStartElement("parameter");
            element(xml, "valueName", "indicator:" + indicator.type().name().toLowerCase(Locale.ROOT));
            element(xml, "value", indicator.value());
            xml.writeEndElement();
        }
        for (String country : w.countries()) {
            xml.writeStartElement("area");
            element(xml, "areaDesc", new Locale("", country).getDisplayCountry(Locale.ENGLISH));
            xml.writeStartElement("geocode");
            element(xml, "valueName", "ISO 3166-1 alpha-2");
            element(xml, "value", country);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String capSeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "Extreme";
            case HIGH -> "Severe";
            case MEDIUM -> "Moderate";
            case LOW -> "Minor";
        };
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
