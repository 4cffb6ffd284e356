package org.earchive.convert.office;

import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.convert.pdf.GhostscriptPdfa;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.pdf.PdfToPdfaConverter;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real LibreOffice through JODConverter; CI installs it and sets EARCHIVE_REQUIRE_LIBREOFFICE=1. */
class LibreOfficeToPdfaConverterTest {

    @TempDir
    Path work;

    private static LibreOfficePool requireLibreOffice() {
        LibreOfficePool pool = LibreOfficePool.find(1, 120_000);
        if (pool == null && "1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE"))) {
            fail("CI installs LibreOffice, but it was not found");
        }
        assumeTrue(pool != null, "LibreOffice is not installed here");
        return pool;
    }

    @Test
    void aDocxIsLaidOutByLibreOfficeThenFinishedAndCheckedByEarchive() throws Exception {
        try (LibreOfficePool pool = requireLibreOffice()) {
            LibreOfficeToPdfaConverter converter = converter(pool);
            Path target = work.resolve("out.pdf");

            ConvertedPdf pdf = converter.convert(Pdfs.request(Fixtures.root().resolve("detect/bao-cao.docx"), target));

            assertEquals(PdfaLevel.PDFA_2U, pdf.level(), pdf.warnings()::toString);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            assertTrue(PdfText.comparable(Pdfs.text(target)).contains(PdfText.comparable("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                    Pdfs.text(target));
            try (var scratch = Files.list(work)) {
                assertEquals(1, scratch.count(), "LibreOffice's intermediate PDF is removed");
            }
        }
        // only this test's own processes: other programs on the machine may run LibreOffice too
        assertFalse(ProcessHandle.current().descendants().anyMatch(p -> p.isAlive()
                        && p.info().command().orElse("").contains("soffice")),
                "closing the pool ends every LibreOffice process it started");
    }

    /**
     * NĐ 30/2020's Times New Roman on a machine without it: before issue 16 LibreOffice took Nimbus Roman,
     * which lacks the toned letters, and drew them in DejaVu Serif inside each word ("L ưu tr ữ").
     */
    @Test
    void vietnameseInTimesNewRomanAndOtherOfficeFontsComesOutInOneCoveringFontPerWord() throws Exception {
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("cong-van.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(
                    Fixtures.root().resolve("office/cong-van-times-new-roman.docx"), target));

            assertEquals(java.util.List.of(), pdf.unmet());
            assertEquals(java.util.List.of(), pdf.warnings());
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            String words = pdf.facts().get("words-kept");
            assertTrue(words != null && words.matches("(\\d+) of \\1"), "every word kept: " + words);
            assertEquals(0, org.earchive.convert.WordFidelity.mixedFontWords(target), "no word drawn in two font families");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            try (var document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            }
            assertTrue(fonts.stream().allMatch(f -> f.startsWith("Liberation") || f.startsWith("DejaVuSans")),
                    "only the bundled, Vietnamese-covering fonts: " + fonts);
            assertTrue(fonts.contains("LiberationSerif") && fonts.contains("LiberationSans")
                    && fonts.contains("LiberationMono"), "Times New Roman, Arial and Courier New as their twins: " + fonts);
            String text = PdfText.comparable(Pdfs.text(target));
            for (String phrase : java.util.List.of("Lưu trữ lịch sử tỉnh", "Nguyễn Thị Hường", "Sở Nội vụ")) {
                assertTrue(Pdfs.text(target).contains(phrase), phrase + " whole in: " + Pdfs.text(target));
                assertTrue(text.contains(PdfText.comparable(phrase)));
            }
        }
    }

    /** ODF encryption and RC4 in an old .doc are beyond Tika's decryption; LibreOffice opens them with --password. */
    @Test
    void protectionTikaCannotOpenIsOpenedByLibreOfficeWithThePasswordGiven() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        try (LibreOfficePool pool = requireLibreOffice()) {
            for (String name : java.util.List.of("tika/testODTEncrypted.odt", "poi/document__password_tika_binaryrc4.doc")) {
                Path target = work.resolve(Path.of(name).getFileName() + ".pdf");
                ConvertedPdf pdf = converter(pool).convert(Pdfs.request(corpus.resolve(name), target, "tika"));
                assertEquals(PdfaLevel.PDFA_2U, pdf.level(), name + ": " + pdf.warnings());
                Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
                assertTrue(pdf.warnings().get(0).contains("opened with the password given"), pdf.warnings()::toString);
                assertFalse(Pdfs.text(target).isBlank(), name + " has its text");
            }
            org.earchive.core.ConversionException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                    org.earchive.core.ConversionException.class, () -> converter(pool).convert(
                            Pdfs.request(corpus.resolve("tika/testODTEncrypted.odt"), work.resolve("wrong.pdf"), "sai")));
            assertEquals(org.earchive.core.DocumentStatus.ENCRYPTED, wrong.status());
            assertTrue(wrong.sentence().contains("the password given does not open it"), wrong.sentence());
            assertFalse(Files.exists(work.resolve("wrong.pdf")), "nothing half-written");
        }
    }

    private static LibreOfficeToPdfaConverter converter(LibreOfficePool pool) {
        return new LibreOfficeToPdfaConverter(pool, new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(),
                GhostscriptPdfa.find(), TesseractOcr.off()), new OfficeToPdfaConverter(Pdfs.FINISHER));
    }
}
