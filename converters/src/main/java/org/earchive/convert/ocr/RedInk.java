package org.earchive.convert.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Paints the red ink of a colour page white on the copy Tesseract reads (never the stored image). On Vietnamese
 * administrative papers red is the seal, the received stamp ("ĐẾN", its number and date) and the "SAO Y" banner:
 * none is the document's text, and where they overlap a title or a subject Tesseract reads the two inks as one
 * garbled line ("VĂN PHÒNG BïiNững nghiệp vụ" for "Bồi dưỡng nghiệp vụ"). Black or blue print crossing the stamp is
 * darker than the red and stays. A page without red pixels is handed on as it is.
 */
final class RedInk {

    /** How much redder than green and blue a pixel must be to be a stamp's ink, not grey paper or dark print. */
    private static final int REDDER_BY = 70;
    /** A stamp's red is at least this bright in its red channel; darker pixels are print over it. */
    private static final int MIN_RED = 110;

    private RedInk() {
    }

    /** The page with its red ink painted white, or {@code page} itself when it is not in colour or has none. */
    static BufferedImage dropped(BufferedImage page) {
        int type = page.getType();
        if (type != BufferedImage.TYPE_3BYTE_BGR && type != BufferedImage.TYPE_INT_RGB) {
            return page; // bilevel and grey pages hold no colour to tell a stamp by
        }
        int width = page.getWidth();
        int height = page.getHeight();
        BufferedImage copy = null;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            page.getRGB(0, y, width, 1, row, 0, width);
            boolean changed = false;
            for (int x = 0; x < width; x++) {
                if (isRed(row[x])) {
                    row[x] = 0xFFFFFF;
                    changed = true;
                }
            }
            if (changed) {
                if (copy == null) {
                    copy = copyOf(page);
                }
                copy.setRGB(0, y, width, 1, row, 0, width);
            }
        }
        return copy == null ? page : copy;
    }

    static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r >= MIN_RED && r - Math.max(g, b) >= REDDER_BY;
    }

    private static BufferedImage copyOf(BufferedImage page) {
        BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
