package org.casealert.alert.feed;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.casealert.events.Confidence;
import org.casealert.events.Level;

/**
 * The public alerts as an Atom feed (RFC 4287), and as an Atom feed whose entries each hold a CAP 1.2 alert
 * (the way public alerting aggregators take CAP). Values are written as XML text, escaped by the writer.
 */
public final class FeedDocuments {

    public static final String ATOM = "http://www.w3.org/2005/Atom";
    public static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";
    public static final String ATOM_TYPE = "application/atom+xml";
    /** CAP's times: seconds, and UTC written as {@code -00:00} (CAP forbids {@code Z}). */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'-00:00'")
            .withZone(ZoneOffset.UTC);

    private FeedDocuments() {
    }

    public static String atom(List<PublicAlert> alerts, String title, String author, String selfUrl, Instant now) {
        return write(alerts, title, author, selfUrl, now, false);
    }

    public static String cap(List<PublicAlert> alerts, String title, String author, String selfUrl, Instant now) {
        return write(alerts, title + " (CAP 1.2)", author, selfUrl, now, true);
    }

    private static String write(List<PublicAlert> alerts, String title, String author, String selfUrl, Instant now,
            boolean cap) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:uuid:" + uuid(author + (cap ? "/cap" : "/atom")));
            element(xml, "title", title);
            element(xml, "updated", atomTime(alerts.stream().map(PublicAlert::updated).max(Instant::compareTo).orElse(now)));
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", ATOM_TYPE);
            xml.writeAttribute("href", selfUrl);
            for (PublicAlert alert : alerts) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + alert.id());
                element(xml, "title", text(alert.headline()));
                element(xml, "updated", atomTime(alert.updated()));
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", alert.level().name());
                if (cap) {
                    xml.writeStartElement("content");
                    xml.writeAttribute("type", "application/cap+xml");
                    capAlert(xml, alert, author);
                    xml.writeEndElement();
                } else {
                    element(xml, "summary", text(alert.headline()) + ".");
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the feed could not be written", e);
        }
        return out.toString();
    }

    private static void capAlert(XMLStreamWriter xml, PublicAlert alert, String sender) throws XMLStreamException {
        xml.setDefaultNamespace(CAP);
        xml.writeStartElement(CAP, "alert");
        xml.writeDefaultNamespace(CAP);
        // a new identifier for each version of the case's alert, as CAP wants one per message
        element(xml, "identifier", alert.id() + "-" + alert.updated().getEpochSecond());
        element(xml, "sender", sender);
        element(xml, "sent", CAP_TIME.format(alert.updated()));
        element(xml, "status", "Actual");
        element(xml, "msgType", "Alert");
        element(xml, "scope", "Public");
        xml.writeStartElement("info");
        element(xml, "language", "en-US");
        element(xml, "category", "Safety");
        element(xml, "event", "Risk of forced repatriation to North Korea");
        element(xml, "urgency", urgency(alert.level()));
        element(xml, "severity", severity(alert.level()));
        element(xml, "certainty", alert.confidence() == Confidence.CORROBORATED ? "Likely" : "Possible");
        element(xml, "senderName", sender);
        element(xml, "headline", text(alert.headline()));
        element(xml, "description", text(alert.headline()) + ". North Koreans held in China are handed over to "
                + "North Korea at the border, where they face detention, torture and forced labour.");
        xml.writeStartElement("area");
        element(xml, "areaDesc", text(alert.province() == null ? "China" : alert.province() + ", China")
                + (alert.crossing() == null ? "" : "; crossing " + alert.crossing()));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.setDefaultNamespace(ATOM);
    }

    private static String urgency(Level level) {
        return switch (level) {
            case IMMINENT -> "Immediate";
            case URGENT -> "Expected";
            case WATCH -> "Future";
        };
    }

    private static String severity(Level level) {
        return switch (level) {
            case IMMINENT -> "Extreme";
            case URGENT -> "Severe";
            case WATCH -> "Moderate";
        };
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String atomTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Free text from phone calls without the characters XML 1.0 cannot hold. */
    private static String text(String value) {
        return value.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).collect(StringBuilder::new,
                        StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
