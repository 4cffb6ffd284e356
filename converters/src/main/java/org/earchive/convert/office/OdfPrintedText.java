package org.earchive.convert.office;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.earchive.core.SafeXml;

/**
 * What Tika should read of an OpenDocument text so that its words are the words Writer prints ({@link
 * PrintedTextCopy}). Tika read as text on the page what Writer never prints, which the Java engine then printed and
 * LibreOffice's PDF failed the words check against (all three in Tika's testODFwithOOo3.odt): shapes' titles and
 * descriptions ({@code svg:title}, {@code svg:desc}: alternative text, "Rectangle TitleThis is a rectangle ..."), and
 * an embedded object's own page headers and footers ("Page 1", "10/05/2009, 21:22:38": the object is drawn in a frame,
 * never on pages of its own); both are left out. And the tracked changes: Writer keeps every deleted passage in
 * one block at the top of the body ({@code text:tracked-changes}) and only a mark where it stood; Tika reads that
 * block as the document's first paragraphs, so the deleted words stood at the top of the Java engine's first page,
 * and LibreOffice's PDF, which draws them struck through where they were, failed the words check against that
 * reading (Tika's testODFwithOOo3.odt: "complex" deleted right after the inserted "difficult", drawn
 * "difficultcomplex"). In the copy each deletion stands where it was, inside a link to {@link #DELETED}, which the
 * Java engine draws struck through (Tika reads an OpenDocument's links, not its strike-through); the block is left
 * out. Saved with its changes hidden, the deletions are left out altogether, as Writer prints them.
 */
final class OdfPrintedText {

    /** The link a deletion is put in, for the Java engine to strike through; no document links there. */
    static final String DELETED = "#earchive-deleted-text";

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    private OdfPrintedText() {
    }

    static boolean isTextDocument(String mime) {
        return mime.equals("application/vnd.oasis.opendocument.text")
                || mime.equals("application/vnd.oasis.opendocument.text-template");
    }

    /** Whether the zip entry NAME is one the copy rewrites. */
    static boolean rewrites(String name) {
        return name.equals("content.xml") || isObjectStyles(name);
    }

    static void rewrite(String name, InputStream in, OutputStream out, boolean shown, ChangeTally tally)
            throws XMLStreamException {
        if (isObjectStyles(name)) {
            withoutPageHeaders(in, out, tally);
        } else {
            mark(in, out, shown, tally);
        }
    }

    /** An embedded object's styles ("Object 1/styles.xml"): the document's own are the ones it prints by. */
    private static boolean isObjectStyles(String name) {
        return name.endsWith("/styles.xml") && !name.startsWith("META-INF/");
    }

