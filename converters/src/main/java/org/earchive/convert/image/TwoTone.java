package org.earchive.convert.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * A page that only has pure black and pure white in it, stored as 8-bit grey or as colour (a bilevel scan saved
 * as PNG, or as a grey TIFF by a scanner's "document" mode): the same page as one bit per pixel, which CCITT G4
 * stores in a fraction of the bytes, without losing a pixel.
 */
final class TwoTone {

    private TwoTone() {
    }

    /** The image as {@link BufferedImage#TYPE_BYTE_BINARY}, or null as soon as one pixel is neither black nor white. */
    static BufferedImage of(BufferedImage image) {
        if (image.getColorModel().hasAlpha() || image.getColorModel().getPixelSize() == 1) {
            return null;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        BufferedImage binary = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster out = binary.getRaster();
        int[] row = new int[width];
        boolean grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        Raster in = image.getRaster();
        for (int y = 0; y < height; y++) {
            if (grey) {
                in.getSamples(0, y, width, 1, 0, row);
                for (int x = 0; x < width; x++) {
                    if (row[x] == 0xFF) {
                        row[x] = 1;
                    } else if (row[x] != 0) {
                        return null;
                    }
                }
            } else {
                image.getRGB(0, y, width, 1, row, 0, width);
                for (int x = 0; x < width; x++) {
                    int rgb = row[x] & 0xFFFFFF;
                    if (rgb == 0xFFFFFF) {
                        row[x] = 1;
                    } else if (rgb == 0) {
                        row[x] = 0;
                    } else {
                        return null;
                    }
                }
            }
            out.setSamples(0, y, width, 1, 0, row);
        }
        return binary;
    }
}
