package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.earchive.detect.Detection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NĐ 30/2020 (Phụ lục I, ô 2) prints the parent organ in regular capitals and the issuing organ in bold under it: where a
 * born-digital header's organ lines have both weights, the bold lines are the issuer whatever words open them. fresh14's
 * "THUẾ CƠ SỞ 3 TỈNH CÀ MAU" (and fresh15's "CHI NHÁNH ...", "HẠT KIỂM LÂM ...", "ĐỘI ...") opened as no organ the
 * extractor knew, so main's code read them joined to their parent (then withheld them, unable to tell the issuer).
 */
class IssuerByTypeWeightTest {

    @TempDir
    Path folder;

    /** A line of the page, at (x, y) points from the top left, bold or not. */
    private record Run(String text, float x, float y, boolean bold) {
    }

    private Path pdf(List<Run> runs) throws IOException {
        Path file = folder.resolve("header.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = font(document, "/liberation/LiberationSerif-Regular.ttf");
            PDFont bold = font(document, "/liberation/LiberationSerif-Bold.ttf");
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                for (Run run : runs) {
                    stream.beginText();
                    stream.setFont(run.bold() ? bold : regular, 13);
                    stream.newLineAtOffset(run.x(), PDRectangle.A4.getHeight() - run.y());
                    stream.showText(run.text());
                    stream.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = IssuerByTypeWeightTest.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }

    /** fresh14-03's header as LibreOffice printed it: the parent regular, the issuer bold, in a borderless table. */
    private static List<Run> header(String parent, boolean parentBold, List<String> issuer) {
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(parent, 40, 60, parentBold));
        float y = 76;
        for (String line : issuer) {
            runs.add(new Run(line, 40, y, true));
            y += 16;
        }
        runs.add(new Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 60, true));
        runs.add(new Run("Độc lập - Tự do - Hạnh phúc", 340, 76, true));
        runs.add(new Run("Số: 125/QĐ-QPTĐ", 60, y + 10, false));
        runs.add(new Run("Hoa Lư, ngày 12 tháng 3 năm 2027", 320, y + 10, false));
        runs.add(new Run("QUYẾT ĐỊNH", 260, y + 50, true));
        runs.add(new Run("Về việc giao đất tạo quỹ đất tái định cư", 190, y + 66, true));
        runs.add(new Run("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;", 90, y + 100, false));
        return runs;
    }

    private static DocumentMetadata read(Path pdf) throws IOException {
        PdfLayoutText.Layout layout = PdfLayoutText.read(pdf);
        return new MetadataExtractor().extract(layout.text(), layout.weights());
    }

    @Test
    void theBoldIssuerUnderItsRegularParentIsTheIssuerWhateverItsHead() throws IOException {
        // "THUẾ" opens no organ's name the extractor knows: by the words alone the issuer cannot be told (test below)
        DocumentMetadata metadata = read(pdf(header("THUẾ TỈNH CÀ MAU", false, List.of("THUẾ CƠ SỞ 3 TỈNH CÀ MAU"))));
        assertEquals("THUẾ CƠ SỞ 3 TỈNH CÀ MAU", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("THUẾ TỈNH CÀ MAU", metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
        assertEquals("125", metadata.valueOrNull(MetadataField.CODE_NUMBER));
    }

    @Test
    void aBoldIssuerWrappedBeforeAWordThatOpensOrgansGoesOnWithIt() throws IOException {
        // "NGÂN HÀNG" opens organs' names: by the words alone the wrapped line would begin another organ
        DocumentMetadata metadata = read(pdf(header("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", false,
                List.of("CHI NHÁNH", "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "TỈNH TUYÊN QUANG"))));
        assertEquals("CHI NHÁNH NGÂN HÀNG CHÍNH SÁCH XÃ HỘI TỈNH TUYÊN QUANG",
                metadata.valueOrNull(MetadataField.ORGAN_NAME));
    }

    @Test
    void aHeaderBoldThroughoutSaysNothingByItsWeightsAndTheNameIsLeftForTheClerk() throws IOException {
        // the tabbed headers many offices type bold throughout: the weights cannot tell the parent, so the rules of
        // the words stand ("THUẾ" opens no organ the extractor knows: the issuer is left for the clerk, not guessed)
        DocumentMetadata metadata = read(pdf(header("THUẾ TỈNH CÀ MAU", true, List.of("THUẾ CƠ SỞ 3 TỈNH CÀ MAU"))));
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals(true, metadata.withheld().containsKey(MetadataField.ORGAN_NAME));
    }

    @Test
    void aWordFilesBoldRunsWeighItsHeaderLinesAsAPdfsFontsDo() throws IOException {
        // fresh14-21 typed in Word: a two-column table, the parent's run regular, the issuer's run bold
        Path docx = docx(List.of(paragraph("THUẾ TỈNH CÀ MAU", false), paragraph("THUẾ CƠ SỞ 3 TỈNH CÀ", true),
                        paragraph("MAU", true), paragraph("Số: 88/QĐ-TCS3", false)),
                List.of(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true), paragraph("Độc lập - Tự do - Hạnh phúc", true),
                        paragraph("Bạc Liêu, ngày 02 tháng 4 năm 2027", false)));
        SourceText.Reading reading = new SourceText().readWithProperties(docx, new Detection(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null, null));
        DocumentMetadata metadata = new MetadataExtractor().extractTyped(reading);
        assertEquals("THUẾ CƠ SỞ 3 TỈNH CÀ MAU", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("THUẾ TỈNH CÀ MAU", metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
        // the same text without its weights: the words alone cannot part the two, and the issuer is left for the clerk
        assertNull(new MetadataExtractor().extract(reading.text()).valueOrNull(MetadataField.ORGAN_NAME));
    }

    /** A paragraph's text and whether its run is bold. */
    private record Para(String text, boolean bold) {
    }

    private static Para paragraph(String text, boolean bold) {
        return new Para(text, bold);
    }

    /** A Word file: the header as a two-column table, then the title, the subject and a line of the body. */
    private Path docx(List<Para> left, List<Para> right) throws IOException {
        Path file = folder.resolve("header.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFTable table = document.createTable(1, 2);
            fill(table.getRow(0).getCell(0), left);
            fill(table.getRow(0).getCell(1), right);
            for (Para para : List.of(paragraph("QUYẾT ĐỊNH", true),
                    paragraph("Về việc giao nhiệm vụ thu ngân sách nhà nước năm 2027", true),
                    paragraph("Căn cứ Luật Quản lý thuế ngày 13 tháng 6 năm 2019;", false))) {
                run(document.createParagraph(), para);
            }
            document.write(out);
        }
        return file;
    }

    private static void fill(XWPFTableCell cell, List<Para> paragraphs) {
        run(cell.getParagraphs().get(0), paragraphs.get(0));
        paragraphs.subList(1, paragraphs.size()).forEach(para -> run(cell.addParagraph(), para));
    }

    private static void run(XWPFParagraph paragraph, Para para) {
        XWPFRun run = paragraph.createRun();
        run.setText(para.text());
        run.setBold(para.bold());
    }
}