    /** Copies an embedded object's styles without its master pages' headers and footers. */
    private static void withoutPageHeaders(InputStream in, OutputStream out, ChangeTally tally) throws XMLStreamException {
        XMLEventReader reader = SafeXml.eventReader(in);
        XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.getEventType() == XMLEvent.DTD) {
                throw new IllegalStateException("styles.xml declares a DOCTYPE"); // refused as Tika refuses it
            }
            if (event.isStartDocument()) {
                writer.add(EVENTS.createStartDocument("UTF-8", "1.0"));
            } else if (event.isStartElement() && isPageHeader(event.asStartElement().getName())) {
                skip(reader);
                tally.altered();
            } else {
                writer.add(event);
            }
        }
        writer.flush();
    }

    /** A master page's header or footer, of any kind (left, first). */
    private static boolean isPageHeader(QName name) {
        return STYLE.equals(name.getNamespaceURI())
                && (name.getLocalPart().startsWith("header") || name.getLocalPart().startsWith("footer"))
                && !name.getLocalPart().endsWith("-style");
    }

    /** Writer's view setting "ShowRedlineChanges" (Edit - Track Changes - Show), saved in settings.xml. */
    static boolean changesShown(ZipFile zip) throws java.io.IOException, XMLStreamException {
        return PrintedTextCopy.changesShown(zip, "settings.xml",
                element -> "ShowRedlineChanges".equals(attribute(element, CONFIG, "name")),
                (item, reader) -> "false".equals(reader.getElementText().strip()));
    }

    /**
     * Copies content.xml with each deletion where it stood (or nowhere, hidden) and no shape's alternative text,
     * counting the changes.
     */
    private static void mark(InputStream in, OutputStream out, boolean shown, ChangeTally tally)
            throws XMLStreamException {
        XMLEventReader reader = SafeXml.eventReader(in);
        XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
        Map<String, List<XMLEvent>> deletions = new HashMap<>();
        java.util.Deque<QName> open = new java.util.ArrayDeque<>();
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.isStartElement() && isAlternativeText(event.asStartElement().getName(), open.peek())) {
                skip(reader);
                tally.altered();
                continue;
            }
            if (event.isStartElement()) {
                open.push(event.asStartElement().getName());
            } else if (event.isEndElement()) {
                open.pop();
            }
            if (event.getEventType() == XMLEvent.DTD) {
                throw new IllegalStateException("content.xml declares a DOCTYPE"); // refused as Tika refuses it
            }
            if (event.isStartDocument()) {
                writer.add(EVENTS.createStartDocument("UTF-8", "1.0"));
                continue;
            }
            if (isText(event, "tracked-changes")) {
                readRegions(reader, deletions, tally);
                continue;
            }
            if (shown && isText(event, "change")) {
                List<XMLEvent> deleted = deletions.get(attribute(event.asStartElement(), TEXT, "change-id"));
                if (deleted != null) {
                    writeStruck(writer, event.asStartElement().getName().getPrefix(), deleted);
                }
            }
            writer.add(event);
        }
        writer.flush();
    }

    /**
     * Reads the block of changed regions up to its end: each insertion and deletion counted with its author and
     * date, each deletion's paragraphs kept as one run of text (a space where a paragraph ended).
     */
    private static void readRegions(XMLEventReader reader, Map<String, List<XMLEvent>> deletions,
                                    ChangeTally tally) throws XMLStreamException {
        String id = null;
        String author = null;
        String date = null;
        boolean counted = false;
        List<XMLEvent> deleted = null;
        int paragraphs = 0; // depth of paragraphs open inside a deletion
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.isEndElement() && event.asEndElement().getName().equals(new QName(TEXT, "tracked-changes"))) {
                return;
            }
            if (event.isStartElement()) {
                StartElement start = event.asStartElement();
                QName name = start.getName();
                if (name.equals(new QName(TEXT, "changed-region"))) {
                    id = attribute(start, TEXT, "id");
                    author = null;
                    date = null;
                    counted = false;
                    deleted = null;
                    continue;
                } else if (name.equals(new QName(TEXT, "insertion")) || name.equals(new QName(TEXT, "deletion"))) {
                    counted = true;
                    if (name.getLocalPart().equals("deletion") && id != null) {
                        deleted = new ArrayList<>();
                        deletions.put(id, deleted);
                    }
                    continue;
                } else if (name.equals(new QName(DC, "creator")) && paragraphs == 0) {
                    author = reader.getElementText();
                    continue;
                } else if (name.equals(new QName(DC, "date")) && paragraphs == 0) {
                    date = reader.getElementText();
                    continue;
                } else if (deleted != null && isParagraph(name)) {
                    if (paragraphs++ == 0) {
                        if (!deleted.isEmpty()) {
                            deleted.add(EVENTS.createCharacters(" "));
                        }
                        continue;
                    }
                }
            } else if (event.isEndElement()) {
                QName name = event.asEndElement().getName();
                if (name.equals(new QName(TEXT, "changed-region"))) {
                    if (counted) {
                        tally.add(author, date);
                    }
                    deleted = null;
                    continue;
                }
                if (deleted != null && isParagraph(name) && --paragraphs == 0) {
                    continue;
                }
            }
            if (deleted != null && paragraphs > 0) {
                deleted.add(event);
            }
        }
    }

    private static void writeStruck(XMLEventWriter writer, String prefix, List<XMLEvent> deleted) throws XMLStreamException {
        QName link = new QName(TEXT, "a", prefix);
        List<Attribute> attributes = List.of(EVENTS.createAttribute("xlink", XLINK, "type", "simple"),
                EVENTS.createAttribute("xlink", XLINK, "href", DELETED));
        writer.add(EVENTS.createStartElement(link, attributes.iterator(),
                List.of(EVENTS.createNamespace("xlink", XLINK)).iterator()));
        for (XMLEvent event : deleted) {
            writer.add(event);
        }
        writer.add(EVENTS.createEndElement(link, null));
    }

    /** A shape's title or description (a frame's, a rectangle's, a custom shape's...), not a text's. */
    private static boolean isAlternativeText(QName name, QName parent) {
        return SVG.equals(name.getNamespaceURI()) && (name.getLocalPart().equals("title") || name.getLocalPart().equals("desc"))
                && parent != null && DRAW.equals(parent.getNamespaceURI());
    }

    /** Reads past the element just started, its content and its end. */
    private static void skip(XMLEventReader reader) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            XMLEvent event = reader.nextEvent();
            depth += event.isStartElement() ? 1 : event.isEndElement() ? -1 : 0;
        }
    }

    private static boolean isParagraph(QName name) {
        return TEXT.equals(name.getNamespaceURI()) && (name.getLocalPart().equals("p") || name.getLocalPart().equals("h"));
    }

    private static boolean isText(XMLEvent event, String name) {
        return event.isStartElement() && event.asStartElement().getName().equals(new QName(TEXT, name));
    }

    private static String attribute(StartElement element, String namespace, String name) {
        Attribute attribute = element.getAttributeByName(new QName(namespace, name));
        return attribute == null ? null : attribute.getValue();
    }
}
