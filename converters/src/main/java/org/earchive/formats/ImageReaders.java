package org.earchive.formats;

import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;

/**
 * The ImageIO reader for an image, chosen the same way on every run. Two plugins on the class path read TIFF:
 * TwelveMonkeys', which earchive depends on, and JAI Image I/O's, which arrives with the PDF libraries. ImageIO offers
 * them in the order they were registered, and that depends on which library happened to scan for plugins first, so
 * the same file could be decoded by either. JAI's is taken only when no other plugin reads the file: its TIFF reader
 * is the one that followed a page chain looping back on itself until the heap was gone.
 */
public final class ImageReaders {

    private ImageReaders() {
    }

    /** The reader for what {@code input} holds, or null when no plugin reads it. The caller disposes of it. */
    public static ImageReader first(ImageInputStream input) {
        if (input == null) {
            return null;
        }
        ImageReader chosen = null;
        for (Iterator<ImageReader> readers = ImageIO.getImageReaders(input); readers.hasNext(); ) {
            ImageReader reader = readers.next();
            if (chosen == null || isJai(chosen) && !isJai(reader)) {
                if (chosen != null) {
                    chosen.dispose();
                }
                chosen = reader;
            } else {
                reader.dispose();
            }
        }
        return chosen;
    }

    private static boolean isJai(ImageReader reader) {
        ImageReaderSpi provider = reader.getOriginatingProvider();
        return provider != null && provider.getClass().getName().startsWith("com.github.jaiimageio.");
    }
}
