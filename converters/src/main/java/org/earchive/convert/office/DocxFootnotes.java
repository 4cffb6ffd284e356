package org.earchive.convert.office;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A DOCX's footnotes and endnotes as a reader expects them. Tika writes the reference as the text
 * "[footnoteRef:2]" (Word's internal id, glued to the word before it) and the note's text in a {@code div.footnote}
 * right after the paragraph, also inside a table cell: NĐ 30/2020's Phụ lục I put its 50-word note on "Cỡ chữ" into
 * a 1.5 cm column, a word a line over two landscape pages. The reference becomes the note's number as Word shows it
 * (1, 2, ... in the order they are referred to), raised; each note starts with its number, in a smaller type, and a
 * note referred to from a table follows the table.
 */
final class DocxFootnotes {

    private static final Pattern REFERENCE = Pattern.compile("\\[(footnote|endnote)Ref:(\\d+)]");

    private DocxFootnotes() {
    }

    /** @return the CSS the notes need, or "" when the document has none */
    static String place(Document html) {
        List<TextNode> withReferences = new ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && REFERENCE.matcher(text.getWholeText()).find()) {
                withReferences.add(text);
            }
        }, html.body());
        List<Element> notes = new ArrayList<>(html.body().select("div.footnote, div.endnote"));
        if (withReferences.isEmpty() && notes.isEmpty()) {
            return "";
        }
        List<String> numbers = new ArrayList<>();
        int footnotes = 0;
        int endnotes = 0;
        for (TextNode text : withReferences) {
            Matcher reference = REFERENCE.matcher(text.getWholeText());
            List<Node> pieces = new ArrayList<>();
            int from = 0;
            String whole = text.getWholeText();
            while (reference.find()) {
                pieces.add(new TextNode(whole.substring(from, reference.start())));
                String number = Integer.toString(reference.group(1).equals("footnote") ? ++footnotes : ++endnotes);
                numbers.add(number);
                pieces.add(new Element("sup").addClass("note-ref").text(number));
                from = reference.end();
            }
            pieces.add(new TextNode(whole.substring(from)));
            for (Node piece : pieces) {
                if (!(piece instanceof TextNode plain) || !plain.getWholeText().isEmpty()) {
                    text.before(piece);
                }
            }
            text.remove();
        }
        // a note's number only when every reference pairs with one note, in order
        boolean numbered = numbers.size() == notes.size();
        Map<Element, Element> lastAfter = new IdentityHashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            Element note = notes.get(i);
            if (numbered) {
                Element first = note.selectFirst("p:matchesOwn(\\S)");
                (first == null ? note : first).prependChild(new Element("sup").text(numbers.get(i) + " "));
            }
            Element table = outermostTable(note);
            if (table != null) {
                lastAfter.getOrDefault(table, table).after(note); // after the table's earlier notes
                lastAfter.put(table, note);
            }
        }
        return "div.footnote, div.endnote { font-size: 10pt; margin: 2pt 0; }\ndiv.footnote p, div.endnote p { margin: 0; }\n";
    }

    /**
     * The body's words as the words check reads them: a note's number raised after a word is no part of it ("chữ¹" is
     * the word "chữ"), as Tika's "[footnoteRef:2]" mark was none.
     */
    static String textWithoutReferences(Document html) {
        Element body = html.body().clone();
        body.select("sup.note-ref").remove();
        return body.text();
    }

    private static Element outermostTable(Element element) {
        Element table = null;
        for (Element parent : element.parents()) {
            if (parent.tagName().equals("table")) {
                table = parent;
            }
        }
        return table;
    }
}
