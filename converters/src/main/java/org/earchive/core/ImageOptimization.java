package org.earchive.core;

/**
 * How hard page images are squeezed ({@code --optimize 0|1|2}, OCRmyPDF's scale). A scanner's JPEG keeps its own
 * bytes at every level; levels 0 and 1 never change a pixel.
 */
public enum ImageOptimization {
    /**
     * 0: as they were stored before levels existed: a scanner's G4 as it is, other bilevel images as G4, Flate for
     * every image that is not one bit per pixel.
     */
    NONE,
    /**
     * 1, the default: lossless and smaller: bilevel pages, a scanner's G4 included, and images with nothing but
     * pure black and pure white in them (a bilevel scan saved as grey or colour) as JBIG2 generic coding; grey
     * and colour as Flate; a JPEG's bytes inside a Flate layer when that saves space. The decoded pixels are the
     * source's, checked. (PNG predictors were measured and left out: on grainy scans they make Flate 40-45%
     * larger; docs/ocr.md.)
     */
    LOSSLESS,
    /**
     * 2, only when asked: grey and colour images that were not JPEG already become JPEG (quality 55, the loss of
     * OCRmyPDF's PDF/A output), which the report and PREMIS say; two-tone images stay JBIG2 (lossless, and smaller
     * than JPEG).
     */
    LOSSY;

    public int level() {
        return ordinal();
    }

    /** @throws IllegalArgumentException for anything but 0, 1 or 2 */
    public static ImageOptimization ofLevel(int level) {
        if (level < 0 || level >= values().length) {
            throw new IllegalArgumentException("the optimisation level must be 0, 1 or 2, not " + level);
        }
        return values()[level];
    }
}
