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
}
