package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConvertedPdf;
import org.earchive.core.DocumentStatus;
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
    void headerAndFooterTextIsOnEveryPage() throws Exception {
        Path docx = work.resolve("co-dau-trang.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy policy = document.createHeaderFooterPolicy();
            policy.createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT)
                    .createParagraph().createRun().setText("ỦY BAN NHÂN DÂN HUYỆN — Báo cáo năm 2024");
            org.apache.poi.xwpf.usermodel.XWPFParagraph footer = policy.createFooter(
                    org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT).createParagraph();
            footer.createRun().setText("Lưu hành nội bộ - Trang ");
            // a PAGE field whose result Word cached as 7: each page must show its own number
            var field = footer.getCTP().addNewFldSimple();
            field.setInstr(" PAGE ");
            field.addNewR().addNewT().setStringValue("7");
            for (int i = 1; i <= 120; i++) {
                document.createParagraph().createRun().setText("Đoạn " + i + ": nội dung báo cáo về công tác văn thư.");
            }
            try (var out = Files.newOutputStream(docx)) {
                document.write(out);
            }
        }
        Path target = work.resolve("out.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(docx, target));

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertTrue(pdf.pages() >= 3, "long enough for several pages: " + pdf.pages());
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = PdfText.comparable(pageText(target, page));
            assertTrue(text.contains(PdfText.comparable("Báo cáo năm 2024")), "header on page " + page + ": " + text);
            assertTrue(text.contains(PdfText.comparable("Lưu hành nội bộ - Trang " + page)), "footer on page " + page + ": " + text);
            assertFalse(text.contains(PdfText.comparable("Trang 7")) && page != 7, "not Word's cached number: " + text);
        }
    }

    @Test
    void aPresentationGetsOnePageOfItsOwnSizePerSlide() throws Exception {
        Path pptx = work.resolve("trinh-chieu.pptx");
        List<String> titles = List.of("Kế hoạch chỉnh lý", "Tiến độ thực hiện", "Kiến nghị");
        try (org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
            show.setPageSize(new java.awt.Dimension(960, 540)); // 16:9
            for (String title : titles) {
                org.apache.poi.xslf.usermodel.XSLFTextBox box = show.createSlide().createTextBox();
                box.setAnchor(new java.awt.Rectangle(50, 50, 800, 100));
                box.setText(title);
            }
            try (var out = Files.newOutputStream(pptx)) {
                show.write(out);
            }
        }
        Path target = work.resolve("slides.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(pptx, target));

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals(3, pdf.pages(), "one page per slide, no blank page after the last");
        for (int page = 1; page <= 3; page++) {
            String text = PdfText.comparable(pageText(target, page));
            assertTrue(text.contains(PdfText.comparable(titles.get(page - 1))), "slide " + page + ": " + text);
        }
        try (PDDocument document = Pdfs.open(target)) {
            org.apache.pdfbox.pdmodel.common.PDRectangle box = document.getPage(0).getMediaBox();
            assertEquals(960, box.getWidth(), 1, "the slide's width");
            assertEquals(540, box.getHeight(), 1, "the slide's height");
        }
    }

    @Test
    void explicitPageBreaksStartNewPages() throws Exception {
        Path docx = work.resolve("ngat-trang.docx");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            document.createParagraph().createRun().setText("Trang một: mở đầu.");
            // Ctrl+Enter: a paragraph holding nothing but the break
            document.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
            document.createParagraph().createRun().setText("Trang hai: nội dung chính.");
            org.apache.poi.xwpf.usermodel.XWPFParagraph before = document.createParagraph();
            before.setPageBreak(true); // "page break before" in the paragraph's format
            before.createRun().setText("Trang ba: phụ lục.");
            org.apache.poi.xwpf.usermodel.XWPFRun middle = document.createParagraph().createRun();
            middle.setText("Vẫn trang ba.");
            middle.addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
            middle.setText("Trang bốn: cùng đoạn, sau dấu ngắt.");
            try (var out = Files.newOutputStream(docx)) {
                document.write(out);
            }
        }
        Path target = work.resolve("breaks.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(docx, target));

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals(4, pdf.pages(), "four pages, as Word prints it");
        List<String> starts = List.of("Trang một", "Trang hai", "Trang ba", "Trang bốn");
        for (int page = 1; page <= 4; page++) {
            String text = PdfText.comparable(pageText(target, page));
            assertTrue(text.startsWith(PdfText.comparable(starts.get(page - 1))), "page " + page + ": " + text);
        }
        assertTrue(PdfText.comparable(pageText(target, 3)).contains(PdfText.comparable("Vẫn trang ba.")));
    }

    private static String pageText(Path pdf, int page) throws Exception {
        try (PDDocument document = Pdfs.open(pdf)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    /**
     * The Java engine printed a Word document's comment in its paragraph ("Comment by Trần Thị Bình: ...") and an
     * OpenDocument's as a paragraph of its own, as if they were the document's text. Now neither is on the page: each
     * is the PDF's own comment (a note in the margin beside its line, with its author and date), its words checked
     * there, and the outline entries that placed it are gone.
     */
    @Test
    void reviewCommentsAreThePdfsCommentsBesideTheirLineNotTextOnThePage() throws Exception {
        for (Path source : List.of(CommentedDocuments.docx(work.resolve("ke-hoach.docx")),
                CommentedDocuments.odt(work.resolve("ke-hoach.odt")))) {
            Path target = work.resolve(source.getFileName() + ".pdf");
            ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(source, target));
            assertEquals(List.of(), pdf.warnings(), source::toString);
            assertEquals(List.of(), pdf.unmet(), source::toString);
            assertEquals("1", pdf.facts().get("comments"), source::toString);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertTrue(PdfComments.read(target).contains(CommentedDocuments.AUTHOR + " - " + CommentedDocuments.COMMENT),
                    PdfComments.read(target));
            String page = PdfText.extract(target);
            assertTrue(page.contains(CommentedDocuments.COMMENTED), page);
            assertFalse(page.contains("dự toán") || page.contains("Comment"), "no comment in the page's text: " + page);
            try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
                var note = document.getPage(0).getAnnotations().get(0);
                assertTrue(String.valueOf(note.getModifiedDate()).startsWith("D:20250610093000"), note.getModifiedDate());
                // beside the second line, in the right margin
                float top = note.getRectangle().getUpperRightY();
                assertTrue(note.getRectangle().getLowerLeftX() > 500 && top < 790 && top > 700, note.getRectangle()::toString);
                assertEquals(null, document.getDocumentCatalog().getDocumentOutline(), "no outline entry of earchive's");
            }
        }
    }

    /**
     * A deck's comments and their replies (Tika's corpus deck: four comments, three of them on one slide, a reply to a
     * reply among them) are the PDF's comments, not lines under the slide; replies sharing an anchor get icons one
     * below the other, so that each can be seen and opened.
     */
    @Test
    void aDecksCommentsAndRepliesAreNotesEachWithItsOwnIcon() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        Path target = work.resolve("various2.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(corpus.resolve("tika/testPPT_various2.pptx"), target));
        assertEquals(List.of(), pdf.unmet());
        assertEquals("7", pdf.facts().get("slide-comments"));
        String comments = PdfComments.read(target);
        assertTrue(comments.contains("Timothy Allison (TA) - This is a reply to the reply"), comments);
        assertFalse(PdfText.extract(target).contains("This is a reply"), "no comment on a slide");
        try (PDDocument document = Pdfs.open(target)) {
            for (PDPage page : document.getPages()) {
                List<String> places = new java.util.ArrayList<>();
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText) {
                        String place = annotation.getRectangle().getLowerLeftX() + "," + annotation.getRectangle().getLowerLeftY();
                        assertFalse(places.contains(place), "two notes at " + place);
                        places.add(place);
                    }
                }
            }
        }
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
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
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
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
        assertTrue(locked.sentence().contains("cannot be opened without them"), locked.sentence());

        Path opened = work.resolve("opened.pdf");
        ConvertedPdf withPassword = new OfficeToPdfaConverter(Pdfs.FINISHER).convert(
                Pdfs.request(corpus.resolve("tika/testWORD_protected_passtika.docx"), opened, "tika"));
        Pdfs.assertCompliant(opened, PdfaLevel.PDFA_2U);
        assertTrue(withPassword.warnings().stream().anyMatch(w -> w.contains("opened with the password given")));
        assertTrue(Pdfs.text(opened).strip().length() > 10, "the decrypted document's text: " + Pdfs.text(opened));
        ConversionException wrong = assertThrows(ConversionException.class, () -> new OfficeToPdfaConverter(Pdfs.FINISHER).convert(
                Pdfs.request(corpus.resolve("tika/testWORD_protected_passtika.docx"), work.resolve("w.pdf"), "sai")));
        assertEquals(DocumentStatus.ENCRYPTED, wrong.status());
    }

    /**
     * A Word document with a year changed under review and never accepted. Tika reads the deleted "2024" and the
     * inserted " 2025" as plain text, and the Java engine's page said "năm 2024 2025" with nothing to tell the old
     * year from the new. As Word and LibreOffice show them: the deleted year struck through, the inserted one
     * underlined, and the clerk told; saved with its changes hidden, the page holds only the accepted text.
     */
    @Test
    void aYearChangedUnderReviewIsStruckThroughAndItsReplacementUnderlined() throws Exception {
        Path docx = CommentedDocuments.withYearChangedUnderReview(
                CommentedDocuments.docx(work.resolve("ke-hoach.docx")), work.resolve("theo-doi.docx"));
        Path target = work.resolve("theo-doi.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(docx, target));

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals("2", pdf.facts().get("tracked-changes"), pdf.facts()::toString);
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.startsWith("The document holds 2 tracked change(s) never"
                + " accepted or rejected (Trần Thị Bình; 2025-06-10): it is a draft under review. Saved with its changes"
                + " shown")), pdf.warnings()::toString);
        assertEquals(List.of(), pdf.unmet());
        try (PDDocument document = Pdfs.open(target)) {
            List<org.apache.pdfbox.text.TextPosition> line = lineWith(document, "Thời hạn hoàn thành");
            float[] old = box(line, "2024");
            float[] replacement = box(line, "2025");
            var page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImage(0, SCALE);
            assertTrue(ruled(page, old, -0.5f, -0.15f), "2024 struck through");
            assertFalse(ruled(page, old, 0.02f, 0.3f), "2024 not underlined");
            assertTrue(ruled(page, replacement, 0.02f, 0.3f), "2025 underlined");
            assertFalse(ruled(page, replacement, -0.5f, -0.15f), "2025 not struck through");
        }

        // Word's view of the changes switched off before saving ("revisionView" insDel="0"): printed as if accepted
        Path hidden = work.resolve("an-thay-doi.docx");
        Files.copy(docx, hidden);
        try (var zip = java.nio.file.FileSystems.newFileSystem(hidden)) {
            Path settings = zip.getPath("word/settings.xml");
            String xml = Files.readString(settings);
            Files.writeString(settings, xml.replaceFirst("(<w:settings[^>]*>)", "$1<w:revisionView w:insDel=\"0\"/>"));
        }
        Path hiddenPdf = work.resolve("an-thay-doi.pdf");
        ConvertedPdf accepted = CONVERTER.convert(Pdfs.request(hidden, hiddenPdf));
        String text = Pdfs.text(hiddenPdf);
        assertTrue(text.contains("năm 2025") && !text.contains("2024"), text);
        assertTrue(accepted.warnings().stream().anyMatch(w -> w.contains("Saved with its changes hidden")),
                accepted.warnings()::toString);
    }

    /**
     * The same under review in Writer: Tika read the deleted "2024" from the block at the top of the body where Writer
     * keeps it, so it was printed as the page's first line, and a text frame's title and description (alternative
     * text, never printed) as words on the page. The deleted year stands where it was, struck through; the frame
     * shows only its text.
     */
    @Test
    void aWriterDocumentsDeletionIsStruckThroughWhereItWasAndAFramesAlternativeTextIsNotPrinted() throws Exception {
        Path target = work.resolve("theo-doi-odt.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(CommentedDocuments.odtUnderReview(work.resolve("theo-doi.odt")), target));

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        assertEquals("2", pdf.facts().get("tracked-changes"), pdf.facts()::toString);
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.contains("(Trần Thị Bình; 2025-06-10)")), pdf.warnings()::toString);
        String text = Pdfs.text(target);
        assertTrue(text.strip().startsWith("Kế hoạch chỉnh lý"), "the deleted year no longer opens the page: " + text);
        assertTrue(text.contains("Ô chữ") && !text.contains("Hình chữ nhật") && !text.contains("Khung viền"), text);
        try (PDDocument document = Pdfs.open(target)) {
            List<org.apache.pdfbox.text.TextPosition> line = lineWith(document, "Thời hạn hoàn thành: năm 20242025");
            var page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImage(0, SCALE);
            assertTrue(ruled(page, box(line, "2024"), -0.5f, -0.15f), "2024 struck through");
            assertFalse(ruled(page, box(line, "2025"), -0.5f, -0.15f), "2025 not struck through");
        }
    }

    /**
     * The year changed under review in a Word 97-2003 file: Tika leaves the deleted "2024" out and gives the inserted
     * "2025" as plain text, so the Java engine's page reads as a final copy, and the clerk was told nothing. The page is
     * still the accepted text (the Java engine cannot mark a .doc's changes), and the clerk is told so.
     */
    @Test
    void aWord97DocumentUnderReviewIsPrintedAsAcceptedAndTheClerkIsToldSo() throws Exception {
        Path target = work.resolve("dang-gop-y.pdf");
        ConvertedPdf pdf = CONVERTER.convert(Pdfs.request(Fixtures.root().resolve("office/ke-hoach-dang-gop-y.doc"), target));

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        String text = Pdfs.text(target);
        assertTrue(text.contains("năm 2025.") && !text.contains("2024"), text);
        assertEquals("2", pdf.facts().get("tracked-changes"), pdf.facts()::toString);
        assertTrue(pdf.warnings().stream().anyMatch(w -> w.startsWith("The document holds 2 tracked change(s) never accepted"
                + " or rejected (Trần Thị Bình): it is a draft under review. The Java engine prints a Word 97-2003 document's"
                + " text as if every change were accepted")), pdf.warnings()::toString);
    }

    /** Pixels per point the page is drawn at to look for rules. */
    private static final float SCALE = 4;

    /** The text positions of the first line holding TEXT, in reading order. */
    private static List<org.apache.pdfbox.text.TextPosition> lineWith(PDDocument document, String text) throws java.io.IOException {
        List<List<org.apache.pdfbox.text.TextPosition>> lines = new java.util.ArrayList<>();
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
            @Override
            protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions) {
                lines.add(List.copyOf(positions));
            }
        };
        stripper.getText(document);
        for (List<org.apache.pdfbox.text.TextPosition> line : lines) {
            if (spelled(line).contains(text)) {
                return line;
            }
        }
        throw new AssertionError("no line with " + text + " in " + lines.stream().map(l -> spelled(l)).toList());
    }

    private static String spelled(List<org.apache.pdfbox.text.TextPosition> line) {
        StringBuilder text = new StringBuilder();
        line.forEach(position -> text.append(position.getUnicode()));
        return text.toString();
    }

    /** WORD's box on the line, one character a position: left, right, baseline (points from the top), font size. */
    private static float[] box(List<org.apache.pdfbox.text.TextPosition> line, String word) {
        int at = spelled(line).indexOf(word);
        assertTrue(at >= 0, word + " in " + spelled(line));
        var first = line.get(at);
        var last = line.get(at + word.length() - 1);
        return new float[] {first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(),
                first.getFontSizeInPt()};
    }

    /**
     * Whether a dark rule runs across the word's whole width in some row between FROM and TO font sizes below its
     * baseline (negative: above): no letter's stroke joins four digits in a row, a rule does.
     */
    private static boolean ruled(java.awt.image.BufferedImage page, float[] word, float from, float to) {
        int left = Math.round(word[0] * SCALE) + 1;
        int right = Math.round(word[1] * SCALE) - 1;
        for (int y = Math.round((word[2] + from * word[3]) * SCALE); y <= Math.round((word[2] + to * word[3]) * SCALE); y++) {
            int run = 0;
            for (int x = left; x <= right; x++) {
                int rgb = page.getRGB(x, y);
                boolean dark = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) < 3 * 128;
                run = dark ? run + 1 : 0;
                if (run >= right - left) {
                    return true;
                }
            }
        }
        return false;
    }
}
