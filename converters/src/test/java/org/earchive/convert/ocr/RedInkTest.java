package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The copy Tesseract reads loses the red stamp, keeps the print crossing it, and leaves other pages alone. */
class RedInkTest {

    @Test
    void aRedStampIsPaintedWhiteAndThePrintCrossingItStays() {
        BufferedImage page = new BufferedImage(60, 20, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(250, 249, 245)); // paper
        g.fillRect(0, 0, 60, 20);
        g.setColor(new Color(205, 25, 35)); // the stamp's red, as bench/metadata-eval's scans print it
        g.fillRect(0, 0, 40, 20);
        g.setColor(new Color(235, 120, 130)); // a faded stamp
        g.fillRect(40, 0, 10, 20);
        g.setColor(new Color(20, 20, 20)); // print over the stamp
        g.fillRect(10, 5, 20, 3);
        g.setColor(new Color(25, 45, 150)); // a blue signature
        g.fillRect(52, 0, 8, 20);
        g.dispose();
        BufferedImage read = RedInk.dropped(page);
        assertEquals(0xFFFFFF, read.getRGB(2, 2) & 0xFFFFFF, "red stamp");
        assertEquals(0xFFFFFF, read.getRGB(45, 2) & 0xFFFFFF, "faded stamp");
        assertEquals(new Color(20, 20, 20).getRGB(), read.getRGB(15, 6), "print over the stamp");
        assertEquals(new Color(25, 45, 150).getRGB(), read.getRGB(55, 2), "blue ink");
        assertEquals(new Color(205, 25, 35).getRGB(), page.getRGB(2, 2), "the stored image is not touched");
    }

    @Test
    void greyAndRedlessPagesAreHandedOnAsTheyAre() {
        BufferedImage grey = new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY);
        assertSame(grey, RedInk.dropped(grey));
        BufferedImage colour = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        assertSame(colour, RedInk.dropped(colour));
    }
}
