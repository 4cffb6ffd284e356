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
    }

    @Test
    void aVniModifierGlyphReadsAsItsCombiningMarks() {
        LegacyFont vni = LegacyFont.of("VNI-Times").orElseThrow();
        // "ộ" is o + 0xE4 in VNI: drawn as two glyphs, the second reads as dot below and circumflex
        assertEquals("ộ", Normalizer.normalize("o" + vni.glyph('\u00E4'), Normalizer.Form.NFC));
        assertEquals("ơ", vni.glyph('\u00F4'));
    }
}
