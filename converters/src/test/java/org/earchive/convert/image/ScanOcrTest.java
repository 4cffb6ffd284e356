package org.earchive.convert.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.earchive.convert.ConvertedPdf;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.CharacterErrorRate;
import org.earchive.testing.Pdfs;
import org.earchive.testing.TesseractForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans become two-layer PDF/A-2b: the page image unchanged, and under it text Tesseract read. Real Tesseract. */
class ScanOcrTest {

    @TempDir
    Path out;

    @Test
    void cleanTwoPageScanReadsBackAsItsSourceText() throws Exception {
        ImageToPdfaConverter converter = new ImageToPdfaConverter(Pdfs.FINISHER, TesseractForTests.require(), false);
        Path pdf = out.resolve("g4.pdf");
        ConvertedPdf result = converter.convert(Pdfs.request(Fixtures.samples().resolve("scans/bao-cao-300dpi-g4.tif"), pdf));

        Pdfs.assertCompliant(pdf, PdfaLevel.PDFA_2B);
        String text = Pdfs.text(pdf);

        System.out.println(result);
        double cer = CharacterErrorRate.of(org.earchive.fixtures.FixtureGenerator.printedText("scans/bao-cao-300dpi-g4.tif"), text);
        System.out.println("CER " + cer);
        assertEquals("yes", result.facts().get("searchable"));
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
    }
}
