package org.earchive.detect;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What Tika's media-type registry knows about how types relate: which types are plain text underneath, and what a
 * file name alone promises. Loaded once per process with Tika's default configuration.
 */
public final class MediaTypes {

    private static final MimeTypes REPOSITORY = TikaDefaults.config().getMimeRepository();
    private static final MediaTypeRegistry REGISTRY = REPOSITORY.getMediaTypeRegistry();

    private MediaTypes() {
    }

    /**
     * Text that earchive reads as plain text: {@code text/plain} itself, and the text types Tika derives from it
     * (logs, CSV, source code, INI files...) except HTML, which has a reader of its own.
     */
    public static boolean isPlainText(String mime) {
        if (mime.equals("text/plain")) {
            return true;
        }
        if (!mime.startsWith("text/") || mime.equals("text/html")) {
            return false;
        }
        return REGISTRY.isSpecializationOf(MediaType.parse(mime), MediaType.TEXT_PLAIN);
    }

    /** The media type a file's name alone suggests; {@code application/octet-stream} when the name says nothing. */
    static MediaType byName(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return REPOSITORY.detect((InputStream) null, metadata);
        } catch (IOException impossibleWithoutStream) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** Whether content of type {@code content} is what a name promising {@code named} leads a reader to expect. */
    static boolean fits(MediaType content, MediaType named) {
        return content.equals(named) || REGISTRY.isSpecializationOf(content, named)
                || REGISTRY.isSpecializationOf(named, content);
    }

    /** Tika's description of a type ("Microsoft Word 2007 Document"), or the type itself. */
    static String describe(MediaType type) {
        try {
            MimeType known = REPOSITORY.forName(type.toString());
            String description = known.getDescription();
            return description == null || description.isBlank() ? type.toString() : description;
        } catch (MimeTypeException unknown) {
            return type.toString();
        }
    }

    /** The extension files of this type usually have, with its dot (".txt"), or "" when Tika knows none. */
    static String usualExtension(MediaType type) {
        try {
            return REPOSITORY.forName(type.toString()).getExtension();
        } catch (MimeTypeException unknown) {
            return "";
        }
    }
}
