package org.earchive.formats.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegacyPdfFontsTest {

    @Test
    void theVnTimeFontsMapsAreRewrittenAndTheTextIsTheCongVan() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Fixtures.root().resolve("legacy/cong-van-tcvn3.pdf").toFile())) {
            assertTrue(PdfText.extract(pdf).contains("céng hßa"), "mojibake before");
            LegacyRuns runs = LegacyPdfFonts.apply(pdf);
            assertEquals(LegacyEncoding.TCVN3, runs.encoding());
            assertEquals(java.util.Set.of(".VnTime", ".VnTimeH"), runs.fonts());
            String expected = Normalizer.normalize(Fixtures.sourceText("cong-van.txt"), Normalizer.Form.NFC);
            assertEquals(expected.replaceAll("\\s+", " ").strip(),
                    Normalizer.normalize(PdfText.extract(pdf), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip());
        }
    }

    /**
     * VNI: each letter two codes (o + ä for ộ), the modifier a zero-width glyph; VISCII: one code a letter, its
     * capitals at 0x80-0x9F given by the map as Windows-1252 characters ("“" for Ộ). Both read as the Công văn,
     * and the pages render as before, pixel for pixel.
     */
    @ParameterizedTest
    @CsvSource({"cong-van-vni.pdf, VNI, VNI-Times, COÄNG HOØA", "cong-van-viscii.pdf, VISCII, VI Times, C\u201cNG HÒA"})
    void vniAndVisciiFontsReadAsTheCongVanAndLookTheSame(String name, LegacyEncoding code, String font, String before)
            throws Exception {
        java.nio.file.Path file = Fixtures.root().resolve("legacy").resolve(name);
        try (PDDocument pdf = Loader.loadPDF(file.toFile());
             PDDocument original = Loader.loadPDF(file.toFile())) {
            assertTrue(PdfText.extract(pdf).contains(before.translateEscapes()), "mojibake before");
            LegacyRuns runs = LegacyPdfFonts.apply(pdf);
            assertEquals(code, runs.encoding());
            assertEquals(java.util.Set.of(font), runs.fonts());
            String expected = Normalizer.normalize(Fixtures.sourceText("cong-van.txt"), Normalizer.Form.NFC);
            assertEquals(expected.replaceAll("\\s+", " ").strip(),
                    Normalizer.normalize(PdfText.extract(pdf), Normalizer.Form.NFC).replaceAll("\\s+", " ").strip());
            var after = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 50);
            var looked = new org.apache.pdfbox.rendering.PDFRenderer(original).renderImageWithDPI(0, 50);
            for (int y = 0; y < after.getHeight(); y++) {
                for (int x = 0; x < after.getWidth(); x++) {
                    assertEquals(looked.getRGB(x, y), after.getRGB(x, y), "pixel " + x + "," + y);
                }
            }
        }
    }

    @Test
    void aPdfInUnicodeFontsIsLeftAlone() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Fixtures.root().resolve("detect/born-digital.pdf").toFile())) {
            assertNull(LegacyPdfFonts.apply(pdf));
        }
    }

    @Test
    void fontNamesAsProducersWriteThem() {
        assertEquals(LegacyEncoding.TCVN3, LegacyPdfFonts.legacyFont("ABCDEF+.VnTime").orElseThrow().encoding());
        assertTrue(LegacyPdfFonts.legacyFont("VnTimeH,Bold").orElseThrow().capitals());
        assertEquals(LegacyEncoding.VNI, LegacyPdfFonts.legacyFont("QWERTY+VNI-Times").orElseThrow().encoding());
        assertTrue(LegacyPdfFonts.legacyFont("ABCDEF+TimesNewRomanPSMT").isEmpty());
        assertTrue(LegacyPdfFonts.legacyFont("Verdana").isEmpty());
        assertEquals(LegacyEncoding.VISCII, LegacyPdfFonts.legacyFont("ABCDEF+VITimes").orElseThrow().encoding());
        assertTrue(LegacyPdfFonts.legacyFont("VITimesH").orElseThrow().capitals());
        assertTrue(LegacyPdfFonts.legacyFont("VIPRoman").isEmpty());
    }

    @Test
    void aVniModifierGlyphReadsAsItsCombiningMarks() {
        LegacyFont vni = LegacyFont.of("VNI-Times").orElseThrow();
        // "ộ" is o + 0xE4 in VNI: drawn as two glyphs, the second reads as dot below and circumflex
        assertEquals("ộ", Normalizer.normalize("o" + vni.glyph('\u00E4'), Normalizer.Form.NFC));
        assertEquals("ơ", vni.glyph('\u00F4'));
    }
}
