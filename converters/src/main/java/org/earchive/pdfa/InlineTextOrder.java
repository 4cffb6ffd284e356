package org.earchive.pdfa;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Makes openhtmltopdf draw a line's text in reading order. It paints the text an element holds directly before
 * the inline elements inside it, so in {@code <p>của tỉnh <b>Quyết định</b> Hà Giang</p>} the PDF draws "của
 * tỉnh", "Hà Giang", then "Quyết định". Readers that take text in the order it is drawn (PDFBox as Tika uses it,
 * so most full-text indexes, and copy and paste) then get the bold words after the rest of the line, glued to
 * its last word at a line's end ("Giangquyết"). Before layout, each piece of text that shares its element with
 * inline elements is put in a {@code <span>} of its own: a span changes nothing in the layout, and the line's
 * pieces are then all inline boxes, painted one after the other as they stand. Elements with text alone (line breaks
 * aside), or elements alone, are left as they are.
 */
final class InlineTextOrder {

    /** Elements whose text is not laid out as text. */
    private static final List<String> NOT_LAID_OUT = List.of("style", "script", "head", "title", "svg", "math");
    private static final List<String> PAINTS_NOTHING = List.of("br", "wbr");

    private InlineTextOrder() {
    }

    /** Puts, in place, the text that sits beside elements into spans. */
    static void apply(Document html) {
        if (html.getDocumentElement() != null) {
            visit(html.getDocumentElement());
        }
    }

    private static void visit(Element element) {
        String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        if (NOT_LAID_OUT.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        List<Text> texts = new ArrayList<>();
        boolean elements = false;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element inner) {
                // a line break draws nothing, so it cannot be drawn out of order
                String innerName = inner.getLocalName() == null ? inner.getTagName() : inner.getLocalName();
                elements |= !PAINTS_NOTHING.contains(innerName.toLowerCase(Locale.ROOT));
                visit(inner);
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
                texts.add((Text) child);
            }
        }
        if (!elements) {
            return;
        }
        for (Text text : texts) {
            // the span in the element's own namespace, as the rest of the document (XHTML or none)
            Element span = element.getOwnerDocument().createElementNS(element.getNamespaceURI(), "span");
            element.replaceChild(span, text);
            span.appendChild(text);
        }
    }
}
