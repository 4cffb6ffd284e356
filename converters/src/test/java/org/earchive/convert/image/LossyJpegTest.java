package org.earchive.convert.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** --optimize 2's JPEG: Ghostscript's quantisation (so OCRmyPDF's loss), grey kept grey, its samples its own. */
class LossyJpegTest {

    /**
     * The first luminance quantisation values, in zig-zag order, of the JPEG Ghostscript 10 writes for OCRmyPDF 14's
     * PDF/A output of a grey page (read from its DQT segment).
     */
    private static final int[] GHOSTSCRIPT_LUMINANCE = {14, 10, 11, 13, 11, 9, 14, 13, 12, 13, 16, 15, 14, 17, 22, 36};

    @Test
    void quantisesAsGhostscriptAndStaysCloseToThePage() throws IOException {
        BufferedImage page = textPage(BufferedImage.TYPE_BYTE_GRAY);
        try (PDDocument pdf = new PDDocument()) {
            PDImageXObject image = LossyJpeg.embed(pdf, page);

            assertEquals(COSName.DCT_DECODE, image.getCOSObject().getCOSName(COSName.FILTER));
            assertEquals(PDDeviceGray.INSTANCE, image.getColorSpace());
            assertArrayEquals(GHOSTSCRIPT_LUMINANCE, firstLuminanceValues(jpegBytes(image)));
            double psnr = psnr(page, image.getRawRaster());
            assertTrue(psnr > 30, "PSNR " + psnr);
        }
    }

    @Test
    void sixteenBitGreyBecomesEightBitGreyOfTheSameTones() throws IOException {
        BufferedImage deep = new BufferedImage(256, 64, BufferedImage.TYPE_USHORT_GRAY);
        for (int y = 0; y < deep.getHeight(); y++) {
            for (int x = 0; x < deep.getWidth(); x++) {
                deep.getRaster().setSample(x, y, 0, x * 257);
            }
        }
        BufferedImage grey = LossyJpeg.eightBit(deep);

        assertEquals(BufferedImage.TYPE_BYTE_GRAY, grey.getType());
        for (int x = 0; x < 256; x++) {
            // the sample itself, not lifted as Java's getRGB would lift linear grey
            assertEquals(x, grey.getRaster().getSample(x, 10, 0));
        }
    }

    private static BufferedImage textPage(int type) {
        BufferedImage page = new BufferedImage(600, 300, type);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(new Color(235, 235, 235));
            g.fillRect(0, 0, 600, 300);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
            g.drawString("Quyết định số 142/QĐ-UBND", 20, 80);
            g.drawString("ngày 12 tháng 3 năm 2025", 20, 160);
        } finally {
            g.dispose();
        }
        return page;
    }

    private static byte[] jpegBytes(PDImageXObject image) throws IOException {
        try (InputStream in = image.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The first 16 values of the first 8-bit quantisation table (DQT, ITU-T T.81 B.2.4.1). */
    private static int[] firstLuminanceValues(byte[] jpeg) {
        for (int i = 2; i + 4 < jpeg.length; ) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = (jpeg[i + 2] & 0xFF) << 8 | (jpeg[i + 3] & 0xFF);
            if (marker == 0xDB) {
                int[] values = new int[16];
                for (int k = 0; k < 16; k++) {
                    values[k] = jpeg[i + 5 + k] & 0xFF;
                }
                return values;
            }
            i += 2 + length;
        }
        throw new AssertionError("no quantisation table in " + Arrays.toString(Arrays.copyOf(jpeg, 20)));
    }

    private static double psnr(BufferedImage a, java.awt.image.Raster b) {
        double squares = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int d = a.getRaster().getSample(x, y, 0) - b.getSample(x, y, 0);
                squares += d * d;
            }
        }
        double mse = squares / (a.getWidth() * (double) a.getHeight());
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
