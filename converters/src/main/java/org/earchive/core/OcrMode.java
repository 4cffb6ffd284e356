package org.earchive.core;

import java.util.Locale;

/**
 * Which pages are read by OCR, as OCRmyPDF's users know the choice. Pages are chosen by their class as detect
 * decided it (scanned, hybrid = a scan with an invisible text layer, born-digital).
 */
public enum OcrMode {
    /** Scanned pages only; pages that carry text (an earlier OCR layer, or real text) are left as they are. The default. */
    SKIP_TEXT,
    /**
     * Scanned pages, and scans with an old invisible text layer: that layer (text drawn in render mode 3) is
     * removed and the page read again. Visible text is never touched.
     */
    REDO,
    /**
     * Every page that shows anything is redrawn as an image and read, text pages too: for text layers that are
     * broken (wrong characters, no Unicode). The page's own text is lost, which the report and PREMIS say.
     */
    FORCE;

    /** "skip-text", "redo", "force": the spelling on the command line and in the report. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException for anything but skip-text, redo or force */
    public static OcrMode parse(String id) {
        for (OcrMode mode : values()) {
            if (mode.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("the OCR mode must be skip-text, redo or force, not '" + id + "'");
    }
}
