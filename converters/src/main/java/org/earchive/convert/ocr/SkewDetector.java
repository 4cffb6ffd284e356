package org.earchive.convert.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * How far the lines of text on a page image are turned from level, found by projection profiles: the ink
 * of a reduced, binarised copy of the page is projected across lines tilted by each candidate angle, and
 * the angle at which the profile is sharpest (rows of ink and rows of paper alternating most cleanly) is
 * the skew. Lines running down the page (a page scanned sideways) are looked for too, so the answer holds
 * before the page is turned upright: a quarter turn does not change a small skew.
 *
 * <p>Tesseract follows lines that slope by a degree or so, but at 3-4 degrees its line finding breaks
 * lines apart and the text comes out in pieces (measured in bench/deskew.sh); it reports no skew angle on
 * the command line, so the angle is found here.
 */
public final class SkewDetector {

    /** Skews beyond this are not looked for: a sheet fed further askew than that is re-scanned, not read. */
    static final double MAX_DEGREES = 10;
    /** The reduced copy is about this resolution: lines of 10-14 pt text are still 10+ rows tall. */
    private static final int WORKING_DPI = 100;
    private static final double COARSE_STEP = 0.25;
    private static final double FINE_STEP = 0.02;
    /**
     * How much sharper the best profile must be than the average one before the angle is believed. Pages
     * of text score 1.5 and more (measured on the fixtures); pictures, blank pages and noise score about 1.
     */
    private static final double MIN_SHARPNESS_GAIN = 1.25;
    /** Fewer ink pixels than this in the reduced copy (a nearly blank page) tell nothing. */
    private static final int MIN_INK = 2_000;
    /** Ink pixels beyond this are sampled evenly: more only costs time. */
    private static final int MAX_INK = 300_000;

    private SkewDetector() {
    }

    /**
     * The page's skew.
     *
     * @param degrees    how far the lines are turned clockwise as the image is seen (y down); 0 when unknown
     * @param confidence how much sharper the profile at that angle is than the average over all angles
     *                   tried; below {@link #MIN_SHARPNESS_GAIN} the angle is not believed and is 0
     */
    public record Skew(double degrees, double confidence) {
        static final Skew UNKNOWN = new Skew(0, 0);
    }

    /** The skew of the lines of text on {@code image}, scanned at {@code dpi}. */
    public static Skew detect(BufferedImage image, int dpi) {
        int factor = Math.max(1, Math.round(dpi / (float) WORKING_DPI));
        int[][] ink = inkPoints(image, factor);
        if (ink[0].length < MIN_INK) {
            return Skew.UNKNOWN;
        }
        int size = (int) Math.ceil(Math.hypot(image.getWidth(), image.getHeight()) / factor) + 2;
        Best across = search(ink[0], ink[1], size);
        // lines running down the page: swap the axes; turning the page by a quarter keeps the skew's sense
        Best down = search(ink[1], negate(ink[0]), size);
        Best best = across.gain >= down.gain ? across : down;
        if (best.gain < MIN_SHARPNESS_GAIN) {
            return new Skew(0, best.gain);
        }
        return new Skew(best.degrees, best.gain);
    }

    private record Best(double degrees, double gain) {
    }

    /** The angle whose profile is sharpest: coarse steps over the whole range, then fine steps around the best. */
    private static Best search(int[] xs, int[] ys, int size) {
        int[] histogram = new int[2 * size + 1];
        double bestScore = -1;
        double bestDegrees = 0;
        double sum = 0;
        int count = 0;
        for (double degrees = -MAX_DEGREES; degrees <= MAX_DEGREES + 1e-9; degrees += COARSE_STEP) {
            double score = sharpness(xs, ys, degrees, histogram, size);
            sum += score;
            count++;
            if (score > bestScore) {
                bestScore = score;
                bestDegrees = degrees;
            }
        }
        double coarse = bestDegrees;
        for (double degrees = coarse - COARSE_STEP; degrees <= coarse + COARSE_STEP + 1e-9; degrees += FINE_STEP) {
            double score = sharpness(xs, ys, degrees, histogram, size);
            if (score > bestScore) {
                bestScore = score;
                bestDegrees = degrees;
            }
        }
        double mean = sum / count;
        return new Best(Math.round(bestDegrees * 100) / 100.0, mean <= 0 ? 0 : bestScore / mean);
    }

