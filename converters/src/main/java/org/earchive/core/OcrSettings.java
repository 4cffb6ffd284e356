package org.earchive.core;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * How scans are OCR'd, and how their page images are stored.
 *
 * @param languages     Tesseract's language list, e.g. {@code vie+eng}: the first is the main language
 * @param pageTimeout   how long one page may take (orientation and recognition together) before its
 *                      Tesseract process is stopped and the page left image-only
 * @param parallelPages how many Tesseract processes may run at once, across all documents of a run
 * @param deskew        what is done about pages scanned askew: by default they are read from a straightened
 *                      copy and the image is archived as scanned
 * @param mode          which pages are read: by default scanned pages only ({@link OcrMode#SKIP_TEXT})
 * @param optimize      how page images that are not the scanner's bytes are encoded: losslessly smaller by default
 */
public record OcrSettings(String languages, Duration pageTimeout, int parallelPages, DeskewMode deskew, OcrMode mode,
                          ImageOptimization optimize) {

    public static final String DEFAULT_LANGUAGES = "vie+eng";
    /** OCRmyPDF's default per-page limit too; a clean A4 page at 300 dpi takes 2-5 s on one core. */
    public static final Duration DEFAULT_PAGE_TIMEOUT = Duration.ofSeconds(180);

    private static final Pattern LANGUAGE_LIST = Pattern.compile("[A-Za-z0-9_]+(\\+[A-Za-z0-9_]+)*");

    public OcrSettings {
        if (languages == null || !LANGUAGE_LIST.matcher(languages).matches()) {
            throw new IllegalArgumentException("OCR languages must be Tesseract names joined by '+', like vie+eng, not '"
                    + languages + "'");
        }
        if (pageTimeout == null || pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("the OCR page timeout must be positive");
        }
        parallelPages = Math.max(1, parallelPages);
        if (deskew == null) {
            deskew = DeskewMode.OCR;
        }
        if (mode == null) {
            mode = OcrMode.SKIP_TEXT;
        }
        if (optimize == null) {
            optimize = ImageOptimization.LOSSLESS;
        }
    }

    public OcrSettings(String languages, Duration pageTimeout, int parallelPages, DeskewMode deskew, OcrMode mode) {
        this(languages, pageTimeout, parallelPages, deskew, mode, ImageOptimization.LOSSLESS);
    }

    public OcrSettings(String languages, Duration pageTimeout, int parallelPages, DeskewMode deskew) {
        this(languages, pageTimeout, parallelPages, deskew, OcrMode.SKIP_TEXT, ImageOptimization.LOSSLESS);
    }

    public OcrSettings(String languages, Duration pageTimeout, int parallelPages) {
        this(languages, pageTimeout, parallelPages, DeskewMode.OCR);
    }

    public static OcrSettings defaults(int parallelPages) {
        return new OcrSettings(DEFAULT_LANGUAGES, DEFAULT_PAGE_TIMEOUT, parallelPages);
    }

    /** The same settings with another way of handling askew pages. */
    public OcrSettings withDeskew(DeskewMode mode) {
        return new OcrSettings(languages, pageTimeout, parallelPages, mode, this.mode, optimize);
    }

    /** The same settings reading other pages. */
    public OcrSettings withMode(OcrMode mode) {
        return new OcrSettings(languages, pageTimeout, parallelPages, deskew, mode, optimize);
    }

    /** The same settings storing images otherwise. */
    public OcrSettings withOptimize(ImageOptimization level) {
        return new OcrSettings(languages, pageTimeout, parallelPages, deskew, mode, level);
    }

    /**
     * What of these settings shapes a PDF's bytes besides the languages (which the engine's description
     * carries): empty for the defaults, so runs made before these choices existed are not converted again.
     */
    public String shaping() {
        StringBuilder shaping = new StringBuilder();
        if (deskew != DeskewMode.OCR) {
            shaping.append(" deskew=").append(deskew);
        }
        if (mode != OcrMode.SKIP_TEXT) {
            shaping.append(" mode=").append(mode.id());
        }
        if (optimize != ImageOptimization.LOSSLESS) {
            shaping.append(" optimize=").append(optimize.level());
        }
        return shaping.toString().strip();
    }

    /** Whether OCR reads an askew page from a straightened copy (with {@link DeskewMode#IMAGE} the page is straight already). */
    public boolean straightensForOcr() {
        return deskew != DeskewMode.OFF;
    }
}
