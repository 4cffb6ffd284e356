package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.earchive.convert.ConversionException;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.DocumentStatus;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeToPdfaConverterTest {

    private static final OfficeToPdfaConverter CONVERTER = new OfficeToPdfaConverter(Pdfs.FINISHER);

    @TempDir
    Path work;

    @Test
    void aVietnameseDocxBecomes2uWithEveryCharacterOfItsText() throws Exception {
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(Fixtures.root().resolve("detect/bao-cao.docx"), target));

        assertEquals(PdfaLevel.PDFA_2U, pdf.level());
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals(java.util.List.of(), pdf.warnings(), "no character lost");
        String text = PdfText.comparable(Pdfs.text(target));
        assertTrue(text.contains(PdfText.comparable("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")), Pdfs.text(target));
        assertTrue(text.contains(PdfText.comparable("Độc lập - Tự do - Hạnh phúc")));
    }

    @Test
    void aDocxOfScansKeepsItsPagePictures() throws Exception {
        Path target = work.resolve("out.pdf");
        CONVERTER.convert(Pdfs.request(Fixtures.root().resolve("detect/docx-of-scans.docx"), target));

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        int pictures = 0;
        try (PDDocument document = Pdfs.open(target)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    pictures += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
        }
        assertEquals(2, pictures, "both page images are drawn");
    }

    @Test
    void hostileAndLockedDocumentsSayWhy() {
        ConversionException xxe = assertThrows(ConversionException.class,
                () -> CONVERTER.convert(Pdfs.request(Fixtures.root().resolve("detect/hostile-xxe.docx"), work.resolve("a.pdf"))));
        assertEquals(DocumentStatus.CORRUPT, xxe.status());
        assertTrue(xxe.sentence().contains("XXE"));
        ConversionException bomb = assertThrows(ConversionException.class,
                () -> CONVERTER.convert(Pdfs.request(Fixtures.root().resolve("detect/hostile-zip-bomb.docx"), work.resolve("b.pdf"))));
        assertTrue(bomb.sentence().contains("zip bomb"));
        assertTrue(Files.notExists(work.resolve("a.pdf")) && Files.notExists(work.resolve("b.pdf")), "nothing half-written");
    }

    @Test
    void corpusOfficeFilesAndMailConvert() throws Exception {
        Path corpus = Fixtures.root().resolveSibling("..").resolve("shared/corpus").normalize();
        assumeTrue(Files.isDirectory(corpus), "the shared corpus is only on the team's machines");
        for (String name : java.util.List.of("tika/testEXCEL.xlsx", "tika/testPPT.pptx", "tika/testWORD.doc",
                "tika/testOpenOffice2.odt", "tika/testRTF.rtf", "tika/testRFC822_multipart_attachments.eml",
                "tika/testMSG.msg", "vietnamese/van-ban-plus/30_2020_ND_CP.docx")) {
            Path target = work.resolve(name.replace('/', '_') + ".pdf");
            ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(corpus.resolve(name), target));
            Pdfs.assertCompliant(target, pdf.level());
            assertEquals(name.endsWith(".eml") || name.endsWith(".msg") ? PdfaLevel.PDFA_3U : PdfaLevel.PDFA_2U, pdf.level(), name);
            assertTrue(pdf.pages() >= 1, name);
        }
        Path mail = work.resolve("tika_testRFC822_multipart_attachments.eml.pdf");
        String text = Pdfs.text(mail);
        assertTrue(text.contains("From:") && text.contains("Attachments:"), text);
        Pdfs.assertCompliant(mail, PdfaLevel.PDFA_3U);
        try (PDDocument document = Pdfs.open(mail)) {
            var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            var original = files.get("testRFC822_multipart_attachments.eml");
            assertEquals("Source", original.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
            assertEquals("message/rfc822", original.getEmbeddedFile().getSubtype());
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(corpus.resolve("tika/testRFC822_multipart_attachments.eml")),
                    original.getEmbeddedFile().toByteArray()), "the original message, byte for byte");
        }
        ConversionException locked = assertThrows(ConversionException.class, () -> CONVERTER.convert(
                Pdfs.request(corpus.resolve("tika/testWORD_protected_passtika.docx"), work.resolve("locked.pdf"))));
        assertEquals(DocumentStatus.ENCRYPTED, locked.status());
        assertTrue(locked.sentence().contains("--password"), locked.sentence());

        Path opened = work.resolve("opened.pdf");
        ConvertedPdf withPassword = new OfficeToPdfaConverter(Pdfs.FINISHER, "tika").convert(
                Pdfs.request(corpus.resolve("tika/testWORD_protected_passtika.docx"), opened));
        Pdfs.assertCompliant(opened, PdfaLevel.PDFA_2U);
        assertTrue(withPassword.warnings().stream().anyMatch(w -> w.contains("opened with the password given")));
        assertTrue(Pdfs.text(opened).strip().length() > 10, "the decrypted document's text: " + Pdfs.text(opened));
        ConversionException wrong = assertThrows(ConversionException.class, () -> new OfficeToPdfaConverter(Pdfs.FINISHER,
                "sai").convert(Pdfs.request(corpus.resolve("tika/testWORD_protected_passtika.docx"), work.resolve("w.pdf"))));
        assertEquals(DocumentStatus.ENCRYPTED, wrong.status());
    }
}