    /**
     * The sum of squared differences between neighbouring rows of the ink profile taken across lines tilted
     * by {@code degrees} (Leptonica's measure): large when every row is either all line or all gap.
     */
    private static double sharpness(int[] xs, int[] ys, double degrees, int[] histogram, int size) {
        java.util.Arrays.fill(histogram, 0);
        double radians = Math.toRadians(degrees);
        double sin = Math.sin(radians);
        double cos = Math.cos(radians);
        for (int i = 0; i < xs.length; i++) {
            // distance across the tilted lines: constant along a line that falls by tan(degrees) per pixel
            int row = (int) Math.round(ys[i] * cos - xs[i] * sin) + size;
            histogram[row]++;
        }
        double score = 0;
        for (int i = 1; i < histogram.length; i++) {
            double step = histogram[i] - histogram[i - 1];
            score += step * step;
        }
        return score;
    }

    /**
     * The dark pixels of the page reduced by {@code factor} (mean of each factor x factor block), dark meaning
     * below Otsu's threshold of the reduced page: x coordinates in [0], y in [1].
     */
    private static int[][] inkPoints(BufferedImage image, int factor) {
        int width = image.getWidth() / factor;
        int height = image.getHeight() / factor;
        if (width < 8 || height < 8) {
            return new int[][] {new int[0], new int[0]};
        }
        int[] grey = reduce(image, factor, width, height);
        int threshold = otsu(grey);
        int dark = 0;
        for (int value : grey) {
            if (value <= threshold) {
                dark++;
            }
        }
        // a page that is mostly dark is a photograph or a negative, not lines of text on paper
        if (dark > grey.length / 2) {
            return new int[][] {new int[0], new int[0]};
        }
        int every = Math.max(1, dark / MAX_INK + 1);
        int[] xs = new int[dark / every + 1];
        int[] ys = new int[dark / every + 1];
        int n = 0;
        int seen = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (grey[y * width + x] <= threshold && seen++ % every == 0) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        return new int[][] {java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)};
    }

    /**
     * The page's grey levels averaged over each factor x factor block: the samples of a grey image as they are, any
     * other image's colours ({@code getRGB}'s answers) weighted as luminance. Read a row at a time, a palette's or a
     * grey level's luminance looked up once per value: this loop sees every pixel of the page.
     */
    static int[] reduce(BufferedImage image, int factor, int width, int height) {
        org.earchive.formats.RgbRows rows = org.earchive.formats.RgbRows.of(image);
        boolean direct = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int[] lookUp = null;
        if (rows.singleSample() && !direct) {
            lookUp = new int[1 << image.getRaster().getSampleModel().getSampleSize(0)];
            for (int value = 0; value < lookUp.length; value++) {
                lookUp[value] = luminance(rows.rgbOf(value));
            }
        }
        Raster raster = image.getRaster();
        int[] row = new int[image.getWidth()];
        long[] sums = new long[width];
        int[] grey = new int[width * height];
        for (int y = 0; y < height; y++) {
            java.util.Arrays.fill(sums, 0);
            for (int dy = 0; dy < factor; dy++) {
                int sourceY = y * factor + dy;
                if (direct && rows.singleSample()) {
                    rows.samples(sourceY, row);
                } else if (direct) {
                    raster.getSamples(0, sourceY, image.getWidth(), 1, 0, row);
                } else if (lookUp != null) {
                    rows.samples(sourceY, row);
                    for (int x = 0; x < row.length; x++) {
                        row[x] = lookUp[row[x]];
                    }
                } else {
                    rows.row(sourceY, row);
                    for (int x = 0; x < row.length; x++) {
                        row[x] = luminance(row[x]);
                    }
                }
                for (int block = 0, x = 0; block < width; block++) {
                    long sum = 0;
                    for (int end = x + factor; x < end; x++) {
                        sum += row[x];
                    }
                    sums[block] += sum;
                }
            }
            for (int x = 0; x < width; x++) {
                grey[y * width + x] = (int) (sums[x] / (factor * factor));
            }
        }
        return grey;
    }

    /** The grey of an sRGB colour, as {@code getRGB} gives it: ITU-R BT.601 weights, truncated. */
    static int luminance(int rgb) {
        return (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
    }

    /** Otsu's threshold: the grey level that best splits the histogram into ink and paper. */
    static int otsu(int[] grey) {
        long[] histogram = new long[256];
        for (int value : grey) {
            histogram[value]++;
        }
        long total = grey.length;
        double sumAll = 0;
        for (int i = 0; i < 256; i++) {
            sumAll += i * (double) histogram[i];
        }
        double sumBelow = 0;
        long below = 0;
        double bestVariance = -1;
        int best = 127;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) {
                continue;
            }
            long above = total - below;
            if (above == 0) {
                break;
            }
            sumBelow += t * (double) histogram[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sumAll - sumBelow) / above;
            double variance = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (variance > bestVariance) {
                bestVariance = variance;
                best = t;
            }
        }
        return best;
    }

    private static int[] negate(int[] values) {
        int[] negated = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            negated[i] = -values[i];
        }
        return negated;
    }
}
