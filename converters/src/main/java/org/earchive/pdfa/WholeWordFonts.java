package org.earchive.pdfa;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Gives a run of text with a word not every bundled font can draw one font that draws all of it. openhtmltopdf
 * picks a font per character: where the element's font lacks a letter, that letter alone is drawn in the next
 * font that has it, in the middle of its word, and the word no longer comes out of the PDF whole (nor looks
 * like one word). Before layout, such a run gets as its first font the first bundled family with every letter
 * of those words, so the renderer has no reason to change fonts inside a word. Runs whose words every bundled
 * family covers (all of Vietnamese, Latin, Greek, Cyrillic) are left as they are: most documents are not
 * touched. Words no bundled font covers whole are left too: their missing letters are reported by the
 * fidelity check.
 */
final class WholeWordFonts {

    /** Letters with their combining marks, and digits: what a search reads as a word. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** Elements whose text is not laid out as text. */
    private static final List<String> NOT_LAID_OUT = List.of("style", "script", "head", "title", "svg", "math");

    private WholeWordFonts() {
    }

    /** Wraps, in place, each word of {@code html} that only some bundled families can draw whole. */
    static void apply(Document html) {
        if (html.getDocumentElement() != null) {
            visit(html.getDocumentElement());
        }
    }

    private static void visit(Node node) {
        if (node instanceof Element element && NOT_LAID_OUT.contains(element.getLocalName() == null
                ? element.getTagName().toLowerCase(java.util.Locale.ROOT) : element.getLocalName())) {
            return;
        }
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Text text && child.getNodeType() == Node.TEXT_NODE) {
                wrapWords(text);
            } else {
                visit(child);
            }
            child = next;
        }
    }

    /**
     * The whole text run, not only its word, gets the covering font: openhtmltopdf paints a line's own text
     * before the inline boxes inside it, so a span around one word would be drawn after the rest of its line
     * and come out of the PDF's text in the wrong place (and glued to the line's last word).
     */
    private static void wrapWords(Text text) {
        // Arabic is drawn in its joined forms: the font must have those
        String value = ArabicForms.asDrawn(text.getData());
        if (BundledFonts.everyFamilyCovers(value)) {
            return; // the usual case, decided without looking at words
        }
        StringBuilder uncommon = new StringBuilder();
        Matcher word = WORD.matcher(value);
        while (word.find()) {
            if (!BundledFonts.everyFamilyCovers(word.group())) {
                uncommon.append(word.group());
            }
        }
        if (uncommon.isEmpty()) {
            return; // only signs between words: no word to keep in one font
        }
        // the first family with every letter of those words; none when no bundled family has them all
        String family = BundledFonts.firstFamilyCovering(uncommon);
        if (family == null) {
            return;
        }
        Node parent = text.getParentNode();
        String style = "font-family: '" + family + "'";
        if (parent instanceof Element element && parent.getChildNodes().getLength() == 1
                && !NOT_LAID_OUT.contains(element.getTagName().toLowerCase(java.util.Locale.ROOT))) {
            String own = element.getAttribute("style");
            element.setAttribute("style", own.isBlank() ? style : own + "; " + style);
            return;
        }
        Element span = text.getOwnerDocument().createElement("span");
        span.setAttribute("style", style);
        parent.replaceChild(span, text);
        span.appendChild(text);
    }
}
