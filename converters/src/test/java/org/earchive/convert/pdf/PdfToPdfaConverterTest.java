package org.earchive.convert.pdf;

import org.earchive.convert.ocr.TesseractOcr;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.detect.SignatureCheck;
import org.earchive.detect.TikaDetector;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfToPdfaConverterTest {

    private static final PdfToPdfaConverter CONVERTER = new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(),
            GhostscriptPdfa.find(), TesseractOcr.off());
    private static final FileInspector INSPECTOR = new FileInspector(new TikaDetector());

    @TempDir
    Path work;

    @Test
    void unembeddedStandardFontsAreEmbeddedAsMetricTwinsAndTheTextStaysTheSame() throws Exception {
        Path source = fixture("unembedded-standard-fonts.pdf");
        Path target = work.resolve("out.pdf");

        ConvertedPdf pdf = convert(source, target, DocumentClass.BORN_DIGITAL);

        assertEquals(PdfaLevel.PDFA_2U, pdf.level());
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals(PdfText.comparable(PdfText.extract(source)), PdfText.comparable(Pdfs.text(target)));
        assertTrue(Pdfs.text(target).contains("The committee’s decision, don’t forget it."),
                "codes meant StandardEncoding's right quote before, and must still: " + Pdfs.text(target));
        try (PDDocument document = Pdfs.open(target)) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                assertTrue(font.getName().startsWith("Liberation"), font.getName());
            }
        }
        assertTrue(pdf.facts().get("repairs").contains("Helvetica embedded as its metric twin LiberationSans"),
                pdf.facts()::toString);
    }

    @Test
    void zapfDingbatsAndSymbolAreEmbeddedAsTheirUrwTwinsWhereTheMachineHasThem() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                SymbolFontTwins.pfb(SymbolFontTwins.fileNames("ZapfDingbats")) != null,
                "URW's D050000L (Debian fonts-urw-base35, which Ghostscript brings) is not installed");
        Path source = work.resolve("check-marks.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            var dingbats = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.ZAPF_DINGBATS);
            var symbol = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.SYMBOL);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(dingbats, 14);
                content.newLineAtOffset(72, 700);
                content.showText("\u2714\u2718"); // a check mark and a cross, as a form's check box draws them
                content.setFont(symbol, 14);
                content.newLineAtOffset(0, -24);
                content.showText("\u03B1\u03B2\u2211"); // alpha, beta, a sum sign
                content.endText();
            }
            document.save(source.toFile());
        }
        Path target = work.resolve("out.pdf");

        ConvertedPdf pdf = convert(source, target, DocumentClass.BORN_DIGITAL);

        Pdfs.assertCompliant(target, pdf.level());
        assertTrue(pdf.facts().get("repairs").contains("ZapfDingbats embedded as its metric twin D050000L"),
                pdf.facts()::toString);
        assertTrue(pdf.facts().get("repairs").contains("Symbol embedded as its metric twin StandardSymbolsPS"),
                pdf.facts()::toString);
        assertTrue(pdf.facts().getOrDefault("problems", "").isEmpty(), pdf.facts()::toString);
        String text = Pdfs.text(target);
        assertTrue(text.contains("\u2714\u2718") && text.contains("\u03B1\u03B2\u2211"), text);
        try (PDDocument document = Pdfs.open(target)) {
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                for (int code : new int[] {0x34, 0x38}) { // the twin's widths are the original's metrics
                    if (font.getName().startsWith("D050000L")) {
                        assertEquals(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.ZAPF_DINGBATS).getWidth(code),
                                font.getWidth(code), 1f);
                    }
                }
            }
        }
    }

    @Test
    void javaScriptAndAttachmentsAreRemovedAndSaidSo() throws Exception {
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = convert(fixture("javascript-and-attachment.pdf"), target, DocumentClass.BORN_DIGITAL);

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        FileInspection after = INSPECTOR.inspect(target, "out.pdf");
        assertFalse(after.pdf().javaScript());
        assertEquals(0, after.pdf().embeddedFiles());
        assertTrue(pdf.facts().get("repairs").contains("JavaScript action removed"), pdf.facts()::toString);
        assertTrue(pdf.facts().get("repairs").contains("embedded files removed"), pdf.facts()::toString);
    }

    @Test
    void lzwIsRecompressedAndInterpolationSwitchedOffWithoutChangingThePage() throws Exception {
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = convert(fixture("legacy-lzw-interpolate.pdf"), target, DocumentClass.BORN_DIGITAL);

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertTrue(pdf.facts().get("repairs").contains("LZW stream re-compressed with Flate"), pdf.facts()::toString);
        assertTrue(pdf.facts().get("repairs").contains("image interpolation switched off"), pdf.facts()::toString);
        assertFalse(new String(Files.readAllBytes(target), java.nio.charset.StandardCharsets.ISO_8859_1).contains("LZWDecode"));
    }

    @Test
    void aLostUnicodeMapIsRebuiltFromTheFontsOwnTableSoTheFileReaches2u() throws Exception {
        Path target = work.resolve("out.pdf");
        Path source = fixture("lost-tounicode-whole-font.pdf");
        ConvertedPdf pdf = convert(source, target, DocumentClass.BORN_DIGITAL);

        assertEquals(PdfaLevel.PDFA_2U, pdf.level(), pdf.warnings()::toString);
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        String firstLine = org.earchive.fixtures.Fixtures.sourceText("bao-cao-tong-ket.txt").lines().findFirst().orElseThrow();
        assertTrue(PdfText.comparable(Pdfs.text(target)).contains(PdfText.comparable(firstLine)),
                firstLine + " not in: " + Pdfs.text(target));
        assertEquals(PdfText.comparable(PdfText.extract(source)), PdfText.comparable(Pdfs.text(target)));
        assertTrue(pdf.facts().get("repairs").contains("Unicode map rebuilt"), pdf.facts()::toString);
    }

    @Test
    void textWithoutUnicodeFallsBackTo2bAndSaysWhy() throws Exception {
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = convert(fixture("type3-glyphs-without-unicode.pdf"), target, DocumentClass.BORN_DIGITAL);

        assertEquals(PdfaLevel.PDFA_2B, pdf.level());
        assertEquals("d-fell-back-to-2b", pdf.facts().get("pdfa-rung"));
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2B);
        assertTrue(pdf.warnings().get(0).contains("no Unicode mapping"), pdf.warnings()::toString);
    }

    @Test
    void aValidPdfaIsKeptByteForByte() throws Exception {
        Path first = work.resolve("first.pdf");
        convert(fixture("born-digital.pdf"), first, DocumentClass.BORN_DIGITAL);
        Path second = work.resolve("second.pdf");

        ConvertedPdf pdf = convert(first, second, DocumentClass.BORN_DIGITAL);

        assertEquals("a-already-valid", pdf.facts().get("pdfa-rung"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertTrue(pdf.verdict().compliant());
    }

    @Test
    void aSignedPdfGetsPdfaAppendedAfterItsSignedBytesAndTheSignatureStillVerifies() throws Exception {
        Path source = fixture("signed.pdf");
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = convert(source, target, DocumentClass.BORN_DIGITAL);

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals("a2-appended-to-signed", pdf.facts().get("pdfa-rung"));
        assertEquals("Nguyễn Văn An", pdf.facts().get(PdfToPdfaConverter.SIGNATURE_KEPT));
        assertFalse(pdf.facts().containsKey(ConvertedPdf.SIGNED_BY), "no rewrite, so no signed original to keep beside");
        assertTrue(SignedIncrementalUpdate.startsWith(target, source), "the signed revision's bytes are untouched");
        var signature = INSPECTOR.inspect(target, "out.pdf").pdf().signatures().get(0);
        assertFalse(signature.coversWholeFile(), "the PDF/A update follows the signed revision");
        assertTrue(signature.check().findings().stream().anyMatch(f -> f.aspect() == SignatureCheck.Aspect.INTEGRITY
                && f.result() == SignatureCheck.Result.PASSED), signature.check().findings()::toString);
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.contains("exactly as it did on arrival")), pdf.warnings()::toString);
    }

    @Test
    void aCertifiedPdfIsRewrittenWithItsSignedOriginalKeptAndSaysWhy() throws Exception {
        org.earchive.detect.TestSignatures pki = new org.earchive.detect.TestSignatures();
        Path source = Files.write(work.resolve("certified.pdf"), pki.signedPdf(
                new org.earchive.detect.TestSignatures.Options(pki.signer, false, false, 2)));
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = convert(source, target, DocumentClass.BORN_DIGITAL);

        Pdfs.assertCompliant(target, pdf.level());
        assertEquals("BỘ Y TẾ", pdf.facts().get(ConvertedPdf.SIGNED_BY));
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.contains("signature does not carry over")
                && w.contains("certified (DocMDP)")), pdf.warnings()::toString);
        assertFalse(INSPECTOR.inspect(target, "out.pdf").isSigned());
    }

    @Test
    void permissionOnlyEncryptionIsRemovedAndAPasswordIsRefused() throws Exception {
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = convert(fixture("encrypted-permissions-only.pdf"), target, DocumentClass.BORN_DIGITAL);
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertFalse(INSPECTOR.inspect(target, "out.pdf").isEncrypted());
        assertTrue(pdf.warnings().get(0).contains("restrictions were removed"), pdf.warnings()::toString);

        ConversionException locked = assertThrows(ConversionException.class,
                () -> convert(fixture("encrypted-password.pdf"), work.resolve("locked.pdf"), null));
        assertEquals(DocumentStatus.ENCRYPTED, locked.status());
        assertTrue(locked.sentence().contains("cannot be opened without it"), locked.sentence());
    }

    @Test
    void thePasswordGivenOpensAProtectedPdfAndTheWrongOneIsSaid() throws Exception {
        Path target = work.resolve("out.pdf");
        PdfToPdfaConverter withPassword = CONVERTER;
        ConversionRequest base = Pdfs.request(fixture("encrypted-password.pdf"), target);
        ConvertedPdf pdf = withPassword.convert(Pdfs.with(base, target, DocumentClass.BORN_DIGITAL,
                Pdfs.CONTEXT.withPassword("mat-khau")));
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertTrue(pdf.warnings().get(0).contains("opened with the password given"), pdf.warnings()::toString);
        assertFalse(INSPECTOR.inspect(target, "out.pdf").isEncrypted());

        PdfToPdfaConverter wrong = CONVERTER;
        ConversionException refused = assertThrows(ConversionException.class, () -> wrong.convert(
                Pdfs.with(base, work.resolve("x.pdf"), null, Pdfs.CONTEXT.withPassword("sai-mat-khau"))));
        assertEquals(DocumentStatus.ENCRYPTED, refused.status());
        assertTrue(refused.sentence().contains("does not open it"), refused.sentence());
    }

    @Test
    void scansBecome2bAndAnOcrLayerKeepsItsText() throws Exception {
        Path target = work.resolve("out.pdf");
        Path source = fixture("hybrid-invisible-text.pdf");
        ConvertedPdf pdf = convert(source, target, DocumentClass.HYBRID);

        assertEquals(PdfaLevel.PDFA_2B, pdf.level());
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2B);
        assertEquals(PdfText.comparable(PdfText.extract(source)), PdfText.comparable(Pdfs.text(target)));
        assertEquals(2, pdf.pages());
    }

    @Test
    void deviceColourRepairCannotFixIsRedrawnByGhostscriptAndTheTextChangeIsSaid() throws Exception {
        GhostscriptPdfa ghostscript = GhostscriptPdfa.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(ghostscript != null, ".ci/run installs ghostscript");
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = convert(fixture("device-cmyk.pdf"), target, DocumentClass.BORN_DIGITAL);

        assertEquals("c-ghostscript", pdf.facts().get("pdfa-rung"));
        assertEquals(PdfaLevel.PDFA_2B, pdf.level());
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2B);
        assertTrue(pdf.warnings().get(0).contains("6.2.4.3"), "the rule that sent it to Ghostscript: " + pdf.warnings());
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.contains("extractable text differs")),
                "Ghostscript loses the Vietnamese text layer, and the report must say so: " + pdf.warnings());
    }

    @Test
    void withoutGhostscriptARepairThatFailsIsNotCompliantAndSaysHowToGoFurther() throws Exception {
        PdfToPdfaConverter withoutGhostscript = new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(), null,
                TesseractOcr.off());
        ConversionRequest base = Pdfs.request(fixture("device-cmyk.pdf"), work.resolve("out.pdf"));
        ConvertedPdf pdf = withoutGhostscript.convert(Pdfs.with(base, base.target(), DocumentClass.BORN_DIGITAL,
                Pdfs.CONTEXT));

        assertFalse(pdf.verdict().compliant());
        assertTrue(pdf.verdict().failedRuleIds().contains("6.2.4.3-3"), pdf.verdict().failedRuleIds()::toString);
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.contains("apt-get install ghostscript")), pdf.warnings()::toString);
    }

    @Test
    void scannedPagesOfAPdfGetAnInvisibleOcrLayerAndTheStrayPageNumberStays() throws Exception {
        PdfToPdfaConverter withOcr = new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(), GhostscriptPdfa.find(),
                org.earchive.testing.TesseractForTests.require());
        Path source = fixture("scanned-page-number-stamp.pdf");
        Path target = work.resolve("out.pdf");
        ConversionRequest base = Pdfs.request(source, target);

        ConvertedPdf pdf = withOcr.convert(Pdfs.with(base, target, DocumentClass.SCANNED, Pdfs.CONTEXT));

        assertEquals(PdfaLevel.PDFA_2B, pdf.level());
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2B);
        assertEquals("yes", pdf.facts().get("searchable"), pdf.warnings()::toString);
        String text = PdfText.comparable(Pdfs.text(target));
        assertTrue(text.contains(PdfText.comparable("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), Pdfs.text(target));
        assertTrue(text.contains(PdfText.comparable("Trang 1/2")), "the page number that was already text stays");
        FileInspection after = INSPECTOR.inspect(target, "out.pdf");
        assertEquals(DocumentClass.HYBRID, after.documentClass(), "an OCR'd scan is what detect calls hybrid");
    }

    @Test
    void theFidelityCheckSeesADifferentDocument() throws Exception {
        try (PDDocument original = Pdfs.open(fixture("born-digital.pdf"));
             PDDocument other = Pdfs.open(fixture("mixed.pdf"))) {
            List<String> differences = PdfFidelity.differences(original, PdfText.extract(original), other, true, original);
            assertTrue(differences.contains("its text differs from the original's"), differences::toString);
            assertTrue(differences.stream().anyMatch(d -> d.startsWith("page 2 looks different")), differences::toString);
        }
        try (PDDocument original = Pdfs.open(fixture("born-digital.pdf"));
             PDDocument same = Pdfs.open(fixture("born-digital.pdf"))) {
            assertEquals(List.of(), PdfFidelity.differences(original, PdfText.extract(original), same, true, original));
        }
    }

    @Test
    void aDamagedPdfIsCorrupt() {
        ConversionException damaged = assertThrows(ConversionException.class,
                () -> convert(fixture("damaged.pdf"), work.resolve("x.pdf"), null));
        assertEquals(DocumentStatus.CORRUPT, damaged.status());
    }

    private static Path fixture(String name) {
        return Fixtures.root().resolve("detect").resolve(name);
    }

    private ConvertedPdf convert(Path source, Path target, DocumentClass documentClass) throws Exception {
        ConversionRequest base = Pdfs.request(source, target);
        return CONVERTER.convert(Pdfs.with(base, base.target(), documentClass, Pdfs.CONTEXT));
    }
}
