package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The NĐ 30 header read as a person reads it: the left column, then the right one, then the page. */
class HeaderColumnsTest {

    private static OcrPage.Line line(String text, int x0, int y0, int x1, int y1) {
        OcrPage.Box box = new OcrPage.Box(x0, y0, x1, y1);
        return new OcrPage.Line(box, 0, 0, y1 - y0, List.of(new OcrPage.Word(text, box, 95)));
    }

    private static final OcrPage.Line ISSUER = line("ỦY BAN NHÂN DÂN", 180, 100, 560, 135);
    private static final OcrPage.Line PROVINCE = line("TỈNH HÒA BÌNH", 230, 145, 510, 180);
    private static final OcrPage.Line NUMBER = line("Số: 142/QĐ-UBND", 200, 200, 540, 235);
    private static final OcrPage.Line MOTTO = line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 700, 100, 1450, 135);
    private static final OcrPage.Line FREEDOM = line("Độc lập - Tự do - Hạnh phúc", 820, 145, 1330, 180);
    private static final OcrPage.Line DATE = line("Hòa Bình, ngày 12 tháng 3 năm 2025", 760, 200, 1390, 235);
    private static final OcrPage.Line TITLE = line("QUYẾT ĐỊNH", 700, 300, 950, 340);
    private static final OcrPage.Line BODY = line("Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;", 180, 400, 1450, 435);

    @Test
    void aHeaderReadRowByRowIsReadColumnByColumn() {
        OcrPage rowByRow = new OcrPage(1654, 2339, List.of(ISSUER, MOTTO, PROVINCE, FREEDOM, NUMBER, DATE, TITLE, BODY));
        assertEquals(List.of(ISSUER, PROVINCE, NUMBER, MOTTO, FREEDOM, DATE, TITLE, BODY),
                HeaderColumns.reorder(rowByRow).lines());
    }

    @Test
    void blocksReadInTheWrongPlaceAreMendedToo() {
        // Tesseract's blocks: the first two rows of each side, then the number and the date as blocks of their own
        OcrPage blocks = new OcrPage(1654, 2339, List.of(ISSUER, PROVINCE, MOTTO, FREEDOM, NUMBER, DATE, TITLE, BODY));
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 142/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 12 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
                + "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;\n", HeaderColumns.reorder(blocks).text());
    }

    /** What Tesseract 5.3 made of the bench page: each header row one line across both columns. */
    @Test
    void rowsReadAcrossBothColumnsArePartedAtTheGap() {
        OcrPage.Line first = across(ISSUER, MOTTO);
        OcrPage.Line second = across(PROVINCE, FREEDOM);
        OcrPage.Line third = across(NUMBER, DATE);
        OcrPage page = new OcrPage(1654, 2339, List.of(first, second, third, TITLE, BODY));
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 142/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày 12 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
                + "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;\n", HeaderColumns.reorder(page).text());
        OcrPage.Line motto = HeaderColumns.splitAtColumnGaps(first).get(1);
        assertEquals(MOTTO.box(), motto.box());
        assertEquals(first.baselineAt(900), motto.baselineAt(900), 1e-9, "the part keeps the line's baseline");
    }

    @Test
    void wordsOfOneLineWithOrdinarySpacesStayOneLine() {
        OcrPage.Box a = new OcrPage.Box(180, 400, 300, 435);
        OcrPage.Box b = new OcrPage.Box(330, 400, 480, 435);
        OcrPage.Line line = new OcrPage.Line(new OcrPage.Box(180, 400, 480, 435), 0.01, -5, 35,
                List.of(new OcrPage.Word("Căn", a, 95), new OcrPage.Word("cứ", b, 95)));
        assertEquals(List.of(line), HeaderColumns.splitAtColumnGaps(line));
    }

    private static OcrPage.Line across(OcrPage.Line left, OcrPage.Line right) {
        OcrPage.Box box = new OcrPage.Box(left.box().x0(), Math.min(left.box().y0(), right.box().y0()),
                right.box().x1(), Math.max(left.box().y1(), right.box().y1()));
        List<OcrPage.Word> words = new java.util.ArrayList<>(left.words());
        words.addAll(right.words());
        return new OcrPage.Line(box, 0.002, -6, 35, words);
    }

    @Test
    void aPageInOneColumnKeepsTesseractsOrder() {
        OcrPage single = new OcrPage(1654, 2339, List.of(
                line("SỞ NỘI VỤ TỈNH HÒA BÌNH", 180, 100, 700, 135),
                line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 180, 145, 950, 180),
                line("Số: 607/SNV-VTLT", 180, 200, 520, 235), BODY));
        assertEquals(single.lines(), HeaderColumns.reorder(single).lines());
    }

    @Test
    void linesLeftAndRightThatNeverShareARowAreNotAHeader() {
        // a number flush left and a date flush right on the rows below it: one text read top to bottom
        OcrPage stepped = new OcrPage(1654, 2339, List.of(
                line("Số: 15-TB/ĐU", 180, 100, 450, 135),
                line("Hòa Bình, ngày 09 tháng 6 năm 2025", 800, 150, 1450, 185),
                line("Kính gửi: các chi bộ", 180, 200, 500, 235), BODY));
        assertEquals(stepped.lines(), HeaderColumns.reorder(stepped).lines());
    }
}
