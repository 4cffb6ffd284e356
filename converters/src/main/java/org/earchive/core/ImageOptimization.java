package org.earchive.core;

/**
 * How hard page images that are not the scanner's own bytes are squeezed ({@code --optimize 0|1|2}, OCRmyPDF's
 * scale). A scanner's JPEG and CCITT G4 are stored as they are at every level.
 */
public enum ImageOptimization {
    /** 0: as they were stored before levels existed: Flate for every image that is not one bit per pixel. */
    NONE,
    /**
     * 1, the default: lossless and smaller: images with nothing but pure black and pure white in them (a bilevel
     * scan saved as grey or colour) as CCITT G4; grey and colour as Flate. The decoded pixels are the source's.
     * (PNG predictors were measured and left out: on grainy scans they make Flate 40-45% larger; docs/ocr.md.)
     */
    LOSSLESS,
    /**
     * 2, only when asked: grey and colour images that were not JPEG already become JPEG (quality 80), which the
     * report and PREMIS say; two-tone images stay G4 (lossless, and smaller than JPEG).
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
