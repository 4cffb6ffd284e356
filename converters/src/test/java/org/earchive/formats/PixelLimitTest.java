package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class PixelLimitTest {

    /** 1x1 grey PNG whose header is then made to say 45 000 x 45 000 (its CRC recomputed). */
    private static byte[] pngDeclaring(int width, int height) {
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGP4DwABAQEAG7buVgAAAABJRU5ErkJggg==");
        java.nio.ByteBuffer.wrap(png).putInt(16, width).putInt(20, height);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(png, 12, 17);
        java.nio.ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
        return png;
    }

    @Test
    void anImageDeclaringBillionsOfPixelsIsRefusedFromItsHeaderAndAScanIsNot() throws Exception {
        try (ImageInputStream bomb = ImageIO.createImageInputStream(new ByteArrayInputStream(pngDeclaring(45_000, 45_000)))) {
            String sentence = PixelLimit.refusal(bomb);
            assertTrue(sentence != null && sentence.contains("45,000 x 45,000") && sentence.contains("at most 100 megapixels"),
                    sentence);
        }
        Path scan = Fixtures.samples().resolve("scans/cong-van-200dpi.jpg");
        try (ImageInputStream real = ImageIO.createImageInputStream(Files.newInputStream(scan))) {
            assertNull(PixelLimit.refusal(real));
        }
    }

    @Test
    void renderingStaysWithinTheLimitWhateverSizeThePageStates() {
        assertEquals(400, PixelLimit.dpiWithin(595, 842, 400), "an A4 page at 400 dpi is 15 megapixels");
        int dpi = PixelLimit.dpiWithin(14_400, 14_400, 400);
        assertEquals(50, dpi, "a 200-inch page");
        assertTrue(PixelLimit.allows(200L * dpi, 200L * dpi), "what is rendered at that resolution may be decoded");
    }
}
