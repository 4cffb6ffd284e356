package org.earchive.convert.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;

/**
 * A page image turned level for OCR, and the way back: Tesseract reads the straightened copy, and the
 * word boxes it finds there are carried back onto the page as scanned, whose image is archived unchanged.
 * The copy is turned about its centre onto a canvas just large enough to hold all of it, so no word near a
 * corner is cut off.
 *
 * @param degrees            how far the page's lines were turned clockwise (the copy is turned back by as much)
 * @param originalWidth      of the page image as scanned, in pixels
 * @param originalHeight     of the page image as scanned, in pixels
 * @param straightenedWidth  of the straightened copy, in pixels
 * @param straightenedHeight of the straightened copy, in pixels
 */
public record Deskew(double degrees, int originalWidth, int originalHeight, int straightenedWidth, int straightenedHeight) {

    /**
     * Skews smaller than this are left to Tesseract, which follows gently sloping lines by itself: turning
     * the image costs time and blurs bilevel scans for no gain (bench/deskew.sh: a page 0.3 degrees askew
     * reads the same either way).
     */
    public static final double MIN_DEGREES = 0.5;

    /** The geometry of straightening an image of this size by {@code degrees}. */
    public static Deskew of(double degrees, int width, int height) {
        double radians = Math.toRadians(Math.abs(degrees));
        int w = (int) Math.ceil(width * Math.cos(radians) + height * Math.sin(radians));
        int h = (int) Math.ceil(width * Math.sin(radians) + height * Math.cos(radians));
        return new Deskew(degrees, width, height, w, h);
    }

    /**
     * {@code image} turned level, in 8-bit grey (or RGB when it has colour), the uncovered corners white;
     * smooth (bilinear) so that a bilevel scan's letters do not grow jagged steps.
     */
    public BufferedImage straighten(BufferedImage image) {
        return straighten(image, Color.WHITE);
    }

    /** {@code image} turned level as {@link #straighten(BufferedImage)} does, the uncovered corners {@code paper}. */
    public BufferedImage straighten(BufferedImage image, Color paper) {
        boolean colour = hasColour(image.getColorModel());
        BufferedImage level = new BufferedImage(straightenedWidth, straightenedHeight,
                colour ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = level.createGraphics();
        try {
            g.setColor(paper);
            g.fillRect(0, 0, straightenedWidth, straightenedHeight);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, originalToStraightened(), null);
        } finally {
            g.dispose();
        }
        return level;
    }

    /**
     * Whether the image can hold other colours than greys. A palette always names red, green and blue, so a black and
     * white scan (a palette of black and white) counted as colour: it was turned in RGB, four bytes a pixel where one
     * holds the same grey (each of R, G and B got that grey), written for Tesseract three times as large, and
     * thresholded by Tesseract channel by channel.
     */
    static boolean hasColour(ColorModel model) {
        if (model instanceof IndexColorModel palette && !palette.hasAlpha()) {
            for (int i = 0; i < palette.getMapSize(); i++) {
                int rgb = palette.getRGB(i);
                int red = (rgb >> 16) & 0xFF;
                if (red != ((rgb >> 8) & 0xFF) || red != (rgb & 0xFF)) {
                    return true;
                }
            }
            return false;
        }
        return model.getNumColorComponents() > 1;
    }

    /** The geometry of straightening an image by {@code degrees} onto a canvas of its own size (corners cut). */
    public static Deskew inPlace(double degrees, int width, int height) {
        return new Deskew(degrees, width, height, width, height);
    }

    /** Pixel coordinates on the page as scanned to pixel coordinates on the straightened copy. */
    public AffineTransform originalToStraightened() {
        AffineTransform t = AffineTransform.getTranslateInstance(straightenedWidth / 2.0, straightenedHeight / 2.0);
        // y points down: a negative angle turns counter-clockwise as seen, undoing a clockwise skew
        t.rotate(Math.toRadians(-degrees));
        t.translate(-originalWidth / 2.0, -originalHeight / 2.0);
        return t;
    }

    /**
     * Pixel coordinates on the straightened copy, turned upright by {@code clockwise} (0, 90, 180, 270), back
     * to pixel coordinates on the page as scanned, turned upright the same way. A small turn and a quarter
     * turn about the same centre commute, so this is the same small turn between the two upright frames.
     */
    public AffineTransform straightenedToOriginal(int clockwise) {
        boolean quarter = clockwise % 180 != 0;
        double originalW = quarter ? originalHeight : originalWidth;
        double originalH = quarter ? originalWidth : originalHeight;
        double straightW = quarter ? straightenedHeight : straightenedWidth;
        double straightH = quarter ? straightenedWidth : straightenedHeight;
        AffineTransform t = AffineTransform.getTranslateInstance(originalW / 2.0, originalH / 2.0);
        t.rotate(Math.toRadians(degrees));
        t.translate(-straightW / 2.0, -straightH / 2.0);
        return t;
    }

    /** The page image as scanned, turned upright by {@code clockwise}: its width in pixels. */
    public int uprightOriginalWidth(int clockwise) {
        return clockwise % 180 != 0 ? originalHeight : originalWidth;
    }

    /** The page image as scanned, turned upright by {@code clockwise}: its height in pixels. */
    public int uprightOriginalHeight(int clockwise) {
        return clockwise % 180 != 0 ? originalWidth : originalHeight;
    }
}
