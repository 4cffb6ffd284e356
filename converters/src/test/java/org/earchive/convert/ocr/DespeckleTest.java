package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.earchive.fixtures.PageImages;
import org.junit.jupiter.api.Test;

/** Dust goes from the copy Tesseract reads; Vietnamese letters, their marks and the punctuation stay. */
class DespeckleTest {

    /** Tone marks, dots below, i's dots, full stops, commas, a colon, hyphens, slashes: everything small in print. */
    private static final String TEXT = "Số: 142/QĐ-UBND. Ủy ban nhân dân tỉnh Hòa Bình; căn cứ Luật Lưu trữ, Điều 1."
            + " Giao Trung tâm Lưu trữ lịch sử tỉnh chủ trì - phối hợp với các sở, ban, ngành; ạ ặ ậ ẹ ệ ị ọ ộ ợ ụ ự ỵ"
            + " ỉ ì í ĩ ẫ ễ ỗ ữ ỡ \"quoted\" 05/2025/TT-BNV (a) i.e. ... ! ?";

    /** Bilevel, as it is offered for (on grey pages a faint mark can threshold to a lone speck: not offered there). */
    @Test
    void aCleanBilevelPageOfVietnameseTextComesBackUnchanged() {
        for (int dpi : new int[] {200, 300}) {
            BufferedImage page = PageImages.page(TEXT, 148, 105, dpi, BufferedImage.TYPE_BYTE_BINARY, Color.BLACK, Color.WHITE);
            assertSame(page, Despeckle.forOcr(page, dpi), dpi + " dpi: nothing is dust");
        }
        BufferedImage grey = PageImages.page(TEXT, 148, 105, 200, BufferedImage.TYPE_BYTE_GRAY, Color.BLACK, Color.WHITE);
        org.junit.jupiter.api.Assertions.assertFalse(Despeckle.applies(grey), "grey pages are read as they are");
    }

    @Test
    void isolatedSpecksGoAndTheRestStaysPixelForPixel() {
        int dpi = 200;
        BufferedImage page = PageImages.page(TEXT, 148, 105, dpi, BufferedImage.TYPE_BYTE_BINARY, Color.BLACK, Color.WHITE);
        BufferedImage dusty = new BufferedImage(page.getColorModel(), page.copyData(null), false, null);
        Graphics2D g = dusty.createGraphics();
        g.setColor(Color.BLACK);
        Random random = new Random(7);
        // in the right margin (15 mm), a speck every 20 px down the page: 1-3 px, as bench/ocr.sh's held-out pages have
        for (int y = 10; y < page.getHeight() - 10; y += 20) {
            int size = 1 + random.nextInt(3);
            g.fillRect(page.getWidth() - 30 - random.nextInt(60), y, size, size);
        }
        g.dispose();

        BufferedImage before = new BufferedImage(dusty.getColorModel(), dusty.copyData(null), false, null);

        BufferedImage cleaned = Despeckle.forOcr(dusty, dpi);

        assertEquals(0, differing(page, cleaned), "every speck gone, every letter kept");
        assertEquals(0, differing(before, dusty), "the image given is not changed");
    }

    private static int differing(BufferedImage a, BufferedImage b) {
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                differ += (a.getRGB(x, y) & 0xFFFFFF) == (b.getRGB(x, y) & 0xFFFFFF) ? 0 : 1;
            }
        }
        return differ;
    }
}
