package org.earchive.metadata;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javax.xml.validation.Schema;
import org.xml.sax.SAXException;

/**
 * Puts an XML file in place the way PDFs are: written under the scratch folder, validated against its
 * schema, synced, then renamed over the target in one step. An XML that does not validate is never written.
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
        Path scratch = scratchFolder.resolve(UUID.randomUUID() + ".xml.part");
        try {
            try (FileChannel channel = FileChannel.open(scratch, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(xml));
                channel.force(true);
            }
            Files.createDirectories(target.getParent());
            Files.move(scratch, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
