package org.earchive.convert.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The page image as Tesseract reads it: a portable anymap (binary PBM for black-and-white pages, PGM for grey,
 * PPM for colour) in a scratch file, lossless and the cheapest thing to write and read: the pixels as they lie in
 * memory behind a one-line header. Leptonica reads it as it read the uncompressed TIFF used before, to the same
 * pixels; the resolution, which the format cannot carry, is given to Tesseract on its command line ({@code --dpi}).
 * Only bilevel (black and white), 8-bit grey and 24-bit RGB are written; anything else (palette, alpha, 16-bit) is
 * flattened onto white first ({@link #plain}), as it would print.
 */
final class ScratchImage {

    private ScratchImage() {
    }

    /** Writes {@code image}, flattened by {@link #plain} when it needs to be. */
    static void write(BufferedImage image, Path file) throws IOException {
        BufferedImage plain = plain(image);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            PortableAnymap.write(plain, out);
        }
    }

    static BufferedImage read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return PortableAnymap.read(in);
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot read back " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** The image turned clockwise by 0, 90, 180 or 270 degrees, pixel for pixel. */
    static BufferedImage rotateClockwise(BufferedImage source, int degrees) {
        if (degrees % 360 == 0) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean quarter = degrees % 180 != 0;
        WritableRaster out = source.getColorModel().createCompatibleWritableRaster(quarter ? h : w, quarter ? w : h);
        Raster in = source.getRaster();
        Object pixel = null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixel = in.getDataElements(x, y, pixel);
                switch (degrees % 360) {
                    case 90 -> out.setDataElements(h - 1 - y, x, pixel);
                    case 180 -> out.setDataElements(w - 1 - x, h - 1 - y, pixel);
                    case 270 -> out.setDataElements(y, w - 1 - x, pixel);
                    default -> throw new IllegalArgumentException("not a quarter turn: " + degrees);
                }
            }
        }
        return new BufferedImage(source.getColorModel(), out, source.isAlphaPremultiplied(), null);
    }

    /** {@code image} as one of the three kinds written: bilevel, 8-bit grey, RGB (the image itself when it is one). */
    static BufferedImage plain(BufferedImage image) {
        int type = image.getType();
        boolean bilevel = type == BufferedImage.TYPE_BYTE_BINARY && image.getColorModel().getPixelSize() == 1;
        if (bilevel || type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_3BYTE_BGR
                || type == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        // a palette of greys (a 4-bit grey TIFF) is grey: flattened to RGB it took four bytes a pixel in memory and
        // three in the scratch file, for the grey each channel held
        boolean grey = !Deskew.hasColour(image.getColorModel());
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(),
                grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, flat.getWidth(), flat.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return flat;
    }

    static void delete(Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a scratch file under the run's tmp folder; the batch removes what is left at the end
            }
        }
    }
}
