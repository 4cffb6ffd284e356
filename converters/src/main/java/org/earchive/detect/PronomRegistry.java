package org.earchive.detect;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * PRONOM identifiers for the formats earchive reads, from the media type plus the version bytes in the
 * file's header where a format's PUID depends on its version (PDF, JFIF, GIF). Source: STANDARDS.md §6
 * and the PRONOM registry.
 */
final class PronomRegistry {

    private record Format(String puid, String name) {
    }

    private static final Map<String, Format> BY_MIME = Map.ofEntries(
            Map.entry("text/plain", new Format("x-fmt/111", "Plain Text File")),
            Map.entry("text/html", new Format("fmt/96", "Hypertext Markup Language")),
            Map.entry("application/xhtml+xml", new Format("fmt/102", "Extensible Hypertext Markup Language")),
            Map.entry("text/csv", new Format("x-fmt/18", "Comma Separated Values")),
            Map.entry("application/xml", new Format("fmt/101", "Extensible Markup Language")),
            Map.entry("image/tiff", new Format("fmt/353", "Tagged Image File Format")),
            Map.entry("image/png", new Format("fmt/13", "Portable Network Graphics 1.2")),
            Map.entry("image/bmp", new Format("fmt/116", "Windows Bitmap 3.0")),
            Map.entry("image/x-ms-bmp", new Format("fmt/116", "Windows Bitmap 3.0")),
            Map.entry("image/jp2", new Format("x-fmt/392", "JP2 (JPEG 2000 part 1)")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    new Format("fmt/412", "Microsoft Word for Windows 2007 onwards")),
            Map.entry("application/msword", new Format("fmt/40", "Microsoft Word Document 97-2003")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    new Format("fmt/214", "Microsoft Excel for Windows 2007 onwards")),
            Map.entry("application/vnd.ms-excel", new Format("fmt/61", "Microsoft Excel 97 Workbook")),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                    new Format("fmt/215", "Microsoft PowerPoint for Windows 2007 onwards")),
            Map.entry("application/vnd.ms-powerpoint", new Format("fmt/126", "Microsoft PowerPoint Presentation 97-2003")),
            Map.entry("application/vnd.oasis.opendocument.text", new Format("fmt/291", "OpenDocument Text 1.2")),
            Map.entry("application/rtf", new Format("fmt/355", "Rich Text Format 1.9")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", new Format("fmt/295", "OpenDocument Spreadsheet 1.2")),
            Map.entry("application/vnd.oasis.opendocument.presentation", new Format("fmt/293", "OpenDocument Presentation 1.2")),
            Map.entry("application/vnd.ms-outlook", new Format("x-fmt/430", "Microsoft Outlook Email Message")),
            Map.entry("application/x-tika-ooxml-protected", new Format("fmt/494", "Microsoft Office Encrypted Document")),
            Map.entry("message/rfc822", new Format("fmt/950", "MIME Email")));

    /** PRONOM gives each PDF/A part and conformance level its own identifier, recognised by the XMP claim. */
    private static final Map<String, String> PDFA_PUIDS = Map.ofEntries(
            Map.entry("PDF/A-1a", "fmt/95"), Map.entry("PDF/A-1b", "fmt/354"),
            Map.entry("PDF/A-2a", "fmt/476"), Map.entry("PDF/A-2b", "fmt/477"), Map.entry("PDF/A-2u", "fmt/478"),
            Map.entry("PDF/A-3a", "fmt/479"), Map.entry("PDF/A-3b", "fmt/480"), Map.entry("PDF/A-3u", "fmt/481"),
            Map.entry("PDF/A-4", "fmt/1910"), Map.entry("PDF/A-4e", "fmt/1911"), Map.entry("PDF/A-4f", "fmt/1912"));

    private static final String[] PDF_PUIDS = {"fmt/14", "fmt/15", "fmt/16", "fmt/17", "fmt/18", "fmt/19", "fmt/20", "fmt/276"};

    private PronomRegistry() {
    }

    static Detection identify(String mime, byte[] header) {
        switch (mime) {
            case "application/pdf":
                return pdf(header);
            case "image/jpeg":
                return jpeg(header);
            case "image/gif":
                boolean is89a = ascii(header, 0, 6).equals("GIF89a");
                return new Detection(mime, is89a ? "fmt/4" : "fmt/3", is89a ? "Graphics Interchange Format 89a" : "Graphics Interchange Format 87a");
            default:
                Format format = BY_MIME.get(mime);
                return format == null ? new Detection(mime, null, mime) : new Detection(mime, format.puid(), format.name());
        }
    }

    /** The format's name as PRONOM gives it, or the media type when earchive's table does not know it. */
    static String nameOf(String mime) {
        Format format = BY_MIME.get(mime);
        return format == null ? mime : format.name();
    }

    /**
     * The identity of a PDF whose XMP claims a PDF/A level (as DROID identifies it: by the claim), or the
     * PDF's own identity when there is no claim PRONOM knows.
     */
    static Detection withPdfaClaim(Detection pdf, String claim) {
        String puid = claim == null ? null : PDFA_PUIDS.get(claim);
        return puid == null ? pdf : new Detection(pdf.mime(), puid, claim + " (" + pdf.formatName() + ")");
    }

    /** "%PDF-1.4" -> fmt/18; the PDF/A claim lives in XMP and is reported by detect, not here. */
    private static Detection pdf(byte[] header) {
        String version = ascii(header, 5, 8);
        if (version.matches("1\\.[0-7]")) {
            int minor = version.charAt(2) - '0';
            return new Detection("application/pdf", PDF_PUIDS[minor], "Portable Document Format " + version);
        }
        if (version.equals("2.0")) {
            return new Detection("application/pdf", "fmt/1129", "Portable Document Format 2.0");
        }
        return new Detection("application/pdf", null, "Portable Document Format");
    }

    /** JFIF version from the APP0 segment (fmt/42-44), Exif (fmt/645), otherwise raw JPEG (fmt/41). */
    private static Detection jpeg(byte[] header) {
        if (ascii(header, 6, 11).equals("JFIF\0") && header.length > 12) {
            int minor = header[12];
            String puid = switch (minor) {
                case 0 -> "fmt/42";
                case 1 -> "fmt/43";
                default -> "fmt/44";
            };
            return new Detection("image/jpeg", puid, "JPEG File Interchange Format 1.0" + minor);
        }
        if (ascii(header, 6, 11).equals("Exif\0")) {
            return new Detection("image/jpeg", "fmt/645", "Exchangeable Image File Format (Compressed)");
        }
        return new Detection("image/jpeg", "fmt/41", "Raw JPEG Stream");
    }

    private static String ascii(byte[] bytes, int from, int to) {
        if (bytes.length < to) {
            return "";
        }
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
