package org.earchive.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Strict Office Open XML (ISO/IEC 29500 Strict, what Excel, Word and PowerPoint write when "Strict Open XML" is
 * chosen under Save As) differs from the ordinary, Transitional kind first of all in its namespaces:
 * {@code http://purl.oclc.org/ooxml/spreadsheetml/main} where Transitional has
 * {@code http://schemas.openxmlformats.org/spreadsheetml/2006/main}, and the same for relationship types. POI,
 * and so Tika, refuse Strict files outright (POI bug 57699), though the parts mean the same; LibreOffice reads
 * them. A Transitional copy, every part's namespaces and relationship types renamed and nothing else touched, is
 * what earchive's parsers read; LibreOffice still lays out the original.
 */
public final class StrictOoxml {

    private static final String STRICT = "http://purl.oclc.org/ooxml/";
    /**
     * A Strict namespace or relationship type as an attribute's whole value (a namespace declaration, a
     * relationship's Type; never the document's own text): area ("spreadsheetml", "officeDocument", "drawingml"),
     * name ("main", "relationships", "chart"), and for a relationship type its kind ("worksheet").
     */
    private static final Pattern STRICT_NAME = Pattern.compile(
            "(?<=[\"'])http://purl\\.oclc\\.org/ooxml/([A-Za-z]+)/([A-Za-z]+)(/[A-Za-z]+)?(?=[\"'])");
    /** The longest text a Strict name can take, so that a name cut between two reads is never renamed half. */
    private static final int LONGEST_NAME = 160;
    private static final int CHUNK = 64 * 1024;

    private StrictOoxml() {
    }

    /** Whether FILE is a zip whose main part is related by Strict's relationship type. */
    public static boolean isStrict(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry rels = zip.getEntry("_rels/.rels");
            if (rels == null || rels.getSize() > CHUNK) {
                return false;
            }
            try (InputStream in = zip.getInputStream(rels)) {
                String text = new String(in.readNBytes(CHUNK), StandardCharsets.ISO_8859_1);
                return text.contains(STRICT + "officeDocument/relationships/officeDocument");
            }
        } catch (IOException | RuntimeException notAZip) {
            return false;
        }
    }

    /**
     * The file a parser should read: FILE itself, or for a Strict document a Transitional copy in the temporary
     * folder, deleted on close. The file has passed the zip-bomb guard before it gets here.
     */
    public static Readable readable(Path file) throws IOException {
        if (!isStrict(file)) {
            return new Readable(file, false);
        }
        Path copy = Files.createTempFile("earchive-transitional-", nameEnding(file));
        try {
            writeTransitional(file, copy);
            return new Readable(copy, true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    /** As {@link #readable(Path)} for a file detected as MIME: only Office Open XML types are looked into. */
    public static Readable readable(Path file, String mime) throws IOException {
        return isOoxmlType(mime) ? readable(file) : new Readable(file, false);
    }

    /** The media types of Office Open XML documents, the macro-enabled ones included. */
    public static boolean isOoxmlType(String mime) {
        return mime.startsWith("application/vnd.openxmlformats-officedocument.")
                || mime.startsWith("application/vnd.ms-word.") || mime.startsWith("application/vnd.ms-excel.")
                || mime.startsWith("application/vnd.ms-powerpoint.");
    }

    /** The file to read, deleted on close when it is a copy. */
    public record Readable(Path path, boolean copy) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (copy) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Writes TARGET as STRICT with every part's Strict names renamed to their Transitional twins. */
    public static void writeTransitional(Path strict, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(strict.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = zip.getInputStream(entry)) {
                    if (isXml(entry.getName())) {
                        renameStreaming(in, out);
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    /** The Transitional twin of one Strict namespace or relationship type; anything else as it is. */
    public static String transitionalName(String name) {
        Matcher matcher = STRICT_NAME.matcher('"' + name + '"');
        return matcher.find() && matcher.start() == 1 && matcher.end() == name.length() + 1 ? transitional(matcher) : name;
    }

    private static String transitional(Matcher strict) {
        String area = strict.group(1);
        String name = propertiesName(strict.group(2));
        String kind = strict.group(3) == null ? "" : "/" + propertiesName(strict.group(3).substring(1));
        return "http://schemas.openxmlformats.org/" + area + "/2006/" + name + kind;
    }

    /** The two names Transitional spells with a hyphen: the extended (app.xml) and custom properties. */
    private static String propertiesName(String strictName) {
        return switch (strictName) {
            case "extendedProperties" -> "extended-properties";
            case "customProperties" -> "custom-properties";
            default -> strictName;
        };
    }

    /**
     * Renames in a stream of XML read in chunks: the names are ASCII, so the bytes are handled as ISO-8859-1
     * characters (any UTF-8 text passes through unchanged). The last characters of each chunk wait for the next,
     * so that no name is cut in two, and the last one written stays in front as context (the quote a name
     * follows).
     */
    private static void renameStreaming(InputStream in, OutputStream out) throws IOException {
        StringBuilder pending = new StringBuilder();
        int from = 0;
        byte[] buffer = new byte[CHUNK];
        for (int read; (read = in.read(buffer)) != -1; ) {
            pending.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
            int end = renameUpTo(pending, from, Math.max(from, pending.length() - LONGEST_NAME), out);
            if (end > 0) {
                pending.delete(0, end - 1);
                from = 1;
            }
        }
        renameUpTo(pending, from, pending.length(), out);
    }

    /**
     * Writes PENDING's text from FROM up to LIMIT (further if a name starting before LIMIT ends after it),
     * renamed; returns where it stopped.
     */
    private static int renameUpTo(StringBuilder pending, int from, int limit, OutputStream out) throws IOException {
        Matcher matcher = STRICT_NAME.matcher(pending).useTransparentBounds(true).region(from, pending.length());
        StringBuilder renamed = new StringBuilder();
        int written = from;
        while (matcher.find() && matcher.start() < limit) {
            renamed.append(pending, written, matcher.start()).append(transitional(matcher));
            written = matcher.end();
        }
        int end = Math.max(limit, written);
        renamed.append(pending, written, end);
        out.write(renamed.toString().getBytes(StandardCharsets.ISO_8859_1));
        return end;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".vml");
    }

    private static String nameEnding(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ".zip" : name.substring(dot);
    }
}
