package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
 * A Word document's tracked changes made visible to the readers that go through Tika: Tika gives a deletion's text as
 * if it were still there and an insertion's as if it always had been, unmarked, so that the Java engine printed a
 * year changed under review as "năm 2024 2025" and a reader could not tell the draft's old words from its new. In the
 * copy Tika reads ({@link PrintedTextCopy}) each deleted run is struck through and each inserted run underlined, as
 * Word and LibreOffice draw a document saved with its changes shown; saved with them hidden, the copy holds the text
 * as if every change were accepted, as they print it. The changes are counted on the way, for the clerk's sentence.
 * A move counts as a deletion where the text was and an insertion where it went.
 */
final class WordChangeMarks {

    private static final Set<String> WORD_NAMESPACES = Set.of(
            "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main");
    /** The parts whose text Tika prints: the body, headers and footers, footnotes and endnotes. */
    private static final Pattern PRINTED_PART = Pattern.compile("word/(document|header\\d*|footer\\d*|footnotes|endnotes)\\.xml");
    private static final Set<String> DELETIONS = Set.of("del", "moveFrom");
    private static final Set<String> INSERTIONS = Set.of("ins", "moveTo");
    private static final XMLEventFactory EVENTS = XMLEventFactory.newFactory();

    private WordChangeMarks() {
    }

    static boolean isPrintedPart(String name) {
        return PRINTED_PART.matcher(name).matches();
    }

    static boolean isWordDocument(String mime) {
        return mime.startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.")
                || mime.startsWith("application/vnd.ms-word.document.") || mime.startsWith("application/vnd.ms-word.template.");
    }

    /** Word's "revisionView" with insertions and deletions (or all markup) off: saved with the changes hidden. */
    static boolean changesShown(ZipFile zip) throws IOException, XMLStreamException {
        return PrintedTextCopy.changesShown(zip, "word/settings.xml", element -> isWord(element, "revisionView"),
                (view, reader) -> off(view, "insDel") || off(view, "markup"));
    }

    private static boolean off(StartElement element, String attribute) {
        String value = wordAttribute(element, attribute);
        return "0".equals(value) || "false".equals(value) || "off".equals(value);
    }

    /** Copies one part, each changed run marked (or a deletion left out when the changes are hidden). */
    static void mark(InputStream in, OutputStream out, boolean shown, ChangeTally tally) throws XMLStreamException {
        XMLEventReader reader = SafeXml.eventReader(in);
        XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8");
        Deque<String> open = new ArrayDeque<>(); // local names of the elements open, innermost first
        Deque<Boolean> unwrapped = new ArrayDeque<>(); // for each: a change taken off around its runs
        Deque<Boolean> deleted = new ArrayDeque<>(); // the changes around the point read, innermost first
        int skipped = 0; // depth inside a deletion left out
        StartElement runWithoutProperties = null; // a changed run whose properties have not come yet
        while (reader.hasNext()) {
            XMLEvent event = reader.nextEvent();
            if (event.getEventType() == XMLEvent.DTD) {
                throw new IllegalStateException("a document part declares a DOCTYPE"); // refused as Tika refuses it
            }
            if (skipped > 0) {
                skipped += event.isStartElement() ? 1 : event.isEndElement() ? -1 : 0;
                continue;
            }
            if (event.isStartDocument()) {
                writer.add(EVENTS.createStartDocument("UTF-8", "1.0", true));
            } else if (event.isStartElement()) {
                StartElement start = event.asStartElement();
                String name = start.getName().getLocalPart();
                if (isChange(start, open.peek())) {
                    tally.add(wordAttribute(start, "author"), wordAttribute(start, "date"));
                    if (!shown && DELETIONS.contains(name)) {
                        skipped = 1;
                        continue;
                    }
                    deleted.push(DELETIONS.contains(name));
                    open.push(name);
                    unwrapped.push(true);
                    continue;
                }
                if (runWithoutProperties != null && !isWord(start, "rPr")) {
                    writeProperties(writer, runWithoutProperties, deleted.peek());
                }
                runWithoutProperties = null;
                writer.add(deleted.isEmpty() ? start : renamed(start));
                open.push(name);
                unwrapped.push(false);
                if (isWord(start, "r") && !deleted.isEmpty()) {
                    runWithoutProperties = start;
                }
            } else if (event.isEndElement()) {
                String name = open.pop();
                if (unwrapped.pop()) {
                    deleted.pop();
                    continue;
                }
                if (runWithoutProperties != null) {
                    writeProperties(writer, runWithoutProperties, deleted.peek());
                    runWithoutProperties = null;
                }
                if (name.equals("rPr") && "r".equals(open.peek()) && !deleted.isEmpty()) {
                    writeMark(writer, event.asEndElement().getName(), deleted.peek());
                }
                writer.add(deleted.isEmpty() ? event : renamedEnd(event.asEndElement().getName()));
            } else {
                writer.add(event);
            }
        }
        writer.flush();
    }

