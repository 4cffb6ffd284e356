package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick rows are getRGB's rows, value for value, for every kind of image a scan decodes to and some it does not. */
class RgbRowsTest {

    @Test
    void everyKindOfImageGivesGetRgbsValues() {
        Random random = new Random(7);
        ComponentColorModel srgbBytes = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        IndexColorModel fourBit = new IndexColorModel(4, 16, bytes(random, 16), bytes(random, 16), bytes(random, 16));
        IndexColorModel twoBit = new IndexColorModel(2, 4, bytes(random, 4), bytes(random, 4), bytes(random, 4));
        IndexColorModel shortPalette = new IndexColorModel(8, 3, bytes(random, 3), bytes(random, 3), bytes(random, 3));
        BufferedImage[] images = {
            new BufferedImage(21, 4, BufferedImage.TYPE_BYTE_BINARY),
            new BufferedImage(21, 4, BufferedImage.TYPE_BYTE_BINARY, fourBit),
            new BufferedImage(21, 4, BufferedImage.TYPE_BYTE_BINARY, twoBit),
            new BufferedImage(40, 9, BufferedImage.TYPE_BYTE_BINARY).getSubimage(3, 2, 21, 4),
            new BufferedImage(40, 9, BufferedImage.TYPE_BYTE_GRAY).getSubimage(3, 2, 21, 4),
            new BufferedImage(21, 4, BufferedImage.TYPE_BYTE_INDEXED, shortPalette),
            new BufferedImage(21, 4, BufferedImage.TYPE_BYTE_GRAY),
            new BufferedImage(21, 4, BufferedImage.TYPE_USHORT_GRAY),
            new BufferedImage(21, 4, BufferedImage.TYPE_3BYTE_BGR),
            new BufferedImage(21, 4, BufferedImage.TYPE_INT_RGB),
            new BufferedImage(21, 4, BufferedImage.TYPE_INT_ARGB),
            new BufferedImage(srgbBytes, srgbBytes.createCompatibleWritableRaster(21, 4), false, null),
            new BufferedImage(40, 9, BufferedImage.TYPE_3BYTE_BGR).getSubimage(3, 2, 21, 4),
            new BufferedImage(9, 4, BufferedImage.TYPE_BYTE_BINARY),
        };
        for (BufferedImage image : images) {
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int band0 = random.nextInt(1 << image.getSampleModel().getSampleSize(0));
                    if (image.getColorModel() instanceof IndexColorModel palette) {
                        band0 %= palette.getMapSize();
                    }
                    image.getRaster().setSample(x, y, 0, band0);
                    for (int band = 1; band < image.getRaster().getNumBands(); band++) {
                        image.getRaster().setSample(x, y, band, random.nextInt(256));
                    }
                }
            }
            RgbRows rows = RgbRows.of(image);
            int[] quick = new int[image.getWidth()];
            int[] slow = new int[image.getWidth()];
            for (int y = 0; y < image.getHeight(); y++) {
                rows.row(y, quick);
                image.getRGB(0, y, image.getWidth(), 1, slow, 0, image.getWidth());
                assertArrayEquals(slow, quick, image + " row " + y);
                if (rows.singleSample()) {
                    rows.samples(y, quick);
                    image.getRaster().getSamples(0, y, image.getWidth(), 1, 0, slow);
                    assertArrayEquals(slow, quick, image + " samples of row " + y);
                }
            }
        }
    }

    private static byte[] bytes(Random random, int n) {
        byte[] values = new byte[n];
        random.nextBytes(values);
        return values;
    }
}
