package org.earchive.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.earchive.formats.ZipBombGuard;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Tika's reading of the files inside a file (an e-mail's attachments, a document's embedded objects), each ZIP
 * among them first through {@link ZipBombGuard}: the guard checks a file earchive is given, but a zip bomb
 * attached to an e-mail would otherwise reach POI when the message's text is read for its description, and take
 * the heap. A refused one is left out of the text (it is converted, and refused, as an attachment of its own).
 */
final class GuardedEmbeddedParsing extends ParsingEmbeddedDocumentExtractor {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    GuardedEmbeddedParsing(ParseContext context) {
        super(context);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        try (TemporaryResources scratch = new TemporaryResources()) {
            TikaInputStream embedded = TikaInputStream.get(stream, scratch, metadata);
            byte[] head = new byte[4];
            embedded.mark(4);
            int read = embedded.readNBytes(head, 0, 4);
            embedded.reset();
            if (read == 4 && java.util.Arrays.equals(head, ZIP)) {
                Path file = embedded.getPath(); // spooled to a scratch file, not memory
                if (ZipBombGuard.check(file, ZipBombGuard.Limits.IN_MEMORY_DOCUMENT) != null) {
                    return;
                }
            }
            super.parseEmbedded(embedded, handler, metadata, outputHtml);
        }
    }
}
