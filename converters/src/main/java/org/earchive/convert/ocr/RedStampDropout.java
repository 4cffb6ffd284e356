package org.earchive.convert.ocr;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;

/**
 * Measured, not enabled (see {@link #applies}). Takes the red ink of stamps and seals out of the copy of a colour scan
 * Tesseract reads (never the stored image).
 * The văn thư's "ĐẾN" received stamp lands over the number line and the title block, and the seal over the signer's
 * title: read as text, their ink breaks the header's words ("Về việc" becomes "VĂN PHÒNG ... Về").
 *
 * <p>Told apart by colour, not by shape. Stamp ink on paper is red-dominant and bright in the red channel (red ink
 * reflects red light as the paper does). Print is dark in every channel; print under a stamp is dark, or, where the
 * stamp's ink covers it, dark red: red-dominant but low in red. So a pixel is painted white only when it is both
 * red-tinted ({@link #TINT}) and at least {@link #BRIGHT_RED} in red; everything else is kept as it was.
 *
 * <p>Only on colour pages with enough red-dominant pixels to be a stamp or seal ({@link #MIN_SHARE}), and more dark
 * print than red: grey and bilevel scans (which carry no colour to tell stamp from print) are handed on untouched,
 * and so is a picture of a seal or of anything red, where the red is the content and there is no print it lies on.
 * What it cannot tell: bright red print on a page of black print (a heading printed in red) is taken out of the text
 * Tesseract reads just as a stamp is.
 */
final class RedStampDropout {

    /** Red above the brighter of green and blue by this much: red ink, not grey print nor a blue signature. */
    static final int DOMINANCE = 50;
    /**
     * Red above green and blue by this much is enough to whiten a pixel bright in red: the pale fringe of the stamp's
     * strokes (where a scanner's colour blur mixes ink and paper) is red-tinted only, and left would still show
     * Tesseract the stamp's words as a ghost. Grey print and paper differ between channels by a few levels at most.
     */
    static final int TINT = 20;
    /**
     * Red at least this bright: stamp ink on paper (about 200-230 in scans of red stamp pads, the paper near 250);
     * print seen through a stamp's ink stays well below it.
     */
    static final int BRIGHT_RED = 185;
    /**
     * Red-dominant pixels must be at least this share of the page before anything is changed: a seal of 36 mm at
     * 200 dpi is about 0.3% of an A4 page, a received stamp about 0.4%; a red pen tick or a pink speck is less.
     */
    static final double MIN_SHARE = 0.001;
    /** Neighbours of eight already whitened that make a darker red pixel a speck of the stamp, not print. */
    static final int STAMP_NEIGHBOURS = 5;

    private RedStampDropout() {
    }

    /**
     * Off unless asked ({@code -Dearchive.ocr.redstamps=true}). Measured on bench/metadata-eval/nd30 (seventh session):
     * on the tuning half it read stamped subjects (22 to 27 of 48 right, fields 88% to 90%, numbers and dates not
     * worse), but on the held-out half it cost header lines away from any stamp: on four scans read both ways the
     * number and date lines were lost on two and two issuing bodies came out wrong with full confidence ("TỔNG CỤC
     * THUẾ, CỤC THUẾ TỈNH BẮC NINH", "ĐẢNG ỦY XÀA PHU AN"), all read right without it. The page changes as a whole
     * for Tesseract once the stamp's mid-grey is gone (its own binarisation threshold and the straightening measured
     * on it move), so a wrong value may appear anywhere: not the default until it is measured on real stamped scans.
     */
    static boolean applies() {
        return Boolean.getBoolean("earchive.ocr.redstamps");
    }

    /** The page with its bright red ink painted white, or {@code page} itself when it is not a stamped colour page. */
    static BufferedImage forOcr(BufferedImage page) {
        if (!colour(page)) {
            return page;
        }
        int width = page.getWidth();
        int height = page.getHeight();
        int[] row = new int[width];
        long red = 0;
        long print = 0;
        for (int y = 0; y < height; y++) {
            page.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                if (redDominant(row[x])) {
                    red++;
                } else if (dark(row[x])) {
                    print++;
                }
            }
        }
        // a stamp lies on a page of print and covers less of it than the print does (a tenth to a third on bench/metadata-eval/nd30 scans)
        if (red < MIN_SHARE * width * height || print < red) {
            return page;
        }
        BufferedImage copy = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        boolean[] whitened = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            page.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                if (stampInk(row[x])) {
                    row[x] = 0xFFFFFF;
                    whitened[y * width + x] = true;
                }
            }
            copy.setRGB(0, y, width, 1, row, 0, width);
        }
        whitenSpecksOfStamp(copy, page, whitened);
        return copy;
    }

    /**
     * A red pixel of the stamp the scanner's noise made darker is left alone by the colour rule, and the stamp's words
     * stay as a ghost of dots. Such a pixel is surrounded by stamp ink already whitened; print seen through the
     * stamp is a stroke several pixels wide whose pixels stand among their own kind. So a red-dominant pixel with at
     * least {@link #STAMP_NEIGHBOURS} of its eight neighbours whitened goes too.
     */
    private static void whitenSpecksOfStamp(BufferedImage copy, BufferedImage page, boolean[] whitened) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] row = new int[width];
        for (int y = 1; y < height - 1; y++) {
            page.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 1; x < width - 1; x++) {
                if (whitened[y * width + x] || !redDominant(row[x])) {
                    continue;
                }
                int around = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        around += (dx != 0 || dy != 0) && whitened[(y + dy) * width + x + dx] ? 1 : 0;
                    }
                }
                if (around >= STAMP_NEIGHBOURS) {
                    copy.setRGB(x, y, 0xFFFFFF);
                }
            }
        }
    }

    /** Stamp ink on paper, or its fringe: red-tinted and bright in red. */
    static boolean stampInk(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        return r >= BRIGHT_RED && r - Math.max((rgb >> 8) & 0xFF, rgb & 0xFF) >= TINT;
    }

    private static boolean dark(int rgb) {
        int luma = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
        return luma < 128;
    }

    private static boolean redDominant(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r - Math.max(g, b) >= DOMINANCE;
    }

    /** Three colour channels (no palette, no grey, no one-bit page): the only pages with a colour to tell. */
    private static boolean colour(BufferedImage page) {
        return page.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_RGB
                && page.getColorModel().getNumColorComponents() == 3 && page.getColorModel().getPixelSize() >= 24;
    }
}
