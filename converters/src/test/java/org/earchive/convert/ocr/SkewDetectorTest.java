package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.SkewedScans;
import org.junit.jupiter.api.Test;

/** The skew of printed Vietnamese pages, found from their pixels alone (no Tesseract). */
class SkewDetectorTest {

    /** A tenth of a degree drifts 3.5 pixels over an A4 line at 300 dpi: far less than a letter's height. */
    private static final double TOLERANCE = 0.1;
    private static final String TEXT = "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024; Thông tư số 05/2025/TT-BNV quy định"
            + " về nghiệp vụ lưu trữ tài liệu điện tử; theo đề nghị của Chánh Văn phòng, Ủy ban nhân dân tỉnh ban hành"
            + " kế hoạch số hóa tài liệu lưu trữ năm 2025 với các nội dung chủ yếu như sau.\n\n";

    @Test
    void pagesTurnedEitherWayAreMeasuredToATenthOfADegree() {
        for (double degrees : List.of(-5.0, -2.5, -0.7, 1.2, 3.5, 4.8)) {
            SkewedScans.Scan scan = SkewedScans.scan("page", TEXT.repeat(3), 148, 210, 200, BufferedImage.TYPE_BYTE_GRAY,
                    Color.WHITE, degrees, 1);
            SkewDetector.Skew skew = SkewDetector.detect(scan.image(), 200);
            assertEquals(degrees, skew.degrees(), TOLERANCE, () -> "turned " + degrees + "°: " + skew);
        }
    }

    @Test
    void bilevelAndColourScansOfTheEvaluationSetAreMeasuredToo() {
        for (SkewedScans.Scan scan : SkewedScans.evaluationSet()) {
            SkewDetector.Skew skew = SkewDetector.detect(scan.image(), scan.dpi());
            assertEquals(scan.degrees(), skew.degrees(), TOLERANCE, () -> scan.name() + ": " + skew);
        }
    }

    @Test
    void aPageScannedSidewaysAndAskewHasTheSameSkewAsWhenUpright() {
        SkewedScans.Scan scan = SkewedScans.scan("page", TEXT.repeat(3), 148, 210, 200, BufferedImage.TYPE_BYTE_GRAY,
                Color.WHITE, 3, 0);
        for (int quarter : List.of(90, 180, 270)) {
            BufferedImage turned = ScratchImage.rotateClockwise(scan.image(), quarter);
            SkewDetector.Skew skew = SkewDetector.detect(turned, 200);
            assertEquals(3, skew.degrees(), TOLERANCE, () -> "turned " + quarter + "° more: " + skew);
        }
    }

    @Test
    void theLevelSampleScansAreLeftAlone() throws Exception {
        for (String scan : List.of("scans/bao-cao-300dpi-g4.tif", "scans/cong-van-200dpi.jpg", "scans/thong-bao-200dpi-lzw.tif",
                "scans/phieu-gui-khong-dpi.png", "anh/con-dau.png")) {
            BufferedImage image = ImageIO.read(Fixtures.samples().resolve(scan).toFile());
            SkewDetector.Skew skew = SkewDetector.detect(image, 200);
            assertTrue(Math.abs(skew.degrees()) < Deskew.MIN_DEGREES, () -> scan + ": " + skew);
        }
    }

    @Test
    void blankPagesAndNoiseHaveNoSkew() {
        BufferedImage blank = new BufferedImage(1200, 1700, BufferedImage.TYPE_BYTE_GRAY);
        blank.getGraphics().fillRect(0, 0, 1200, 1700);
        assertEquals(0, SkewDetector.detect(blank, 200).degrees());

        BufferedImage noise = new BufferedImage(1200, 1700, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(7);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.getRaster().setSample(x, y, 0, random.nextInt(100) < 8 ? 0 : 255);
            }
        }
        SkewDetector.Skew skew = SkewDetector.detect(noise, 200);
        assertEquals(0, skew.degrees(), () -> "speckles are not lines: " + skew);
    }

    /**
     * The reduced copy the skew is measured on is the page's own grey levels block by block, whatever the kind of
     * image: a grey raster's samples, any other image's colours as {@code getRGB} gives them, weighted as luminance.
     */
    @Test
    void theReducedCopyHoldsThePagesGreyLevelsForEveryKindOfImage() {
        SkewedScans.Scan scan = SkewedScans.scan("page", TEXT.repeat(2), 148, 210, 200, BufferedImage.TYPE_INT_RGB,
                new Color(250, 240, 215), 2, 1);
        byte[] greys = new byte[16];
        for (int i = 0; i < 16; i++) {
            greys[i] = (byte) (i * 17);
        }
        int w = scan.image().getWidth();
        int h = scan.image().getHeight();
        java.awt.image.IndexColorModel fourBitGrey = new java.awt.image.IndexColorModel(4, 16, greys, greys, greys);
        List<BufferedImage> kinds = List.of(scan.image(), as(scan.image(), new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY)),
                as(scan.image(), new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY)),
                as(scan.image(), new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED)),
                as(scan.image(), new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR)),
                as(scan.image(), new BufferedImage(w, h, BufferedImage.TYPE_USHORT_GRAY)),
                as(scan.image(), new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY, fourBitGrey)));
        for (BufferedImage image : kinds) {
            for (int factor : List.of(1, 2, 3)) {
                int width = image.getWidth() / factor;
                int height = image.getHeight() / factor;
                int[] expected = new int[width * height];
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        long sum = 0;
                        for (int dy = 0; dy < factor; dy++) {
                            for (int dx = 0; dx < factor; dx++) {
                                sum += grey(image, x * factor + dx, y * factor + dy);
                            }
                        }
                        expected[y * width + x] = (int) (sum / (factor * factor));
                    }
                }
                assertArrayEquals(expected, SkewDetector.reduce(image, factor, width, height),
                        "type " + image.getType() + ", " + image.getColorModel().getPixelSize() + " bit, factor " + factor);
            }
        }
    }

    private static BufferedImage as(BufferedImage source, BufferedImage target) {
        java.awt.Graphics2D g = target.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return target;
    }

    private static int grey(BufferedImage image, int x, int y) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image.getRaster().getSample(x, y, 0);
        }
        int rgb = image.getRGB(x, y);
        return (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
    }
}
