package org.factlint.rates;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB history XML ({@code eurofxref-hist.xml}):
 * {@code <Cube time="2023-02-21"><Cube currency="USD" rate="1.0664"/>...</Cube>}. Streams with StAX
 * because the full history is ~7 MB; only the {@code Cube} elements matter, namespaces are ignored.
 */
final class EcbXmlReader {
    private EcbXmlReader() {
    }

    static RateTable read(InputStream input, String name, String source) {
        RateTable.Builder table = RateTable.builder(source);
        XMLStreamReader xml = null;
        try {
            // A factory per read: factories are not specified to be thread-safe, and reads are rare.
            xml = newFactory().createXMLStreamReader(input);
            LocalDate date = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Cube")) {
                    continue;
                }
                String time = xml.getAttributeValue(null, "time");
                String currency = xml.getAttributeValue(null, "currency");
                if (time != null) {
                    date = date(time, name, xml);
                    table.fixing(date);
                } else if (currency != null) {
                    if (date == null) {
                        throw error(name, xml, "rate for " + currency + " outside a <Cube time=...>");
                    }
                    table.put(date, currency, rate(xml.getAttributeValue(null, "rate"), currency, name, xml));
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() != null ? " line " + e.getLocation().getLineNumber() : "";
            throw new RatesException(name + where + ": not well-formed XML: " + firstLine(e.getMessage()), e);
        } finally {
            close(xml);
        }
        if (table.isEmpty()) {
            throw new RatesException(name + ": no <Cube time=...> elements; is this an ECB eurofxref-hist.xml?");
        }
        return table.build();
    }

    private static LocalDate date(String text, String name, XMLStreamReader xml) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw error(name, xml, "'" + text + "' is not a date (expected YYYY-MM-DD)");
        }
    }

    private static double rate(String text, String currency, String name, XMLStreamReader xml) {
        if (text == null) {
            throw error(name, xml, "no rate for " + currency);
        }
        double rate;
        try {
            rate = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw error(name, xml, "'" + text + "' is not a number for " + currency);
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw error(name, xml, "'" + text + "' is not a positive rate for " + currency);
        }
        return rate;
    }

    private static RatesException error(String name, XMLStreamReader xml, String cause) {
        return new RatesException(name + " line " + xml.getLocation().getLineNumber() + ": " + cause);
    }

    /** StAX messages span lines ("ParseError at [row,col]:[..]\nMessage: ..."); keep the gist on one. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int at = message.indexOf("Message:");
        String gist = at >= 0 ? message.substring(at + "Message:".length()) : message;
        return gist.replaceAll("\\s+", " ").trim();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // nothing useful to do; the stream itself is closed by the caller
            }
        }
    }

    private static XMLInputFactory newFactory() {
        // The JDK's own StAX parser: no service-loader scan at cold start.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // Rate files come from outside: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
