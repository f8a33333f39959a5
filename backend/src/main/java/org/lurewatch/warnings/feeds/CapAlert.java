package org.lurewatch.warnings.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.lurewatch.common.Language;
import org.lurewatch.common.ServerTexts;
import org.lurewatch.warnings.Severity;
import org.lurewatch.warnings.Translation;
import org.lurewatch.warnings.Warning;
import org.lurewatch.warnings.publication.PublicationMessage;

/**
 * A warning's newest public message as an OASIS CAP 1.2 alert. The first publication is an
 * {@code Alert}; each later one (an edit, or a publication after a withdrawal) an {@code Update};
 * a withdrawal a {@code Cancel} with a {@code note} and no {@code info}. Each names every earlier
 * message of the warning in {@code references}.
 *
 * <p>Everything comes from the published snapshots of the publication log, never from the
 * warning as it is being edited. The identifier names the warning's version, so it is unique per
 * message and the same at every request and on every instance.
 */
final class CapAlert {

    static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    /** CAP forbids "Z" and fractions of a second: UTC is written "-00:00". */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'-00:00'")
            .withZone(ZoneOffset.UTC);
    static final String CANCEL_NOTE = "Withdrawn by LureWatch's editors: this warning is no longer in effect."
            + " Earlier messages about it should no longer be shown.";

    private CapAlert() {
    }

    static String identifier(PublicationMessage m) {
        return "lurewatch-warning-" + m.warningId() + "-v" + m.number();
    }

    static String msgType(List<PublicationMessage> lineage, PublicationMessage m) {
        if (m.isWithdrawal()) {
            return "Cancel";
        }
        return lineage.get(0).id().equals(m.id()) ? "Alert" : "Update";
    }

    static String sent(Instant at) {
        return CAP_TIME.format(at);
    }

    /** The alert for the newest of {@code lineage} (the warning's messages, oldest first). */
    static String write(List<PublicationMessage> lineage, FeedProperties props, ServerTexts texts) {
        PublicationMessage m = lineage.get(lineage.size() - 1);
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("alert");
            xml.writeDefaultNamespace(NS);
            String type = msgType(lineage, m);
            element(xml, "identifier", identifier(m));
            element(xml, "sender", props.sender());
            element(xml, "sent", sent(m.at()));
            element(xml, "status", "Actual");
            element(xml, "msgType", type);
            element(xml, "scope", "Public");
            if ("Cancel".equals(type)) {
                element(xml, "note", CANCEL_NOTE);
            }
            if (lineage.size() > 1) {
                element(xml, "references", lineage.subList(0, lineage.size() - 1).stream()
                        .map(earlier -> props.sender() + "," + identifier(earlier) + "," + sent(earlier.at()))
                        .collect(Collectors.joining(" ")));
            }
            if (!m.isWithdrawal()) {
                Warning w = m.snapshot();
                Instant expires = w.expiresAt() != null ? w.expiresAt() : m.at().plus(props.capExpiry());
                for (Language language : w.languages()) {
                    info(xml, w, language, w.translations().get(language), expires, props, texts);
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write CAP alert", e);
        }
    }

    private static void info(XMLStreamWriter xml, Warning w, Language lang, Translation t, Instant expires,
            FeedProperties props, ServerTexts texts) throws XMLStreamException {
        xml.writeStartElement("info");
        element(xml, "language", lang.name());
        element(xml, "category", "Safety");
        element(xml, "event", texts.text("feeds.event." + w.category(), lang).text());
        element(xml, "urgency", "Expected");
        element(xml, "severity", capSeverity(w.severity()));
        element(xml, "certainty", "Likely");
        element(xml, "expires", sent(expires));
        element(xml, "senderName", "LureWatch");
        element(xml, "headline", t.title());
        element(xml, "description", t.summary() + (t.redFlags().isEmpty() ? "" : "\n\n- " + String.join("\n- ", t.redFlags())));
        element(xml, "instruction", texts.text("feeds.instruction", lang).text());
        element(xml, "web", props.baseUrl() + "/warning.html?slug=" + w.slug() + "&lang=" + lang.name());
        for (var indicator : w.indicators()) {
            xml.writeStartElement("parameter");
            element(xml, "valueName", "indicator:" + indicator.type().name().toLowerCase(Locale.ROOT));
            element(xml, "value", indicator.value());
            xml.writeEndElement();
        }
        Locale names = Locale.forLanguageTag(lang.name());
        for (String country : w.countries()) {
            xml.writeStartElement("area");
            // in the info block's own language, as CAP asks; the code below is for machines
            element(xml, "areaDesc", new Locale("", country).getDisplayCountry(names));
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
