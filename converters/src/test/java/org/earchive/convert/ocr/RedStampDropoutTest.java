package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * The red stamp goes from the copy Tesseract reads; print stays, under the stamp too, whether the stamp's ink left
 * it black (ink over toner) or dark red (a semi-opaque stamp); grey, bilevel and unstamped pages are not touched.
 */
class RedStampDropoutTest {

    private static final Color STAMP_RED = new Color(205, 25, 35);
    private static final Color PAPER = new Color(250, 249, 245);

    @Test
    void stampInkOnPaperGoesAndPrintUnderItStays() {
        BufferedImage page = printedPage();
        BufferedImage print = copy(page);
        Graphics2D g = page.createGraphics();
        // the received stamp's frame and words, 82% opaque as a well-inked pad leaves them, over the print
        g.setColor(new Color(STAMP_RED.getRed(), STAMP_RED.getGreen(), STAMP_RED.getBlue(), 210));
        g.setStroke(new BasicStroke(4));
        g.drawRect(100, 60, 400, 240);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 42));
        g.drawString("ĐẾN", 120, 170);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        g.drawString("Số: 1234  Ngày: 8/4/2025", 120, 230);
        g.dispose();
        BufferedImage stamped = copy(page);

        BufferedImage read = RedStampDropout.forOcr(page);

        assertNotSame(page, read);
        assertEquals(0, differing(stamped, page), "the stored image is never changed");
        int stampLeft = 0;
        int printLost = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int before = stamped.getRGB(x, y);
                int after = read.getRGB(x, y);
                boolean printHere = luma(print.getRGB(x, y)) < 100;
                if (printHere && luma(after) >= 128) {
                    printLost++;
                }
                if (!printHere && RedStampDropout.stampInk(before) && (after & 0xFFFFFF) != 0xFFFFFF) {
                    stampLeft++;
                }
            }
        }
        assertEquals(0, stampLeft, "every pixel of stamp ink on paper is white");
        assertTrue(printLost < countDark(print) / 50, "print under the stamp stays dark: lost " + printLost
                + " of " + countDark(print));
    }

    @Test
    void inkOverTonerLeavesPrintBlackAndIsTakenOutAroundIt() {
        // a dye stamp multiplies: where it covers toner the page stays black, beside it the paper turns red
        BufferedImage page = printedPage();
        int black = 0xFF000000;
        int stamp = STAMP_RED.getRGB();
        for (int y = 90; y < 130; y++) {
            for (int x = 60; x < 560; x++) {
                if ((y / 6 + x / 6) % 3 == 0) {
                    page.setRGB(x, y, (page.getRGB(x, y) & 0xFFFFFF) == (black & 0xFFFFFF) ? black : stamp);
                }
            }
        }
        BufferedImage read = RedStampDropout.forOcr(page);
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int before = page.getRGB(x, y) & 0xFFFFFF;
                int after = read.getRGB(x, y) & 0xFFFFFF;
                assertEquals(before == (stamp & 0xFFFFFF) ? 0xFFFFFF : before, after, x + "," + y);
            }
        }
    }

    @Test
    void pagesWithoutAStampOrWithoutColourAreHandedOnAsTheyAre() {
        BufferedImage plain = printedPage();
        assertSame(plain, RedStampDropout.forOcr(plain), "no red at all");

        BufferedImage ticked = printedPage();
        Graphics2D g = ticked.createGraphics();
        g.setColor(STAMP_RED);
        g.fillRect(10, 10, 12, 12); // a red pen's tick, far below a stamp's share of the page
        g.setColor(new Color(25, 45, 150));
        g.setStroke(new BasicStroke(5));
        g.drawLine(300, 300, 560, 330); // a blue signature
        g.dispose();
        assertSame(ticked, RedStampDropout.forOcr(ticked), "a tick is no stamp");

        // a picture of a seal (fixtures/samples/anh/con-dau.png): the red is the content, there is no print under it
        BufferedImage seal = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D s = seal.createGraphics();
        s.setColor(Color.WHITE);
        s.fillRect(0, 0, 240, 240);
        s.setColor(STAMP_RED);
        s.setStroke(new BasicStroke(12));
        s.drawOval(20, 20, 200, 200);
        s.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
        s.drawString("UBND", 70, 135);
        s.dispose();
        assertSame(seal, RedStampDropout.forOcr(seal), "a seal alone is what the image shows");

        for (int type : new int[] {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_BYTE_BINARY}) {
            BufferedImage grey = new BufferedImage(600, 400, type);
            Graphics2D gg = grey.createGraphics();
            gg.setColor(Color.WHITE);
            gg.fillRect(0, 0, 600, 400);
            gg.setColor(Color.GRAY);
            gg.fillRect(100, 60, 400, 240); // what a red stamp becomes on a grey or bilevel scan
            gg.dispose();
            assertSame(grey, RedStampDropout.forOcr(grey), "type " + type + " has no colour to tell stamp from print");
        }
    }

    /** Lines of black print on off-white paper, colour (RGB) as a colour scanner gives it. */
    private static BufferedImage printedPage() {
        BufferedImage page = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(PAPER);
        g.fillRect(0, 0, 600, 400);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 30));
        for (int y = 40; y < 400; y += 36) {
            g.drawString(y % 72 == 40 ? "Số: 2858/QĐ-UBND ngày 10/6/2025" : "V/v đôn đốc thực hiện số hóa hồ sơ", 20, y);
        }
        g.dispose();
        return page;
    }

    private static BufferedImage copy(BufferedImage image) {
        return new BufferedImage(image.getColorModel(), image.copyData(null), image.isAlphaPremultiplied(), null);
    }

    private static int luma(int rgb) {
        return (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
    }

    private static int countDark(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += luma(image.getRGB(x, y)) < 100 ? 1 : 0;
            }
        }
        return dark;
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differ += a.getRGB(x, y) == b.getRGB(x, y) ? 0 : 1;
            }
        }
        return differ;
    }
}
