package org.earchive.metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javax.xml.validation.Schema;
import org.earchive.core.AtomicFiles;
import org.xml.sax.SAXException;

/**
 * Puts an XML file in place the way PDFs are: validated against its schema, written under the scratch folder
 * (not beside the target, where a killed run would leave it among the clerk's files; the next run empties the
 * scratch folder), then placed by {@link AtomicFiles}. An XML that does not validate is never written.
 */
final class XmlPlacement {

    private final Path scratchFolder;

    XmlPlacement(Path scratchFolder) {
        this.scratchFolder = scratchFolder;
    }

    /** @throws SAXException when the XML breaks its schema; nothing is written then */
    void place(byte[] xml, Schema schema, Path target) throws IOException, SAXException {
        XmlDocuments.validate(xml, schema);
        Files.createDirectories(scratchFolder);
        Path scratch = scratchFolder.resolve(UUID.randomUUID() + ".xml" + AtomicFiles.PART_SUFFIX);
        try {
            Files.write(scratch, xml, StandardOpenOption.CREATE_NEW);
            AtomicFiles.place(scratch, target);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
