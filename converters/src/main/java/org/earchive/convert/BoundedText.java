package org.earchive.convert;

import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The text of a parsed document's body (Tika's XHTML events), as its words are checked against the PDF: only
 * what a page prints. The head (title, properties) and the names and contents of embedded files are left out;
 * a block element ends a word (two table cells or paragraphs never run together, while a bold letter inside a
 * word stays in it); past a limit the rest is not kept, so a huge file cannot fill memory.
 */
public final class BoundedText extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "td", "th", "tr", "li", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "header", "footer");
    /** Tika's marks where a footnote, endnote or comment is anchored: "[footnoteRef:1]", not the document's text. */
    private static final Pattern NOTE_MARK = Pattern.compile("\\[(?:footnote|endnote|comment)Ref:\\d+\\]");

    private static final Set<String> NOT_PRINTED = Set.of("package-entry", "ocr");

    private final StringBuilder text = new StringBuilder();
    private final int limit;
    private boolean truncated;
    private boolean inBody;
    /**
     * Depth inside an embedded file's entry ({@code <div class="package-entry">}, whose name is not on the page)
     * or inside what Tika's OCR read from a picture ({@code <div class="ocr">}: a picture in the PDF, not text).
     */
    private int embeddedDepth;

    public BoundedText(int limit) {
        this.limit = limit;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        append(ch, start, length);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (localName.equals("body")) {
            inBody = true;
        }
        if (embeddedDepth > 0) {
            embeddedDepth++;
        } else if (localName.equals("div") && NOT_PRINTED.contains(String.valueOf(attributes.getValue("class")))) {
            embeddedDepth = 1;
        }
        endsWord(localName);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (embeddedDepth > 0) {
            embeddedDepth--;
        }
        endsWord(localName);
        if (localName.equals("body")) {
            inBody = false;
        }
    }

    private void endsWord(String element) {
        if (BLOCKS.contains(element)) {
            append(new char[] {'\n'}, 0, 1);
        }
    }

    private void append(char[] ch, int start, int length) {
        if (!inBody || embeddedDepth > 0) {
            return;
        }
        if (text.length() + length > limit) {
            truncated = true;
            return;
        }
        text.append(ch, start, length);
    }

    /** True when the document had more text than the limit: its words cannot all be checked. */
    public boolean truncated() {
        return truncated;
    }

    @Override
    public String toString() {
        return NOTE_MARK.matcher(text).replaceAll("");
    }
}
