package org.earchive.convert.ocr;

import java.awt.image.BufferedImage;

/**
 * Measured, not enabled (see {@link #applies}). Dust off the copy Tesseract reads (never the stored image): specks of ink no bigger than 0.4 mm each way with
 * no other ink within 0.5 mm, as a dirty scanner glass leaves them, are painted white. Tesseract takes such a
 * speck in a margin or between words for a full stop, a comma, a quote or a dash. What stays: anything bigger
 * or longer (a hyphen is 1.5 mm), and every mark that sits close to other ink, which is where Vietnamese
 * diacritics and punctuation are (a dot below, the dot of an i, a full stop all touch or nearly touch their
 * letters at these sizes).
 */
final class Despeckle {

    private static final double MAX_SPECK_MM = 0.4;
    private static final double CLEARANCE_MM = 0.5;
    /** Ink: darker than the middle grey (bilevel black; printed text on grey or colour paper). */
    private static final int INK_BELOW = 128;

    private Despeckle() {
    }

    /**
     * Off unless asked ({@code -Dearchive.ocr.despeckle=true}), and then for bilevel pages only, where ink is
     * exactly the black pixels. Measured on bench/ocr.sh's pages: it helps dusty pages (bilevel 0.0389 to 0.0253,
     * colour 0.0114 to 0) but costs clean ones: on bilevel pages it took a fragment of a tone mark for dust
     * ("này" read "nay": 0.0015 to 0.0045, 0.0272 to 0.0291), on grey ones a faint mark thresholded to a lone
     * speck (0 to 0.0034, 0.0015 to 0.0045). Vietnamese cannot afford lost tone marks, so it is not the default.
     */
    static boolean applies(BufferedImage page) {
        return page.getColorModel().getPixelSize() == 1 && Boolean.getBoolean("earchive.ocr.despeckle");
    }

    /** The page with isolated specks painted white, or {@code page} itself when it has none; never changes {@code page}. */
    static BufferedImage forOcr(BufferedImage page, int dpi) {
        int width = page.getWidth();
        int height = page.getHeight();
        boolean[] ink = ink(page);
        int maxSpeck = Math.max(1, (int) Math.round(MAX_SPECK_MM / 25.4 * dpi));
        int clearance = Math.max(1, (int) Math.round(CLEARANCE_MM / 25.4 * dpi));
        int[] label = new int[width * height];
        int[] stack = new int[1024];
        java.util.List<int[]> specks = new java.util.ArrayList<>();
        int next = 0;
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || label[start] != 0) {
                continue;
            }
            // one 8-connected blob, flood-filled; its bounds and whether it outgrew a speck
            next++;
            int x0 = start % width, x1 = x0, y0 = start / width, y1 = y0;
            int size = 0;
            stack[size++] = start;
            label[start] = next;
            while (size > 0) {
                int at = stack[--size];
                int x = at % width;
                int y = at / width;
                x0 = Math.min(x0, x);
                x1 = Math.max(x1, x);
                y0 = Math.min(y0, y);
                y1 = Math.max(y1, y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx < 0 || ny < 0 || nx >= width || ny >= height) {
                            continue;
                        }
                        int n = ny * width + nx;
                        if (ink[n] && label[n] == 0) {
                            label[n] = next;
                            if (size == stack.length) {
                                stack = java.util.Arrays.copyOf(stack, size * 2);
                            }
                            stack[size++] = n;
                        }
                    }
                }
            }
            if (x1 - x0 < maxSpeck && y1 - y0 < maxSpeck) {
                specks.add(new int[] {next, x0, y0, x1, y1});
            }
        }
        BufferedImage copy = null;
        for (int[] speck : specks) {
            if (!isolated(speck, ink, label, width, height, clearance)) {
                continue;
            }
            if (copy == null) {
                copy = new BufferedImage(page.getColorModel(), page.copyData(null), page.isAlphaPremultiplied(), null);
            }
            for (int y = speck[2]; y <= speck[4]; y++) {
                for (int x = speck[1]; x <= speck[3]; x++) {
                    if (label[y * width + x] == speck[0]) {
                        copy.setRGB(x, y, 0xFFFFFFFF);
                    }
                }
            }
        }
        return copy == null ? page : copy;
    }

    /** Whether no ink but the speck's own lies within {@code clearance} pixels of its bounds. */
    private static boolean isolated(int[] speck, boolean[] ink, int[] label, int width, int height, int clearance) {
        for (int y = Math.max(0, speck[2] - clearance); y <= Math.min(height - 1, speck[4] + clearance); y++) {
            for (int x = Math.max(0, speck[1] - clearance); x <= Math.min(width - 1, speck[3] + clearance); x++) {
                int at = y * width + x;
                if (ink[at] && label[at] != speck[0]) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean[] ink(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        boolean[] ink = new boolean[width * height];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            page.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                int luma = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                ink[y * width + x] = luma < INK_BELOW;
            }
        }
        return ink;
    }
}
