package org.earchive.formats.vietnamese;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Which documents can hold text in legacy fonts (word processing, e-mail, Excel workbooks), and what a document
 * holds: for {@code detect}, which only says so (the copy made to find out is deleted).
 */
public final class LegacyOfficeText {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC = "application/msword";
    public static final String RTF = "application/rtf";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    public static final String MAIL = "message/rfc822";
    public static final String MBOX = "application/mbox";
    public static final String XLS = "application/vnd.ms-excel";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private LegacyOfficeText() {
    }

    public static boolean handles(String mime) {
        return DOCX.equals(mime) || DOC.equals(mime) || RTF.equals(mime) || ODT.equals(mime) || MAIL.equals(mime)
                || MBOX.equals(mime) || XLS.equals(mime) || XLSX.equals(mime);
    }

    /** The legacy-font runs of a DOCX, DOC, RTF or ODT (or text parts of an e-mail), or null when it has none. */
    public static LegacyRuns find(Path document, String mime) throws IOException {
        return find(document, mime, null);
    }

    /** @param forced the code a person named for text with no font to go by (e-mail bodies), or null */
    public static LegacyRuns find(Path document, String mime, LegacyEncoding forced) throws IOException {
        if (DOC.equals(mime)) {
            LegacyDoc words = LegacyDoc.read(document);
            return words == null ? null : words.runs();
        }
        if (!handles(mime)) {
            return null;
        }
        Path folder = Files.createTempDirectory("earchive-legacy");
        try {
            Path copy = folder.resolve("copy");
            return copy(document, mime, copy, forced);
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** Writes the Unicode copy of a DOCX, RTF or ODT; null (nothing written) when it has no legacy-font text. */
    public static LegacyRuns copy(Path document, String mime, Path copy) throws IOException {
        return copy(document, mime, copy, null);
    }

    /** The same, and an e-mail's text bodies in the code {@code forced} names (null: judged on their characters). */
    public static LegacyRuns copy(Path document, String mime, Path copy, LegacyEncoding forced) throws IOException {
        return switch (mime) {
            case MAIL, MBOX -> LegacyMail.convert(document, copy, forced);
            case XLS, XLSX -> LegacyWorkbook.convert(document, copy);
            case DOCX -> new LegacyDocx().convert(document, copy);
            case RTF -> LegacyRtf.convert(document, copy);
            case ODT -> LegacyOdt.convert(document, copy);
            default -> null;
        };
    }
}
