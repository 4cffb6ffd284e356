package org.earchive.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds a document type declaration in any XML part of an office container (OOXML, ODF), before any parser
 * or LibreOffice reads it. A DOCTYPE is how a hostile file declares entities that read other files on the
 * computer (XXE, {@code <!ENTITY x SYSTEM "file:///etc/passwd">}) or expand a few bytes into gigabytes
 * ("billion laughs"). Office and ODF files never need one. POI refuses them in OOXML; LibreOffice and Tika's
 * ODF reader do not, so earchive refuses them itself, in every container, the same way.
 * <p>
 * Only the prolog is read: a DOCTYPE must come before the root element, so reading stops there (and after
 * {@link #PROLOG_BYTES} at most, which no honest prolog approaches).
 */
public final class XmlPartsCheck {

    static final int PROLOG_BYTES = 64 * 1024;

    private XmlPartsCheck() {
    }

    /** @return the name of the first part that declares a DOCTYPE, or null when none does */
    public static String partWithDoctype(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && isXml(entry.getName()) && declaresDoctype(file, entry)) {
                    return entry.getName();
                }
            }
        }
        return null;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || lower.endsWith(".rdf") || lower.endsWith(".vml");
    }

    private static boolean declaresDoctype(ZipFile zip, ZipEntry entry) throws IOException {
        byte[] head;
        try (InputStream in = zip.getInputStream(entry)) {
            head = in.readNBytes(PROLOG_BYTES);
        }
        String prolog = decode(head);
        int at = 0;
        while ((at = prolog.indexOf('<', at)) >= 0 && at + 1 < prolog.length()) {
            char next = prolog.charAt(at + 1);
            if (prolog.startsWith("<!DOCTYPE", at) || prolog.startsWith("<!ENTITY", at)) {
                return true;
            }
            if (next != '?' && next != '!') {
                return false; // the root element: no DOCTYPE may follow
            }
            at++;
        }
        return false;
    }

    /** UTF-16 when a byte-order mark says so; otherwise any ASCII-compatible reading finds the markup. */
    private static String decode(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new String(head, StandardCharsets.UTF_16BE);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new String(head, StandardCharsets.UTF_16LE);
        }
        return new String(head, StandardCharsets.ISO_8859_1);
    }
}
