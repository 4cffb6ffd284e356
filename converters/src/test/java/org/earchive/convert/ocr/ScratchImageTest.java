package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchImageTest {

    @TempDir
    Path dir;

    @Test
    void transparentImageReachesTesseractAsItWouldPrintOnWhitePaper() throws Exception {
        BufferedImage argb = new BufferedImage(4, 2, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0xFF000000);           // opaque black ink
        argb.setRGB(1, 0, 0x00000000);           // fully transparent: paper
        Path file = dir.resolve("page.pnm");
        ScratchImage.write(argb, file);

        BufferedImage read = ScratchImage.read(file);
        assertEquals(0x000000, read.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xFFFFFF, read.getRGB(1, 0) & 0xFFFFFF);
        assertEquals(3, read.getColorModel().getNumComponents(), "RGB, no alpha");
    }

    @Test
    void quarterTurnsMovePixelsWhereTheEyeExpects() {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 255); // top left
        BufferedImage clockwise = ScratchImage.rotateClockwise(image, 90);
        assertEquals(2, clockwise.getWidth());
        assertEquals(255, clockwise.getRaster().getSample(1, 0, 0), "top left goes to top right");
        assertEquals(255, ScratchImage.rotateClockwise(image, 180).getRaster().getSample(2, 1, 0), "to bottom right");
        assertEquals(255, ScratchImage.rotateClockwise(image, 270).getRaster().getSample(0, 2, 0), "to bottom left");
    }

    @Test
    void aPaletteOfGreysReachesTesseractAsGreyWithTheGreysAnRgbFlatteningGave() throws Exception {
        byte[] greys = new byte[16];
        for (int i = 0; i < 16; i++) {
            greys[i] = (byte) (i * 17);
        }
        BufferedImage fourBit = new BufferedImage(16, 3, BufferedImage.TYPE_BYTE_BINARY,
                new java.awt.image.IndexColorModel(4, 16, greys, greys, greys));
        for (int x = 0; x < 16; x++) {
            fourBit.getRaster().setSample(x, 1, 0, x);
        }
        BufferedImage rgb = new BufferedImage(16, 3, BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(fourBit, 0, 0, null);

        Path file = dir.resolve("grey.pnm");
        ScratchImage.write(fourBit, file);
        BufferedImage read = ScratchImage.read(file);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, read.getType(), "a PGM, one byte a pixel");
        for (int x = 0; x < 16; x++) {
            assertEquals(rgb.getRGB(x, 1) & 0xFF, read.getRaster().getSample(x, 1, 0), "grey " + x);
            assertEquals(rgb.getRGB(x, 1) & 0xFF, (rgb.getRGB(x, 1) >> 16) & 0xFF, "the RGB flattening's channels agree");
        }

        byte[] reds = greys.clone();
        reds[15] = 0;
        BufferedImage tinted = new BufferedImage(16, 3, BufferedImage.TYPE_BYTE_BINARY,
                new java.awt.image.IndexColorModel(4, 16, reds, greys, greys));
        assertEquals(BufferedImage.TYPE_INT_RGB, ScratchImage.plain(tinted).getType(), "one colour in the palette: RGB");
    }
}
