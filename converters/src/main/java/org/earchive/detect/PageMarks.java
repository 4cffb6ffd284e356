package org.earchive.detect;

/**
 * What a page's content stream puts on the page, counted without rendering it.
 *
 * @param visibleChars   characters of text a reader sees (not whitespace, with a usable Unicode mapping)
 * @param invisibleChars such characters drawn invisibly: render mode 3 or 7, or painted over by a later
 *                       opaque image (the two ways OCR tools hide their text layer)
 * @param unmappedGlyphs glyphs whose font gives no usable Unicode text: they show, but are not text
 * @param imageCoverage  share of the page (0..1) covered by images
 * @param imageDpi       effective resolution of the largest image, or 0 when there is none
 * @param drawings       path and shading painting operations
 */
public record PageMarks(int visibleChars, int invisibleChars, int unmappedGlyphs, double imageCoverage,
                        int imageDpi, int drawings) {

    /** Share of the page's glyphs (whitespace aside) that have no usable Unicode mapping, 0..1. */
    public double unmappedShare() {
        int glyphs = visibleChars + invisibleChars + unmappedGlyphs;
        return glyphs == 0 ? 0 : (double) unmappedGlyphs / glyphs;
    }
}
