package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.earchive.core.SafeXml;

/**
 * Who wrote an OpenDocument file's review comments, and when: its {@code content.xml} keeps each
 * {@code <office:annotation>} with {@code <dc:creator>} and {@code <dc:date>}; Tika reads the text alone
 * ({@code <p class="annotation">}). Read only for a document whose reading found comments.
 */
final class OdfComments {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    /** No real author or date runs longer; a forged one is cut there. */
    private static final int MAX_FIELD_CHARS = 1_000;

    private OdfComments() {
    }

    /**
     * @return each comment's author and date, in the document's order, with no text and no bookmark; empty for a file
     *         that is not an OpenDocument package or cannot be read
     */
    static List<WriterComment> authors(Path document) {
        try (ZipFile zip = new ZipFile(document.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                return List.of();
            }
            try (InputStream in = zip.getInputStream(content)) {
                return read(SafeXml.streamReader(in));
            }
        } catch (IOException | XMLStreamException | RuntimeException unread) {
            return List.of();
        }
    }

    private static List<WriterComment> read(XMLStreamReader reader) throws XMLStreamException {
        List<WriterComment> comments = new ArrayList<>();
        int depth = 0; // inside an annotation: its open elements
        String author = "";
        String date = "";
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                if (depth > 0) {
                    depth++;
                    if (depth == 2 && DC.equals(reader.getNamespaceURI())) {
                        String field = reader.getElementText();
                        depth--; // getElementText read up to the element's end
                        if ("creator".equals(reader.getLocalName())) {
                            author = cut(field);
                        } else if ("date".equals(reader.getLocalName())) {
                            date = cut(field);
                        }
                    }
                } else if (OFFICE.equals(reader.getNamespaceURI()) && "annotation".equals(reader.getLocalName())) {
                    depth = 1;
                    author = "";
                    date = "";
                }
            } else if (event == XMLStreamReader.END_ELEMENT && depth > 0 && --depth == 0) {
                comments.add(new WriterComment("", author, "", calendar(date), ""));
            }
        }
        return comments;
    }

    private static String cut(String field) {
        String strip = field.strip();
        return strip.length() > MAX_FIELD_CHARS ? strip.substring(0, MAX_FIELD_CHARS) : strip;
    }

    /** ODF's dc:date has no zone (LibreOffice writes local time, as Word does): read as UTC, written as read. */
    private static Calendar calendar(String date) {
        if (date.isEmpty()) {
            return null;
        }
        try {
            LocalDateTime written = LocalDateTime.parse(date.length() > 19 ? date.substring(0, 19) : date);
            return GregorianCalendar.from(written.atZone(ZoneOffset.UTC));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
