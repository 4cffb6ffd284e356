package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.SkewedScans;
import org.junit.jupiter.api.Test;

/** Tesseract's grey copy of a colour page: each pixel's luminance, and the skew search finds the same angle on it. */
class GreyForTesseractTest {

    @Test
    void aColourPageBecomesItsLuminancePixelForPixel() throws Exception {
        for (BufferedImage page : colourPages()) {
            BufferedImage grey = GreyForTesseract.of(page);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType());
            assertEquals(page.getWidth(), grey.getWidth());
            assertEquals(page.getHeight(), grey.getHeight());
            for (int y = 0; y < page.getHeight(); y += 7) {
                for (int x = 0; x < page.getWidth(); x += 5) {
                    int rgb = page.getRGB(x, y);
                    int expected = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                    assertEquals(expected, grey.getRaster().getSample(x, y, 0), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void theSkewSearchFindsTheSameAngleOnTheGreyCopy() throws Exception {
        int askew = 0;
        for (SkewedScans.Scan scan : SkewedScans.evaluationSet()) {
            if (!Deskew.hasColour(scan.image().getColorModel())) {
                continue;
            }
            askew++;
            assertEquals(SkewDetector.detect(scan.image(), scan.dpi()),
                    SkewDetector.detect(GreyForTesseract.of(scan.image()), scan.dpi()), scan.name());
        }
        assertTrue(askew > 0, "the evaluation set has colour scans");
        BufferedImage sample = ImageIO.read(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg").toFile());
        assertEquals(SkewDetector.detect(sample, 200), SkewDetector.detect(GreyForTesseract.of(sample), 200));
    }

    @Test
    void greyAndBlackAndWhitePagesAreHandedOnAsTheyAre() throws Exception {
        BufferedImage bilevel = ImageIO.read(Fixtures.samples().resolve("scans/bao-cao-300dpi-g4.tif").toFile());
        BufferedImage grey = ImageIO.read(Fixtures.samples().resolve("scans/thong-bao-200dpi-lzw.tif").toFile());
        assertSame(bilevel, GreyForTesseract.of(bilevel));
        assertSame(grey, GreyForTesseract.of(grey));
    }

    /** The sample colour scan as decoded (three bytes a pixel), the same in RGB ints, and the colour pages of the skew set. */
    private static List<BufferedImage> colourPages() throws Exception {
        List<BufferedImage> pages = new ArrayList<>();
        BufferedImage sample = ImageIO.read(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg").toFile());
        pages.add(sample);
        BufferedImage ints = new BufferedImage(sample.getWidth(), sample.getHeight(), BufferedImage.TYPE_INT_RGB);
        ints.createGraphics().drawImage(sample, 0, 0, null);
        pages.add(ints);
        for (SkewedScans.Scan scan : SkewedScans.evaluationSet()) {
            if (Deskew.hasColour(scan.image().getColorModel())) {
                pages.add(scan.image());
            }
        }
        return pages;
    }
}
