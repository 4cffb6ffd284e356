package org.earchive.formats;

import java.io.IOException;
import javax.imageio.ImageReader;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;

/**
 * The largest image earchive decodes, checked from the image's header before a pixel is decoded. A decoder
 * allocates width x height pixels whatever the file's size: a 2 KB PNG or a patched JPEG header can declare
 * 45 000 x 45 000 pixels (2 GB in grey, 8 GB once drawn in colour), and one such file would take the heap every
 * document of the run shares. 100 megapixels holds every archival scan: an A3 page at 600 dpi is 70, an A1 map at
 * 300 dpi 70; a larger one is refused with a sentence, and the rest of the run goes on.
 */
public final class PixelLimit {

    /** Width x height above which an image is not decoded: 100 million pixels (400 MB once in colour). */
    public static final long MAX_PIXELS = 100_000_000L;

    private PixelLimit() {
    }

    /** True when an image of this size may be decoded. */
    public static boolean allows(long width, long height) {
        return width > 0 && height > 0 && width * height <= MAX_PIXELS;
    }

    /**
     * The sentence refusing the first image in this stream (a file, a {@code data:} URI's bytes) when its header
     * declares more than {@link #MAX_PIXELS}; null when it fits, or when it is no image ImageIO reads (its own
     * decoder, if any, reports that).
     */
    public static String refusal(javax.imageio.stream.ImageInputStream input) {
        ImageReader reader = ImageReaders.first(input);
        if (reader == null) {
            return null;
        }
        try {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            return allows(width, height) ? null : sentence(width, height, 0);
        } catch (IOException | RuntimeException damaged) {
            return null;
        } finally {
            reader.dispose();
        }
    }

    /**
     * Refuses page {@code index} of the reader's image when its header declares more than {@link #MAX_PIXELS}.
     * Reading the size decodes nothing; a header too damaged to give one is left to the decoder to report.
     */
    public static void check(ImageReader reader, int index) throws ConversionException, IOException {
        long width;
        long height;
        try {
            width = reader.getWidth(index);
            height = reader.getHeight(index);
        } catch (RuntimeException damaged) {
            return;
        }
        if (!allows(width, height)) {
            throw new ConversionException(DocumentStatus.UNSUPPORTED, sentence(width, height, index));
        }
    }

    /**
     * The resolution to render a page of this size (in points) at, at most {@code dpi}, so that the rendering
     * stays within {@link #MAX_PIXELS}: a page may state a size of 200 x 200 inches.
     */
    public static int dpiWithin(float widthPoints, float heightPoints, int dpi) {
        double squareInches = Math.max(1e-6, (widthPoints / 72.0) * (heightPoints / 72.0));
        int most = (int) Math.floor(Math.sqrt(MAX_PIXELS / squareInches));
        return Math.max(1, Math.min(dpi, most));
    }

    /** The clerk's sentence for an image of this size (page {@code index}, counted from 0, of its file). */
    public static String sentence(long width, long height, int index) {
        return String.format(java.util.Locale.ROOT,
                "%s declares %,d x %,d pixels (%,d megapixels): earchive decodes at most %,d megapixels (an A3 page"
                        + " scanned at 600 dpi is 70), because a larger image would take the memory the other documents"
                        + " of the run need. If the image is real, scan or export it at a lower resolution.",
                index == 0 ? "The image" : "Page " + (index + 1) + " of the image", width, height,
                width * height / 1_000_000, MAX_PIXELS / 1_000_000);
    }
}
