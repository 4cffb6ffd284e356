package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.detect.TikaDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PNG scan's resolution, as scanning software records it (pHYs, pixels per metre): read, so that a 300-dpi page
 * is an A4 page and not one half as large again, as when 200 dpi was assumed.
 */
class PngResolutionTest {

    @TempDir
    Path folder;

    @Test
    void aScannersPhysChunkGivesTheResolution() throws Exception {
        Path png = png(folder.resolve("300.png"), 11811, 11811, 1); // 300 dpi, as scanners write it

        assertArrayEquals(new float[] {300f, 300f}, ImageResolution.ofPng(png), 0.01f);
        FileInspection inspection = new FileInspector(new TikaDetector()).inspect(png, "300.png");
        assertEquals(300, inspection.imageDpi(), "detect says what convert will use");
    }

    @Test
    void noPhysAnAspectRatioOnlyOrANonsenseValueGiveNone() throws Exception {
        assertNull(ImageResolution.ofPng(png(folder.resolve("none.png"), 0, 0, -1)));
        assertNull(ImageResolution.ofPng(png(folder.resolve("ratio.png"), 1, 1, 0)), "unit 0 is an aspect ratio");
        assertNull(ImageResolution.ofPng(png(folder.resolve("one.png"), 39, 39, 1)), "1 dpi is a placeholder");
        assertNull(ImageResolution.ofPng(Files.write(folder.resolve("short.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})));
    }

    /** A small grey PNG, with a pHYs chunk after IHDR unless {@code unit} is negative. */
    private static Path png(Path file, int perMetreX, int perMetreY, int unit) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY), "png", plain);
        byte[] bytes = plain.toByteArray();
        if (unit < 0) {
            return Files.write(file, bytes);
        }
        ByteBuffer chunk = ByteBuffer.allocate(21);
        chunk.putInt(9).put("pHYs".getBytes(StandardCharsets.US_ASCII)).putInt(perMetreX).putInt(perMetreY).put((byte) unit);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 13);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25; // the signature, then IHDR: length, type, 13 bytes, CRC
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, afterHeader);
        out.write(chunk.array());
        out.write(bytes, afterHeader, bytes.length - afterHeader);
        return Files.write(file, out.toByteArray());
    }
}
