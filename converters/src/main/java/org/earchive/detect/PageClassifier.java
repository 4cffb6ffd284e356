package org.earchive.detect;

import java.util.function.BooleanSupplier;

/**
 * Decides a page's class from what its content stream draws. The rules look at how much of the page is a
 * picture before they look at text, because a scanned page often carries a few real characters — a printed
 * page number, a stamp's date, a scanner's batch label — and one stray text operator must not turn a scan
 * into a "born-digital" page that never gets OCR (the mistake OCRmyPDF makes, its issue #1563).
 */
public final class PageClassifier {

    /** A page at least this much covered by images is a picture of paper unless it carries real body text. */
    static final double MOSTLY_IMAGE = 0.5;
    /** A page with no text and at least this much image is a partial scan (a receipt, a card). */
    static final double PARTLY_IMAGE = 0.1;
    /**
     * Visible characters a scanned page may carry on top of its image and still be a scan: a page number,
     * a Bates number or a received-stamp line. A typed page of body text has several hundred.
     */
    static final int STRAY_TEXT_CHARS = 100;
    /** Invisible characters that show a page was OCR'd: more than a stray glyph. */
    static final int OCR_LAYER_CHARS = 3;

    private PageClassifier() {
    }

    /**
     * @param marks       what the page draws
     * @param showsInk    renders the page and says whether anything visible is on it; asked only when the
     *                    marks cannot tell (drawings but no text and no image)
     */
    public static DocumentClass classify(PageMarks marks, BooleanSupplier showsInk) {
        int visible = marks.visibleChars();
        int invisible = marks.invisibleChars();
        double coverage = marks.imageCoverage();
        if (coverage >= MOSTLY_IMAGE) {
            if (invisible >= OCR_LAYER_CHARS) {
                return DocumentClass.HYBRID;
            }
            return visible < STRAY_TEXT_CHARS ? DocumentClass.SCANNED : DocumentClass.BORN_DIGITAL;
        }
        if (visible > 0) {
            return DocumentClass.BORN_DIGITAL;
        }
        if (coverage >= PARTLY_IMAGE) {
            return invisible >= OCR_LAYER_CHARS ? DocumentClass.HYBRID : DocumentClass.SCANNED;
        }
        if (invisible > 0) {
            // hidden text and no picture of paper: generated that way, not OCR'd
            return DocumentClass.BORN_DIGITAL;
        }
        if (marks.unmappedGlyphs() > 0) {
            // glyphs that show but cannot be read as text: as good as a picture of text, and needs OCR
            return DocumentClass.SCANNED;
        }
        if (coverage > 0) {
            return DocumentClass.BORN_DIGITAL;
        }
        if (marks.drawings() > 0 && showsInk.getAsBoolean()) {
            return DocumentClass.BORN_DIGITAL;
        }
        return DocumentClass.EMPTY;
    }
}
