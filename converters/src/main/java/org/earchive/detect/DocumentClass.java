package org.earchive.detect;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a page, or a whole document, came to be: this decides whether it needs OCR and which PDF/A level
 * (2u for text, 2b for page images) it can honestly reach.
 */
public enum DocumentClass {
    /** Made on a computer: its text is real text. */
    BORN_DIGITAL,
    /** A picture of paper, with no usable text: needs OCR to be searchable. */
    SCANNED,
    /** A picture of paper with an invisible text layer on top: OCR'd before. */
    HYBRID,
    /** A document whose pages are of different classes (never a page's class). */
    MIXED,
    /** Nothing on it: no text, no image, no drawing that shows. */
    EMPTY;

    /** The lower-case, hyphenated form scripts see: "born-digital". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * A document's class from its pages' classes. Blank pages do not make a document mixed (the empty back
     * of a scanned sheet is still part of a scan); a document of nothing but blank pages is empty.
     */
    public static DocumentClass ofPages(Collection<DocumentClass> pages) {
        Set<DocumentClass> kinds = EnumSet.noneOf(DocumentClass.class);
        for (DocumentClass page : pages) {
            if (page != EMPTY) {
                kinds.add(page);
            }
        }
        if (kinds.isEmpty()) {
            return EMPTY;
        }
        return kinds.size() == 1 ? kinds.iterator().next() : MIXED;
    }
}
