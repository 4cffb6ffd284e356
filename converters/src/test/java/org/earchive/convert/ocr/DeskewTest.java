package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.earchive.fixtures.SkewedScans;
import org.junit.jupiter.api.Test;

/** Straightening a page for OCR, and carrying a point read on the straight copy back onto the page as scanned. */
class DeskewTest {

    private static final String TEXT = ("Ủy ban nhân dân tỉnh ban hành kế hoạch số hóa tài liệu lưu trữ năm 2025 với các"
            + " nội dung chủ yếu như sau: lập danh mục, số hóa và bàn giao hồ sơ cho Lưu trữ lịch sử.\n\n").repeat(4);

    @Test
    void theStraightenedCopyHoldsTheWholePageAndIsLevel() {
        SkewedScans.Scan scan = SkewedScans.scan("page", TEXT, 148, 210, 200, BufferedImage.TYPE_BYTE_GRAY, Color.WHITE, 3.5, 0);
        Deskew deskew = Deskew.of(scan.degrees(), scan.image().getWidth(), scan.image().getHeight());
        BufferedImage level = deskew.straighten(scan.image());
        assertEquals(deskew.straightenedWidth(), level.getWidth());
        assertTrue(level.getWidth() > scan.image().getWidth() && level.getHeight() > scan.image().getHeight(),
                "the canvas grows so the turned corners are not cut off");
        SkewDetector.Skew skew = SkewDetector.detect(level, scan.dpi());
        assertEquals(0, skew.degrees(), 0.1, skew::toString);
    }

    /**
     * A black and white scan (a palette of black and white) is turned in one byte of grey a pixel, not four of RGB: the
     * same greys, pixel for pixel, that an RGB turn gives in each of its channels, so Tesseract reads the same page.
     */
    @Test
    void aBilevelScanIsStraightenedInGreyToTheGreysAnRgbTurnGives() {
        SkewedScans.Scan scan = SkewedScans.scan("page", TEXT, 148, 210, 200, BufferedImage.TYPE_BYTE_BINARY, Color.WHITE, 3.5, 0);
        BufferedImage bilevel = scan.image();
        assertEquals(1, bilevel.getColorModel().getPixelSize());
        Deskew deskew = Deskew.of(scan.degrees(), bilevel.getWidth(), bilevel.getHeight());
        for (Color paper : List.of(Color.WHITE, Color.BLACK)) {
            BufferedImage level = deskew.straighten(bilevel, paper);
            assertEquals(BufferedImage.TYPE_BYTE_GRAY, level.getType());
            BufferedImage rgb = new BufferedImage(level.getWidth(), level.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = rgb.createGraphics();
            g.setColor(paper);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(bilevel, deskew.originalToStraightened(), null);
            g.dispose();
            int[] greys = level.getRaster().getSamples(0, 0, level.getWidth(), level.getHeight(), 0, (int[]) null);
            int softEdges = 0;
            for (int y = 0, i = 0; y < level.getHeight(); y++) {
                for (int x = 0; x < level.getWidth(); x++, i++) {
                    int colour = rgb.getRGB(x, y) & 0xFFFFFF;
                    assertEquals(greys[i] * 0x010101, colour, "pixel " + x + "," + y);
                    softEdges += greys[i] > 0 && greys[i] < 255 ? 1 : 0;
                }
            }
            assertTrue(softEdges > 1000, "the turn is smooth: letters keep soft edges (" + softEdges + ")");
        }
        // a palette with a colour in it is still turned in colour
        java.awt.image.IndexColorModel redAndWhite = new java.awt.image.IndexColorModel(1, 2,
                new byte[] {(byte) 255, (byte) 255}, new byte[] {0, (byte) 255}, new byte[] {0, (byte) 255});
        assertTrue(Deskew.hasColour(redAndWhite));
        assertTrue(!Deskew.hasColour(bilevel.getColorModel()));
    }

    @Test
    void aPointOnTheStraightCopyGoesBackToWhereItWasOnThePage() {
        Deskew deskew = Deskew.of(3.5, 1166, 1654);
        AffineTransform forth = deskew.originalToStraightened();
        AffineTransform back = deskew.straightenedToOriginal(0);
        for (Point2D point : List.of(new Point2D.Double(0, 0), new Point2D.Double(1166, 0), new Point2D.Double(300, 1200))) {
            Point2D there = forth.transform(point, null);
            Point2D again = back.transform(there, null);
            assertEquals(point.getX(), again.getX(), 1e-6);
            assertEquals(point.getY(), again.getY(), 1e-6);
        }
        // a line that falls by tan(3.5°) on the page is level on the straight copy
        Point2D left = forth.transform(new Point2D.Double(100, 500), null);
        Point2D right = forth.transform(new Point2D.Double(1100, 500 + 1000 * Math.tan(Math.toRadians(3.5))), null);
        assertEquals(left.getY(), right.getY(), 1e-6);
    }

    /** A page that is both sideways and askew: the way back works between the upright frames too. */
    @Test
    void theWayBackHoldsForPagesTurnedUpright() {
        int width = 800;
        int height = 600;
        Deskew deskew = Deskew.of(-4, width, height);
        for (int clockwise : List.of(90, 180, 270)) {
            Point2D scanned = new Point2D.Double(123, 456);
            Point2D straight = deskew.originalToStraightened().transform(scanned, null);
            Point2D uprightScanned = quarterTurn(scanned, clockwise, width, height);
            Point2D uprightStraight = quarterTurn(straight, clockwise, deskew.straightenedWidth(), deskew.straightenedHeight());
            Point2D back = deskew.straightenedToOriginal(clockwise).transform(uprightStraight, null);
            assertEquals(uprightScanned.getX(), back.getX(), 1e-6, "turned " + clockwise);
            assertEquals(uprightScanned.getY(), back.getY(), 1e-6, "turned " + clockwise);
        }
    }

    /** Where a point of a w x h image lands when the image is turned clockwise (y down), as ScratchImage turns it. */
    private static Point2D quarterTurn(Point2D p, int clockwise, double w, double h) {
        return switch (clockwise) {
            case 90 -> new Point2D.Double(h - p.getY(), p.getX());
            case 180 -> new Point2D.Double(w - p.getX(), h - p.getY());
            case 270 -> new Point2D.Double(p.getY(), w - p.getX());
            default -> p;
        };
    }

    @Test
    void inPlaceKeepsThePageSizeAndFillsTheCornersWithPaper() {
        Color paper = new Color(250, 244, 228);
        BufferedImage page = SkewedScans.scan("page", TEXT, 148, 210, 200, BufferedImage.TYPE_INT_RGB, paper, -4, 0).image();
        BufferedImage level = Deskew.inPlace(-4, page.getWidth(), page.getHeight()).straighten(page, paper);
        assertEquals(page.getWidth(), level.getWidth());
        assertEquals(page.getHeight(), level.getHeight());
        assertEquals(paper.getRGB(), level.getRGB(0, 0));
    }
}
