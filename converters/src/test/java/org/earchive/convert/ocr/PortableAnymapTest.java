package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What Tesseract is handed is the page, pixel for pixel, in each of the three kinds of scratch image. */
class PortableAnymapTest {

    private static final Random RANDOM = new Random(20);

    @Test
    void bilevelPageIsABitmapWithBlackAsOneWhicheverIndexJavaGaveIt() throws Exception {
        BufferedImage page = speckled(new BufferedImage(13, 5, BufferedImage.TYPE_BYTE_BINARY)); // width not a byte
        byte[] written = write(page);
        assertEquals("P4\n13 5\n", new String(written, 0, 8, StandardCharsets.US_ASCII));
        // the first pixel of the first row is the top bit of the first data byte, 1 when black
        int firstData = written[8] & 0xFF;
        assertEquals((page.getRGB(0, 0) & 0xFFFFFF) == 0, (firstData & 0x80) != 0);
        assertEquals(0, written[9] & 0x07, "the padding after 13 pixels stays zero");
        assertSamePixels(page, PortableAnymap.read(new ByteArrayInputStream(written)));

        // white as index 0, black as index 1: the same picture, the same bytes
        IndexColorModel whiteFirst = new IndexColorModel(1, 2, new byte[] {-1, 0}, new byte[] {-1, 0}, new byte[] {-1, 0});
        BufferedImage inverted = new BufferedImage(13, 5, BufferedImage.TYPE_BYTE_BINARY, whiteFirst);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 13; x++) {
                inverted.getRaster().setSample(x, y, 0, 1 - page.getRaster().getSample(x, y, 0));
            }
        }
        assertArrayEquals(written, write(inverted));
    }

    @Test
    void greyAndColourPagesKeepEverySample() throws Exception {
        BufferedImage grey = speckled(new BufferedImage(7, 3, BufferedImage.TYPE_BYTE_GRAY));
        BufferedImage readGrey = PortableAnymap.read(new ByteArrayInputStream(write(grey)));
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, readGrey.getType());
        for (int y = 0; y < 3; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(grey.getRaster().getSample(x, y, 0), readGrey.getRaster().getSample(x, y, 0));
            }
        }
        for (int type : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR}) {
            BufferedImage colour = speckled(new BufferedImage(7, 3, type));
            byte[] written = write(colour);
            assertEquals("P6\n7 3\n255\n", new String(written, 0, 11, StandardCharsets.US_ASCII));
            assertEquals((colour.getRGB(0, 0) >> 16) & 0xFF, written[11] & 0xFF, "red first");
            assertSamePixels(colour, PortableAnymap.read(new ByteArrayInputStream(written)));
        }
    }

    private static BufferedImage speckled(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, image.getType() == BufferedImage.TYPE_BYTE_BINARY
                        ? (RANDOM.nextBoolean() ? 0xFFFFFF : 0) : RANDOM.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] write(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortableAnymap.write(image, out);
        return out.toByteArray();
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }
}
