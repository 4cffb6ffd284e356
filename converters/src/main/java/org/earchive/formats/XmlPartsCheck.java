package org.earchive.formats;

import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Finds a hostile document type declaration in any XML part of an office container (OOXML, ODF), before any
 * parser or LibreOffice reads it. A DOCTYPE is how a hostile file declares entities that read other files on
 * the computer (XXE, {@code <!ENTITY x SYSTEM "file:///etc/passwd">}) or expand a few bytes into gigabytes
 * ("billion laughs"), or points its DTD at an address to fetch. POI refuses every DOCTYPE in OOXML; LibreOffice
 * and Tika's ODF reader do not, so earchive refuses, in every container the same way, a DOCTYPE with an
 * internal subset (the only place entities can be declared) or with a system identifier that is a URL or an
 * absolute path. OpenOffice 3 wrote its formula objects with a harmless one,
 * {@code <!DOCTYPE math:math PUBLIC "-//OpenOffice.org//DTD Modified W3C MathML 1.01//EN" "math.dtd">}, which
 * passes.
 * <p>
 * Only the prolog is read: a DOCTYPE must come before the root element, so reading stops there (and after
 * {@link #PROLOG_BYTES} at most, which no honest prolog approaches).
 */
public final class XmlPartsCheck {

    static final int PROLOG_BYTES = 64 * 1024;

    private XmlPartsCheck() {
    }

    /** @return the name of the first part whose DOCTYPE declares entities or reaches outside, or null */
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

    /**
     * Deepest element nesting a real office document reaches is tens (tables in tables in text boxes); POI walks
     * its XML recursively and, as readers that recurse once per level do, runs out of stack a few thousand deep.
     */
    public static final int MAX_DEPTH = 1_000;

    /**
     * The first XML part whose elements nest deeper than {@link #MAX_DEPTH}, with its depth ("word/document.xml
     * 1001"), or null. Read with a streaming SAX parser that keeps no tree and loads no external DTD, after
     * {@link ZipBombGuard} has bounded what the parts inflate to. A part that is not well-formed (an encrypted ODT's
     * parts are not XML at all) is left to the readers to report, silently: SAX hands its error to the handler here,
     * where the JDK's StAX reader printed "[Fatal Error] ..." on the console whatever it was given.
     */
    public static String partNestedTooDeep(Path zip) throws IOException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a standard feature", e);
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !isXml(entry.getName())) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    factory.newSAXParser().parse(in, new DepthCounter());
                } catch (TooDeep deep) {
                    return entry.getName() + " " + deep.depth;
                } catch (SAXException | ParserConfigurationException notWellFormed) {
                    // the document's readers say what is wrong with it
                }
            }
        }
        return null;
    }

    /** Counts open elements; stops the parse at the first one past {@link #MAX_DEPTH}. */
    private static final class DepthCounter extends DefaultHandler {
        private int depth;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws TooDeep {
            if (++depth > MAX_DEPTH) {
                throw new TooDeep(depth);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
        }
    }

    private static final class TooDeep extends SAXException {
        private static final long serialVersionUID = 1L;
        final int depth;

        TooDeep(int depth) {
            super("elements nested " + depth + " deep");
            this.depth = depth;
        }
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
            if (prolog.startsWith("<!ENTITY", at)) {
                return true;
            }
            if (prolog.startsWith("<!DOCTYPE", at)) {
                return isHostile(prolog.substring(at + "<!DOCTYPE".length()));
            }
            char next = prolog.charAt(at + 1);
            if (next != '?' && next != '!') {
                return false; // the root element: no DOCTYPE may follow
            }
            at++;
        }
        return false;
    }

    /** @param declaration what follows "<!DOCTYPE": name, external identifier, internal subset */
    private static boolean isHostile(String declaration) {
        List<String> quoted = new ArrayList<>();
        int i = 0;
        while (i < declaration.length()) {
            char c = declaration.charAt(i);
            if (c == '>') {
                break;
            }
            if (c == '[') {
                return true; // an internal subset: entities
            }
            if (c == '"' || c == '\'') {
                int end = declaration.indexOf(c, i + 1);
                if (end < 0) {
                    return true; // unterminated: not something to hand a parser
                }
                quoted.add(declaration.substring(i + 1, end));
                i = end + 1;
                continue;
            }
            i++;
        }
        if (quoted.isEmpty()) {
            return false;
        }
        boolean isPublic = declaration.stripLeading().replaceFirst("^\\S+\\s+", "").startsWith("PUBLIC");
        String systemId = isPublic ? (quoted.size() > 1 ? quoted.get(1) : null) : quoted.get(0);
        return systemId != null && (systemId.contains(":") || systemId.startsWith("/") || systemId.startsWith("\\")
                || systemId.contains(".."));
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
