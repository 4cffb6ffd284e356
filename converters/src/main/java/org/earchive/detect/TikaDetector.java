package org.earchive.detect;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.earchive.detect.pronom.PronomIdentifier;
import org.earchive.detect.pronom.PronomMatch;

/**
 * Media type from Tika's default detector (magic bytes, container inspection for OOXML/ODF/OLE, then the file
 * name): it routes the file to its converter. PRONOM identifier and format name from PRONOM's signature files read
 * by DROID's code ({@link PronomIdentifier}), as an archive's own identification tool would give them.
 */
public final class TikaDetector implements Detector {

    /** Building Tika's detector chain loads every parser module's detectors: done once per process. */
    private static final class Holder {
        static final org.apache.tika.detect.Detector TIKA = TikaDefaults.config().getDetector();
    }

    @Override
    public Detection detect(Path file) throws IOException {
        String name = file.getFileName().toString();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType type;
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            type = Holder.TIKA.detect(in, metadata).getBaseType();
        }
        PronomMatch match = PronomIdentifier.shared().identify(file, extensionToGoBy(name, type));
        return PronomRegistry.of(type.toString(), match, MediaTypes.describe(type));
    }

    /**
     * The extension PRONOM's last resort, identification by extension, may go by: the file's own, unless it promises
     * another format than the content is (an 18-byte text named {@code .docx} is not a Word document because of its
     * name; it is identified by the extension of what it holds, {@code .txt}).
     */
    private static String extensionToGoBy(String name, MediaType content) {
        int dot = name.lastIndexOf('.');
        String own = dot <= 0 ? "" : name.substring(dot + 1);
        if (own.isEmpty() || !NameCheck.contradicts(name, content)) {
            return own;
        }
        String usual = MediaTypes.usualExtension(content);
        return usual.startsWith(".") ? usual.substring(1) : usual;
    }
}
