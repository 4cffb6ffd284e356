package org.earchive.convert.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.earchive.formats.RgbRows;

/**
 * A colour page as Tesseract is given it: in grey, each pixel the luminance {@link SkewDetector} measures ink by.
 *
 * <p>Why: Tesseract thresholds a colour image channel by channel (Otsu on red, green and blue) and makes its own grey
 * copy for recognition besides, so a colour page cost it about half as much again as the same page in grey, for the
 * same words: the bench's two stained colour pages (bench/cost.sh) 1.2-1.5 -> 1.0-1.1 and 1.9-2.4 -> 1.2-1.5 CPU-s,
 * every word and line the same (docs/cost.md, twelfth session). Turned level in grey, the copy is a quarter of the
 * memory and a third of the scratch file it was in RGB. The page's stored image keeps its colour; only Tesseract's
 * copy is grey.
 *
 * <p>The luminance is the skew search's own, so the search finds on the grey copy the very angle it finds on the
 * colour page, reading one byte a pixel instead of three.
 */
final class GreyForTesseract {

    private GreyForTesseract() {
    }

    /** {@code page} in 8-bit grey when it can hold colour; a bilevel or grey page itself. */
    static BufferedImage of(BufferedImage page) {
        if (!Deskew.hasColour(page.getColorModel())) {
            return page;
        }
        int width = page.getWidth();
        int height = page.getHeight();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] out = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        RgbRows rows = RgbRows.of(page);
        int[] row = new int[width];
        for (int y = 0, i = 0; y < height; y++) {
            rows.row(y, row);
            for (int x = 0; x < width; x++, i++) {
                out[i] = (byte) SkewDetector.luminance(row[x]);
            }
        }
        return grey;
    }
}
