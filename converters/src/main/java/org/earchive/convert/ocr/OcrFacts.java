package org.earchive.convert.ocr;

import java.util.Locale;

/** How the report words what OCR did to a page, the same for scans and for scanned pages of PDFs. */
public final class OcrFacts {

    private OcrFacts() {
    }

    /** "page 2 3.5°" (clockwise, as the page lay): a page found askew by this much. */
    public static String skew(int index, double degrees) {
        return String.format(Locale.ROOT, "page %d %s°", index + 1, java.math.BigDecimal.valueOf(degrees)
                .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
    }
}
