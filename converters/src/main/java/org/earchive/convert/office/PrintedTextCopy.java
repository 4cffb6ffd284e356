package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.earchive.core.SafeXml;

/**
 * The file Tika should read of a Word or OpenDocument text, so that the words it gives are those the document prints,
 * its tracked changes marked as they are shown: the original when nothing needs changing, else a copy in the
 * temporary folder, deleted on close. The Java engine lays out what Tika reads, and LibreOffice's PDF is checked
 * against it. Word's parts are marked by {@link WordChangeMarks}, an OpenDocument's by {@link OdfPrintedText}.
 *
 * @param path    the file to read
 * @param copy    whether it is a copy, deleted on close
 * @param changes the tracked changes found, never accepted or rejected
 */
record PrintedTextCopy(Path path, boolean copy, TrackedChanges changes) implements AutoCloseable {

    /**
     * A file that cannot be read as a zip of well-formed parts is handed back as it is: Tika's reading of it then
     * says what is wrong. The caller has passed the file through the zip-bomb guard.
     */
    static PrintedTextCopy of(Path source, String mime) throws IOException {
        boolean word = WordChangeMarks.isWordDocument(mime);
        if (!word && !OdfPrintedText.isTextDocument(mime)) {
            return new PrintedTextCopy(source, false, TrackedChanges.NONE);
        }
        Path copy = Files.createTempFile("earchive-printed-", word ? ".docx" : ".odt");
        try {
            ChangeTally tally = new ChangeTally();
            boolean shown;
            try (ZipFile zip = new ZipFile(source.toFile());
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
                shown = word ? WordChangeMarks.changesShown(zip) : OdfPrintedText.changesShown(zip);
                for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    out.putNextEntry(copied(entry));
                    try (InputStream in = zip.getInputStream(entry)) {
                        if (word && WordChangeMarks.isPrintedPart(entry.getName())) {
                            WordChangeMarks.mark(in, out, shown, tally);
                        } else if (!word && OdfPrintedText.rewrites(entry.getName())) {
                            OdfPrintedText.rewrite(entry.getName(), in, out, shown, tally);
                        } else {
                            in.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
            if (tally.differs()) {
                return new PrintedTextCopy(copy, true, tally.changes(shown));
            }
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            // read as before: Tika's own reading of the original reports what is wrong with it
        }
        Files.deleteIfExists(copy);
        return new PrintedTextCopy(source, false, TrackedChanges.NONE);
    }

    /** How a view setting, once found, tells that changes are hidden; it may read on, as for the setting's text. */
    @FunctionalInterface
    interface HiddenBy {
        boolean hidden(StartElement setting, XMLEventReader reader) throws XMLStreamException;
    }

    /**
     * Whether the document was saved with its tracked changes shown, as the first element of its settings part ENTRY
     * that is SETTING says (read by HIDDEN); shown when there is no such part or element, as the programs default.
     */
    static boolean changesShown(ZipFile zip, String entry, Predicate<StartElement> setting, HiddenBy hidden)
            throws IOException, XMLStreamException {
        ZipEntry settings = zip.getEntry(entry);
        if (settings == null) {
            return true;
        }
        try (InputStream in = zip.getInputStream(settings)) {
            XMLEventReader reader = SafeXml.eventReader(in);
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isStartElement() && setting.test(event.asStartElement())) {
                    return !hidden.hidden(event.asStartElement(), reader);
                }
            }
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        if (copy) {
            Files.deleteIfExists(path);
        }
    }

    /**
     * An OpenDocument file's "mimetype" entry must stay stored, not compressed (ODF 1.2 part 3, 3.3): detection reads
     * it so.
     */
    private static ZipEntry copied(ZipEntry entry) {
        ZipEntry copy = new ZipEntry(entry.getName());
        if (entry.getMethod() == ZipEntry.STORED) {
            copy.setMethod(ZipEntry.STORED);
            copy.setSize(entry.getSize());
            copy.setCompressedSize(entry.getSize());
            copy.setCrc(entry.getCrc());
        }
        return copy;
    }
}
