package org.earchive.metadata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.parser.html.DefaultHtmlMapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Weighs an office file's first paragraphs as Tika reads them, on the way to its text: Tika marks a Word or Writer
 * run printed bold with {@code <b>}, so each paragraph's pieces between tabs (one column of a header typed with tabs,
 * or a table cell's line) get the weight of their letters ({@link TypeWeights}). An HTML page's weight is often set by
 * style ({@code <div style="font-weight:bold">}), which Tika drops unless told to keep it ({@link #KEEP_STYLES}). The
 * text itself passes on unchanged.
 */
final class BoldRuns extends ContentHandlerDecorator {

    /** The header is within a document's first paragraphs. */
    private static final int PARAGRAPHS = 80;
    private static final Set<String> BOLD = Set.of("b", "strong");
    private static final Set<String> BLOCKS = Set.of("p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr");

    /**
     * Tika's HTML elements as it maps them, with their style attribute kept, which holds an HTML page's weights, and
     * the {@code div} and {@code span} it would drop with their styles (their text is the same either way).
     */
    static final HtmlMapper KEEP_STYLES = new DefaultHtmlMapper() {
        @Override
        public String mapSafeElement(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("div") || lower.equals("span") ? lower : super.mapSafeElement(name);
        }

        @Override
        public String mapSafeAttribute(String elementName, String attributeName) {
            return "style".equalsIgnoreCase(attributeName) ? "style" : super.mapSafeAttribute(elementName, attributeName);
        }
    };
    private static final Pattern FONT_WEIGHT = Pattern.compile("font-weight\\s*:\\s*([a-z0-9]+)");

    private final TypeWeights.Builder weights = new TypeWeights.Builder();
    /** Each open element's own weight by its style: bold, regular, or null when it sets none. */
    private final Deque<Optional<Boolean>> styled = new ArrayDeque<>();
    private final StringBuilder piece = new StringBuilder();
    private int boldDepth;
    private int boldLetters;
    private int letters;
    private int paragraphs;

    BoldRuns(ContentHandler body) {
        super(body);
    }

    TypeWeights weights() {
        endPiece();
        return weights.build();
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if (BOLD.contains(localName)) {
            boldDepth++;
        } else if (BLOCKS.contains(localName)) {
            endParagraph();
        }
        styled.push(Optional.ofNullable(styleWeight(atts.getValue("style"))));
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (BOLD.contains(localName)) {
            boldDepth = Math.max(0, boldDepth - 1);
        } else if (BLOCKS.contains(localName)) {
            endParagraph();
        }
        if (!styled.isEmpty()) {
            styled.pop();
        }
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (paragraphs < PARAGRAPHS) {
            for (int i = start; i < start + length; i++) {
                char c = ch[i];
                if (c == '\t' || c == '\n' || c == '\r') {
                    endPiece();
                    continue;
                }
                piece.append(c);
                if (Character.isLetter(c)) {
                    letters++;
                    boldLetters += bold() ? 1 : 0;
                }
            }
        }
        super.characters(ch, start, length);
    }

    /** Inside {@code <b>}, or an element whose nearest style that sets a weight sets bold. */
    private boolean bold() {
        if (boldDepth > 0) {
            return true;
        }
        for (Optional<Boolean> weight : styled) { // innermost first
            if (weight.isPresent()) {
                return weight.get();
            }
        }
        return false;
    }

    /** "font-weight:bold" or 600 and more: bold; "normal" or under 600: regular; no font-weight: null. */
    static Boolean styleWeight(String style) {
        if (style == null) {
            return null;
        }
        Matcher weight = FONT_WEIGHT.matcher(style.toLowerCase(Locale.ROOT));
        if (!weight.find()) {
            return null;
        }
        String value = weight.group(1);
        if (value.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(value) >= 600;
        }
        return value.equals("bold") || value.equals("bolder");
    }

    private void endParagraph() {
        if (piece.length() > 0 || letters > 0) {
            paragraphs++;
        }
        endPiece();
    }

    private void endPiece() {
        if (letters > 0) {
            weights.add(piece.toString(), boldLetters, letters);
        }
        piece.setLength(0);
        boldLetters = 0;
        letters = 0;
    }
}
