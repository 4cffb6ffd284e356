package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Layout rules of the NĐ 30 page read from a PDF: the header's left column (organ, number) before its right
 * (motto, place and date) whatever order the file draws them in, a letter drawn after its line put back in its
 * place, the header ending at the title, and a scan's sloping OCR lines kept whole.
 */
class PdfLayoutTextTest {

    @TempDir
    Path folder;

    /** Text drawn at (x, y) in points from the top left of an A4 page. */
    private record Run(String text, float x, float y) {
    }

    private Path pdf(List<Run> runs) throws IOException {
        Path file = folder.resolve("page.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont font;
            try (InputStream in = getClass().getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
                font = PDType0Font.load(document, in);
            }
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                for (Run run : runs) {
                    stream.beginText();
                    stream.setFont(font, 13);
                    stream.newLineAtOffset(run.x(), PDRectangle.A4.getHeight() - run.y());
                    stream.showText(run.text());
                    stream.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static final List<Run> LEFT = List.of(new Run("ỦY BAN NHÂN DÂN", 110, 60), new Run("TỈNH HÒA BÌNH", 115, 76),
            new Run("Số: 2858 /QĐ-UBND", 105, 100));
    private static final List<Run> RIGHT = List.of(new Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 290, 60),
            new Run("Độc lập - Tự do - Hạnh phúc", 320, 76), new Run("Hòa Bình, ngày 10 tháng 6 năm 2025", 300, 100));
    private static final List<Run> BODY = List.of(new Run("QUYẾT ĐỊNH", 260, 140),
            new Run("Phê duyệt danh mục tài liệu hết giá trị", 200, 156),
            new Run("Căn cứ Quyết định số 23/2019/QĐ-UBND ngày 13/06/2019 của Ủy ban nhân dân tỉnh;", 90, 190));

    @Test
    void theHeaderIsReadLeftColumnThenRightWhateverTheDrawingOrder() throws IOException {
        // drawn body first, then the right column, then the left: a plain extraction reads them in that order
        List<Run> runs = new java.util.ArrayList<>(BODY);
        runs.addAll(RIGHT);
        runs.addAll(LEFT);
        String text = PdfLayoutText.extract(pdf(runs));
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "Số: 2858 /QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Hòa Bình, ngày 10 tháng 6 năm 2025", "QUYẾT ĐỊNH"), lines.subList(0, 7));

        DocumentMetadata metadata = new MetadataExtractor().extract(text);
        assertEquals("2858", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("QĐ-UBND", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("2025-06-10", metadata.valueOrNull(MetadataField.ISSUED_DATE), "the header's date, not the Căn cứ's");
        assertEquals("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("Phê duyệt danh mục tài liệu hết giá trị", metadata.valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void headerRowsTypedOnOneLineWithATabArePartedAtTheGap() throws IOException {
        // a tab-aligned header: each row one line of text, the two columns apart by a wide gap
        List<Run> runs = new java.util.ArrayList<>();
        for (int i = 0; i < LEFT.size(); i++) {
            runs.add(new Run(LEFT.get(i).text(), 90, LEFT.get(i).y()));
            runs.add(new Run(RIGHT.get(i).text(), 290, RIGHT.get(i).y()));
        }
        runs.addAll(BODY);
        List<String> lines = PdfLayoutText.extract(pdf(runs)).lines().filter(l -> !l.isBlank()).toList();
        assertEquals("ỦY BAN NHÂN DÂN", lines.get(0));
        assertEquals("Số: 2858 /QĐ-UBND", lines.get(2));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", lines.get(3));
    }

    /**
     * fresh10-15 (a header typed with tabs): the organ's name wrapped in its column, its second row longer than the
     * rows beside the motto, past the middle of the gap but short of the right column. Main's code ended the header
     * there, read that row after the motto and wrote "HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI" as the issuer.
     */
    @Test
    void aNameWrappedInItsColumnPastTheGapsMiddleStaysInTheLeftColumn() throws IOException {
        String wrapped = "HÀNH CHÍNH VỀ TRẬT TỰ XÃ";
        float rightColumn = 90 + width(wrapped) + 12;
        float leftEnd = 90 + Math.max(width("CỤC CẢNH SÁT QUẢN LÝ"), width("Số: 3730/QĐ-C06"));
        assertTrue(90 + width(wrapped) > (leftEnd + rightColumn) / 2 + 6.5f, "the row crosses the gap's middle");
        List<Run> runs = List.of(new Run("BỘ CÔNG AN", 110, 60), new Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rightColumn, 60),
                new Run("CỤC CẢNH SÁT QUẢN LÝ", 90, 76), new Run("Độc lập - Tự do - Hạnh phúc", rightColumn + 20, 76),
                new Run(wrapped, 90, 92), new Run("HỘI", 90, 108),
                new Run("Số: 3730/QĐ-C06", 90, 130), new Run("Hà Nội, ngày 19 tháng 8 năm 2027", rightColumn, 130),
                new Run("QUYẾT ĐỊNH", 260, 170), new Run("Về việc ban hành Quy chế quản lý Trung tâm dữ liệu", 150, 186),
                new Run("Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;", 90, 220));
        String text = PdfLayoutText.extract(pdf(runs));
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of("BỘ CÔNG AN", "CỤC CẢNH SÁT QUẢN LÝ", wrapped, "HỘI", "Số: 3730/QĐ-C06"), lines.subList(0, 5));
        DocumentMetadata metadata = new MetadataExtractor().extract(text);
        assertEquals("CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("2027-08-19", metadata.valueOrNull(MetadataField.ISSUED_DATE));
    }

    @Test
    void aLetterDrawnAfterItsLineIsReadInItsPlace() throws IOException {
        // LibreOffice draws some precomposed Vietnamese letters after the rest of the line
        String text = PdfLayoutText.extract(pdf(List.of(new Run("S  Y T", 90, 60), new Run("Ở", 97.2f, 60))));
        assertTrue(text.startsWith("SỞ"), text);
    }

    /** The width of a word at 13 points in the font the runs are drawn in. */
    private static float width(String word) throws IOException {
        try (PDDocument scratch = new PDDocument();
             InputStream in = PdfLayoutTextTest.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            return PDType0Font.load(scratch, in).getStringWidth(word) / 1000 * 13;
        }
    }

    @Test
    void aScansSlopingOcrLinesStayWholeInDrawingOrder() throws IOException {
        // two columns' lines drawn word by word, each line sloping down 3 points a word (a skewed scan), the left
        // column's lines first as earchive's OCR layer draws them; sorted by height they would interleave
        List<Run> runs = new java.util.ArrayList<>();
        String[][] lines = {{"ỦY", "BAN", "NHÂN", "DÂN"}, {"TỈNH", "HÒA", "BÌNH"}};
        String[][] right = {{"CỘNG", "HÒA", "XÃ", "HỘI"}, {"Độc", "lập", "-", "Tự", "do"}};
        float[] tops = {60, 76};
        for (String[][] column : List.of(lines, right)) {
            float x0 = column == lines ? 90 : 300;
            for (int l = 0; l < column.length; l++) {
                float x = x0;
                for (int w = 0; w < column[l].length; w++) {
                    runs.add(new Run(column[l][w], x, tops[l] + 3 * w));
                    x += width(column[l][w]) + 4; // a word space is a third of the text size
                }
            }
        }
        List<String> read = PdfLayoutText.extractOcrLayer(pdf(runs)).lines().filter(l -> !l.isBlank()).toList();
        assertEquals(List.of("ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "CỘNG HÒA XÃ HỘI", "Độc lập - Tự do"), read);
    }
}
