package org.earchive.pdfa;

import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/**
 * Takes text nodes without a character out of a document before layout. They draw nothing, but openhtmltopdf's
 * bidirectional text support finds no run for them and stops with a NullPointerException ("prevSplit" is null in
 * its BoxBuilder): a plain text file with two form feeds in a row ("a\f\fb") has an empty page, and failed.
 */
final class EmptyTextNodes {

    private EmptyTextNodes() {
    }

    /** Removes, in place, every text node of {@code html} whose text is "" (white space is text, and stays). */
    static void remove(Document html) {
        Deque<Node> nodes = new ArrayDeque<>();
        if (html.getDocumentElement() != null) {
            nodes.push(html.getDocumentElement());
        }
        // without recursion: the nesting may be hostile
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            Node child = node.getFirstChild();
            while (child != null) {
                Node next = child.getNextSibling();
                if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isEmpty()) {
                    node.removeChild(child);
                } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                    nodes.push(child);
                }
                child = next;
            }
        }
    }
}
