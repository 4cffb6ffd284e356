package org.earchive.detect;

import java.util.Locale;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/**
 * Whether a file's extension agrees with what its content is. A clerk who sees {@code bao-cao.docx} expects a
 * Word document; when the bytes are plain text, a picture or a PDF, earchive still reads the content for what it
 * is, and says so, because the name in the archive's records would otherwise describe a different format.
 */
final class NameCheck {

    /**
     * Types the content is found to be where the name keeps its meaning: the protected (encrypted) form of an
     * Office file is still that Office file, and HTML written as XHTML is still a web page.
     */
    private static final Set<Set<String>> SAME_FOR_A_READER = Set.of(
            Set.of("text/html", "application/xhtml+xml"),
            Set.of("application/xml", "text/xml"));

    private NameCheck() {
    }

    /** @return the sentence to show, or null when the name and content agree or the name promises nothing */
    static String mismatch(String fileName, Detection content) {
        if (content == null || !contradicts(fileName, MediaType.parse(content.mime()))) {
            return null;
        }
        MediaType named = MediaTypes.byName(fileName);
        String extension = fileName.substring(fileName.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        return "The name ends in " + extension + " (" + MediaTypes.describe(named) + ") but the content is "
                + content.formatName() + "; earchive goes by the content.";
    }

    /** Whether the file's extension promises a format other than the content's type {@code found}. */
    static boolean contradicts(String fileName, MediaType found) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1 || found == null) {
            return false;
        }
        MediaType named = MediaTypes.byName(fileName);
        return !(named == null || named.equals(MediaType.OCTET_STREAM) || found.equals(MediaType.OCTET_STREAM)
                || isProtectedOffice(found) || MediaTypes.fits(found.getBaseType(), named.getBaseType())
                || sameForAReader(found.getBaseType().toString(), named.getBaseType().toString()));
    }

    private static boolean isProtectedOffice(MediaType found) {
        String type = found.getBaseType().toString();
        return type.equals("application/x-tika-ooxml-protected") || type.equals("application/x-tika-ole-drm-encrypted");
    }

    private static boolean sameForAReader(String found, String named) {
        return SAME_FOR_A_READER.stream().anyMatch(group -> group.contains(found) && group.contains(named));
    }
}
