package org.earchive.convert.office;

import org.xml.sax.Attributes;

/**
 * Where a SAX reading of Tika's XHTML stands against one kind of element, named by its tag and class (a slide's
 * notes, {@code <div class="slide-notes">}; a comment, {@code <p class="slide-comment">}): inside it or not, the
 * tags nested in it counted so that its own end is known.
 */
final class ClassedElement {

    private final String tag;
    private final String className;
    private int depth;

    ClassedElement(String tag, String className) {
        this.tag = tag;
        this.className = className;
    }

    /** Given every start tag; true when this one opens such an element. */
    boolean start(String localName, Attributes attributes) {
        if (depth > 0) {
            depth++;
            return false;
        }
        if (localName.equals(tag) && className.equals(attributes.getValue("class"))) {
            depth = 1;
            return true;
        }
        return false;
    }

    /** Given every end tag; true when this one closes such an element. */
    boolean end() {
        return depth > 0 && --depth == 0;
    }

    boolean inside() {
        return depth > 0;
    }
}
