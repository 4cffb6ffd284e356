package org.earchive.pdfa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output intent every PDF carries: small, and the same colours as the JDK's full sRGB profile. */
class SrgbProfileTest {

    @TempDir
    Path out;

    @Test
    void aVersionFourDisplayProfileOfRgbInUnderSixHundredBytes() {
        byte[] bytes = SrgbProfile.bytes();
        ICC_Profile profile = ICC_Profile.getInstance(bytes);

        assertTrue(bytes.length < 600, bytes.length + " bytes");
        assertEquals(ICC_Profile.CLASS_DISPLAY, profile.getProfileClass());
        assertEquals(ColorSpace.TYPE_RGB, profile.getColorSpaceType());
        assertEquals(4, profile.getMajorVersion());
        assertEquals(bytes.length, ((bytes[0] & 0xFF) << 24 | (bytes[1] & 0xFF) << 16 | (bytes[2] & 0xFF) << 8 | bytes[3] & 0xFF));
        assertArrayEquals(bytes, SrgbProfile.bytes(), "the same bytes every time");
    }

    @Test
    void mapsEveryColourWhereTheJdksSrgbProfileDoes() {
        ColorSpace compact = new ICC_ColorSpace(ICC_Profile.getInstance(SrgbProfile.bytes()));
        ColorSpace jdk = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        double worst = 0;
        for (int r = 0; r <= 255; r += 15) {
            for (int g = 0; g <= 255; g += 15) {
                for (int b = 0; b <= 255; b += 15) {
                    float[] rgb = {r / 255f, g / 255f, b / 255f};
                    float[] expected = jdk.toCIEXYZ(rgb);
                    float[] actual = compact.toCIEXYZ(rgb);
                    for (int i = 0; i < 3; i++) {
                        worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
                    }
                }
            }
        }
        // 0.002 in XYZ is far below one step of 8-bit sRGB in the light tones (about 0.008 there)
        assertTrue(worst < 0.002, "largest XYZ difference " + worst);
        float[] white = compact.toCIEXYZ(new float[] {1, 1, 1});
        assertArrayEquals(new float[] {0.9642f, 1f, 0.8249f}, white, 0.0005f, "white is the connection space's D50");
    }

    @Test
    void aPdfCarryingItIsPdfA2b() throws Exception {
        Path pdf = out.resolve("red.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0.8f, 0.1f, 0.1f);
                content.addRect(20, 20, 100, 100);
                content.fill();
            }
            Pdfs.FINISHER.finish(document, new DocumentInfo("red", null, null, Instant.parse("2026-12-06T00:00:00Z"), "0"),
                    PdfaLevel.PDFA_2B);
            document.save(pdf.toFile());
        }
        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
    }
}
