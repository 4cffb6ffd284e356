package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.earchive.core.SafeXml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A DOCX's explicit page breaks (Ctrl+Enter, "page break before"), which Tika's XHTML does not keep: it writes a
 * page break as the same newline as a line break. They are read from {@code word/document.xml} as the text
 * each new page starts with, and found again, in order, among the body's blocks: the block that starts a page
 * gets {@code page-break-before}; a paragraph broken in its middle is split there. A break whose text cannot be
 * found (a table, a text box) is left out rather than put in the wrong place. Word's own automatic page breaks
 * are the renderer's to make.
 */
final class PageBreaks {

    /** How much of a paragraph's text identifies it among the blocks. */
    private static final int KEY_CHARS = 60;
    private static final long MAX_DOCUMENT_CHARS = 20L * 1024 * 1024;

    /**
     * Where a new page starts.
     *
     * @param key          the start of the text of the paragraph it starts in (whitespace collapsed)
     * @param newlinesBefore how many of that paragraph's newlines come before the break (-1: it starts the paragraph)
     */
    record Break(String key, int newlinesBefore) {
    }

    private PageBreaks() {
    }

    /** @return the CSS the breaks need, or "" when the document has none */
    static String keep(Document html, Path docx) {
        List<Break> breaks = read(docx);
        if (breaks.isEmpty()) {
            return "";
        }
        List<Element> blocks = new ArrayList<>(html.body().children());
        int cursor = 0;
        for (Break pageBreak : breaks) {
            for (int i = cursor; i < blocks.size(); i++) {
                Element block = blocks.get(i);
                if (!key(block.wholeText()).startsWith(pageBreak.key())) {
                    continue;
                }
                if (pageBreak.newlinesBefore() < 0 || !splitAfterNewline(block, pageBreak.newlinesBefore())) {
                    block.addClass("page-break-before");
                }
                cursor = i + 1;
                break;
            }
        }
        return ".page-break-before { page-break-before: always; }\n";
    }

    /** The block's part after its n-th newline (0-based) becomes a block of its own that starts a page. */
    private static boolean splitAfterNewline(Element block, int newline) {
        int seen = 0;
        for (Node child : block.childNodes()) {
            if (!(child instanceof TextNode text)) {
                seen += count(child instanceof Element e ? e.wholeText() : "");
                continue;
            }
            String value = text.getWholeText();
            for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
                if (seen++ == newline) {
                    Element rest = block.shallowClone().addClass("page-break-before");
                    block.after(rest);
                    TextNode after = text.splitText(at + 1);
                    List<Node> moving = new ArrayList<>();
                    for (Node sibling = after; sibling != null; sibling = sibling.nextSibling()) {
                        moving.add(sibling);
                    }
                    moving.forEach(rest::appendChild);
                    rest.removeAttr("id");
                    return true;
                }
            }
        }
        return false; // the newline is inside formatting: the break goes before the paragraph
    }

    private static int count(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static String key(String text) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        return collapsed.length() <= KEY_CHARS ? collapsed : collapsed.substring(0, KEY_CHARS);
    }

    /** The page breaks of the body's own paragraphs (not those in tables or text boxes), in order. */
    static List<Break> read(Path docx) {
        List<Break> breaks = new ArrayList<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            ZipEntry document = zip.getEntry("word/document.xml");
            if (document == null) {
                return breaks;
            }
            try (InputStream in = zip.getInputStream(document)) {
                new Reader(breaks).read(in);
            }
        } catch (IOException | XMLStreamException | RuntimeException unreadable) {
            return List.of(); // not a plain zip (decrypted from a password), or odd XML: no explicit breaks
        }
        return breaks;
    }

    /** Streams document.xml paragraph by paragraph. */
    private static final class Reader {
        private final List<Break> breaks;
        private int nested; // depth inside tables and text boxes, whose paragraphs are not the body's
        private StringBuilder paragraph;
        private boolean breakBefore;
        private int breakAtNewline = Integer.MIN_VALUE; // newlines before a page break inside this paragraph
        private boolean pendingForNext; // a break with nothing after it in its paragraph: the next one starts the page
        private boolean inText;
        private long chars;

        Reader(List<Break> breaks) {
            this.breaks = breaks;
        }

        void read(InputStream in) throws XMLStreamException {
            XMLStreamReader reader = SafeXml.streamReader(in);
            while (reader.hasNext() && chars < MAX_DOCUMENT_CHARS) {
                int event = reader.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    start(reader);
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    end(reader.getLocalName());
                } else if (event == XMLStreamReader.CHARACTERS && inText && paragraph != null) {
                    chars += reader.getTextLength();
                    paragraph.append(reader.getText());
                }
            }
        }

        private void start(XMLStreamReader reader) {
            String name = reader.getLocalName();
            if (name.equals("tbl") || name.equals("txbxContent")) {
                nested++;
            }
            if (nested > 0) {
                return;
            }
            switch (name) {
                case "p" -> {
                    paragraph = new StringBuilder();
                    breakBefore = false;
                    breakAtNewline = Integer.MIN_VALUE;
                }
                case "pageBreakBefore" -> {
                    String value = attribute(reader, "val");
                    breakBefore = value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
                }
                case "t" -> inText = true;
                case "tab" -> append("\t");
                case "cr" -> append("\n");
                case "br" -> {
                    if ("page".equals(attribute(reader, "type")) && paragraph != null) {
                        if (breakAtNewline == Integer.MIN_VALUE) {
                            breakAtNewline = count(paragraph.toString());
                        }
                    }
                    append("\n"); // Tika writes every break as a newline
                }
                default -> { }
            }
        }

        private void end(String name) {
            if (name.equals("tbl") || name.equals("txbxContent")) {
                nested--;
                return;
            }
            if (nested > 0) {
                return;
            }
            if (name.equals("t")) {
                inText = false;
            } else if (name.equals("p") && paragraph != null) {
                finishParagraph(paragraph.toString());
                paragraph = null;
            }
        }

        private void finishParagraph(String text) {
            String key = key(text);
            if (key.isEmpty()) {
                // an empty paragraph (often one that holds nothing but the break): the page starts further on
                pendingForNext |= breakBefore || breakAtNewline != Integer.MIN_VALUE;
                return;
            }
            if (pendingForNext || breakBefore) {
                breaks.add(new Break(key, -1));
            }
            pendingForNext = false;
            if (breakAtNewline != Integer.MIN_VALUE) {
                String before = firstLines(text, breakAtNewline);
                String after = text.substring(Math.min(text.length(), before.length() + 1));
                if (before.isBlank()) {
                    if (!breaks.isEmpty() && breaks.get(breaks.size() - 1).key().equals(key)
                            && breaks.get(breaks.size() - 1).newlinesBefore() < 0) {
                        return; // already starts a page
                    }
                    breaks.add(new Break(key, -1));
                } else if (after.isBlank()) {
                    pendingForNext = true;
                } else {
                    breaks.add(new Break(key, breakAtNewline));
                }
            }
        }

        private void append(String text) {
            if (paragraph != null) {
                paragraph.append(text);
            }
        }

        private static String firstLines(String text, int newlines) {
            int at = -1;
            for (int i = 0; i <= newlines; i++) {
                at = text.indexOf('\n', at + 1);
                if (at < 0) {
                    return text;
                }
            }
            return text.substring(0, at);
        }

        private static String attribute(XMLStreamReader reader, String localName) {
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                if (localName.equals(reader.getAttributeLocalName(i))) {
                    return reader.getAttributeValue(i);
                }
            }
            return null;
        }
    }
}
