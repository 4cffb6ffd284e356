package org.earchive.convert.image;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Arrays;
import org.earchive.convert.ocr.Deskew;
import org.earchive.convert.ocr.SkewDetector;

/**
 * A page image straightened to be stored so ({@code --deskew}), not only for OCR: turned level about
 * its centre on a canvas of its own size, so the page keeps its size, the corners it uncovers filled with the
 * colour of the paper around the page's edge. A bilevel scan stays bilevel (so it can still be stored as
 * CCITT G4); grey stays grey, colour stays colour.
 *
 * @param image   the straightened page, to be stored
 * @param forOcr  the same page before a bilevel scan is brought back to one bit: Tesseract reads the soft
 *                edges of the turned letters better than their thresholded steps (bench/deskew.sh)
 * @param degrees how far the page lay askew, clockwise
 */
record StraightenedScan(BufferedImage image, BufferedImage forOcr, double degrees) {

    /** The page straightened, or null when it is level within {@link Deskew#MIN_DEGREES} or its skew is not clear. */
    static StraightenedScan of(BufferedImage page, int dpi) {
        SkewDetector.Skew skew = SkewDetector.detect(page, dpi);
        if (Math.abs(skew.degrees()) < Deskew.MIN_DEGREES) {
            return null;
        }
        BufferedImage level = Deskew.inPlace(skew.degrees(), page.getWidth(), page.getHeight()).straighten(page, paper(page));
        boolean bilevel = page.getColorModel().getPixelSize() == 1;
        return new StraightenedScan(bilevel ? bilevel(level) : level, level, skew.degrees());
    }

    /** The median colour of a thin frame around the page: the paper, on any page with margins. */
    static Color paper(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int inset = Math.max(1, Math.min(w, h) / 100);
        int[] frame = new int[2 * (w + h)];
        int n = 0;
        for (int x = 0; x < w; x++) {
            frame[n++] = page.getRGB(x, inset - 1);
            frame[n++] = page.getRGB(x, h - inset);
        }
        for (int y = 0; y < h; y++) {
            frame[n++] = page.getRGB(inset - 1, y);
            frame[n++] = page.getRGB(w - inset, y);
        }
        return new Color(median(frame, n, 16), median(frame, n, 8), median(frame, n, 0));
    }

    private static int median(int[] rgb, int n, int shift) {
        int[] channel = new int[n];
        for (int i = 0; i < n; i++) {
            channel[i] = (rgb[i] >> shift) & 0xFF;
        }
        Arrays.sort(channel);
        return channel[n / 2];
    }

    /** Back to one bit per pixel at mid-grey: the bilinear turn's soft edges fall to the nearer of ink and paper. */
    private static BufferedImage bilevel(BufferedImage grey) {
        BufferedImage binary = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        Raster in = grey.getRaster();
        var out = binary.getRaster();
        int[] row = new int[grey.getWidth()];
        for (int y = 0; y < grey.getHeight(); y++) {
            in.getSamples(0, y, grey.getWidth(), 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                row[x] = row[x] >= 128 ? 1 : 0;
            }
            out.setSamples(0, y, grey.getWidth(), 1, 0, row);
        }
        return binary;
    }
}