    /**
     * An insertion or deletion around runs; the same names inside a run's, paragraph mark's or table row's properties
     * only say that mark or row was changed, and stay.
     */
    private static boolean isChange(StartElement start, String parent) {
        String name = start.getName().getLocalPart();
        return WORD_NAMESPACES.contains(start.getName().getNamespaceURI())
                && (DELETIONS.contains(name) || INSERTIONS.contains(name)) && parent != null && !parent.endsWith("Pr");
    }

    /** A deleted run's text is written as deleted text: as printed text it is what Tika reads and the page shows. */
    private static StartElement renamed(StartElement start) {
        String printed = printedName(start.getName().getLocalPart());
        if (printed == null || !WORD_NAMESPACES.contains(start.getName().getNamespaceURI())) {
            return start;
        }
        QName name = start.getName();
        return EVENTS.createStartElement(name.getPrefix(), name.getNamespaceURI(), printed, start.getAttributes(),
                start.getNamespaces());
    }

    private static XMLEvent renamedEnd(QName name) {
        String printed = printedName(name.getLocalPart());
        return EVENTS.createEndElement(name.getPrefix(), name.getNamespaceURI(),
                printed == null || !WORD_NAMESPACES.contains(name.getNamespaceURI()) ? name.getLocalPart() : printed, null);
    }

    private static String printedName(String name) {
        return switch (name) {
            case "delText" -> "t";
            case "delInstrText" -> "instrText";
            default -> null;
        };
    }

    private static void writeProperties(XMLEventWriter writer, StartElement run, boolean deleted) throws XMLStreamException {
        QName properties = new QName(run.getName().getNamespaceURI(), "rPr", run.getName().getPrefix());
        writer.add(EVENTS.createStartElement(properties, null, null));
        writeMark(writer, properties, deleted);
        writer.add(EVENTS.createEndElement(properties, null));
    }

    /** Struck through for a deletion, underlined for an insertion, as Word and LibreOffice draw them. */
    private static void writeMark(XMLEventWriter writer, QName inside, boolean deleted) throws XMLStreamException {
        String namespace = inside.getNamespaceURI();
        String prefix = inside.getPrefix();
        QName mark = new QName(namespace, deleted ? "strike" : "u", prefix);
        List<Attribute> attributes = new ArrayList<>();
        if (!deleted) {
            attributes.add(EVENTS.createAttribute(prefix, namespace, "val", "single"));
        }
        writer.add(EVENTS.createStartElement(mark, attributes.iterator(), null));
        writer.add(EVENTS.createEndElement(mark, null));
    }

    private static boolean isWord(StartElement element, String name) {
        return WORD_NAMESPACES.contains(element.getName().getNamespaceURI()) && element.getName().getLocalPart().equals(name);
    }

    private static String wordAttribute(StartElement element, String name) {
        Attribute attribute = element.getAttributeByName(new QName(element.getName().getNamespaceURI(), name));
        return attribute == null ? null : attribute.getValue().strip();
    }
}
