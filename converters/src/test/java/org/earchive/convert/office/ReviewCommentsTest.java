package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import org.earchive.convert.BoundedText;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class ReviewCommentsTest {

    private static ReviewComments read(String body, BoundedText words) throws Exception {
        return read(body, new ReviewComments(words));
    }

    private static ReviewComments read(String body, ReviewComments comments) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(new InputSource(new StringReader(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")), comments);
        return comments;
    }

    /** Tika's reading of a PPTX: the comments follow their slide, each the author in bold, then the text. */
    @Test
    void commentsAreKeptApartFromTheWordsOfTheSlides() throws Exception {
        BoundedText words = new BoundedText(1_000);
        ReviewComments comments = read("<div class=\"slide-content\"><p>Kế hoạch chỉnh lý</p></div>"
                + "<p class=\"slide-comment\"><b>Trần Thị Bình (TTB) - </b>Cần bổ sung số liệu</p>"
                + "<p class=\"slide-comment\"><b>Lê Văn Cường (LVC) - </b>Đã bổ sung</p>"
                + "<div class=\"slide-content\"><p>Tiến độ</p></div>", words);
        assertEquals(2, comments.count());
        assertEquals("Trần Thị Bình (TTB) - Cần bổ sung số liệu\nLê Văn Cường (LVC) - Đã bổ sung\n", comments.text());
        assertEquals("Kế hoạch chỉnh lý Tiến độ", words.toString().strip().replaceAll("\\s+", " "));
    }

    @Test
    void aDeckWithoutCommentsPassesEveryWordOn() throws Exception {
        BoundedText words = new BoundedText(1_000);
        ReviewComments comments = read("<div class=\"slide-content\"><p>Kế hoạch</p></div><div class=\"slide-notes\">"
                + "<p>Ghi chú</p></div>", words);
        assertEquals(0, comments.count());
        assertEquals("Kế hoạch Ghi chú", words.toString().strip().replaceAll("\\s+", " "));
    }

    /** Tika's reading of an ODT: the comment's text inside the paragraph it is anchored in (no author). */
    @Test
    void anOpenDocumentsAnnotationsAreKeptApartToo() throws Exception {
        BoundedText words = new BoundedText(1_000);
        ReviewComments comments = read("<p>Kế hoạch chỉnh lý năm 2025.<p class=\"annotation\"> Đề nghị bổ sung"
                + " kinh phí </p></p><p>Tiến độ</p>", words);
        assertEquals(1, comments.count());
        assertEquals(" Đề nghị bổ sung kinh phí \n", comments.text());
        assertEquals("Kế hoạch chỉnh lý năm 2025. Tiến độ", words.toString().strip().replaceAll("\\s+", " "));
    }

    /** Tika writes a DOCX's comment into its paragraph as POI does; the same words are taken out, once. */
    @Test
    void aWordDocumentsInlineCommentIsTakenOutOnceWhereItIs() {
        DocxComments docx = new DocxComments(java.util.List.of("\tComment by Trần Thị Bình: Đề nghị bổ sung"),
                "Trần Thị Bình - Đề nghị bổ sung\n", java.util.List.of());
        assertEquals("Đề nghị bổ sung kinh phí.  Đề nghị bổ sung",
                docx.withoutComments("Đề nghị bổ sung kinh phí.\tComment by Trần Thị Bình: Đề nghị bổ sung Đề nghị bổ sung"));
    }

    /** A Word 97-2003 file's comments come after the body in Tika's reading: LibreOffice's reading takes them out. */
    @Test
    void aCommentTikaReadsUnmarkedIsTakenOutByLibreOfficesReading() {
        var comment = new WriterComment("earchive-comment-1", "Trần Thị Bình", "TTB", null, "Đề nghị bổ sung kinh phí");
        assertEquals("Kế hoạch năm 2025.\n\u0005 \n",
                WriterComment.withoutComments("Kế hoạch năm 2025.\n\u0005Đề nghị bổ sung kinh phí\n", java.util.List.of(comment)));
        assertEquals("Trần Thị Bình - Đề nghị bổ sung kinh phí\n", WriterComment.lines(java.util.List.of(comment)));
    }

    /**
     * Tika reads an RTF's comment where it is anchored: its initials, its author, its text, unmarked. LibreOffice's
     * reading of the same three takes them out together; a name that only looks like the author is left.
     */
    @Test
    void anRtfCommentIsTakenOutWithItsAuthorAndInitials() {
        var comment = new WriterComment("earchive-comment-1", "Trần Thị Bình", "TTB", null, "Đề nghị bổ sung kinh phí");
        assertEquals("Kế hoạch năm 2025. thực hiện", withoutRtfComment(
                "Kế hoạch năm 2025. TTB Trần Thị Bình Đề nghị bổ sung kinh phí thực hiện", comment));
        assertEquals("Kế hoạch của bà Trần Thị Bình.", withoutRtfComment(
                "Kế hoạch của bà Trần Thị Bình. Đề nghị bổ sung kinh phí ", comment));
        assertEquals("Gửi bà XTrần Thị Bình", withoutRtfComment(
                "Gửi bà XTrần Thị Bình Đề nghị bổ sung kinh phí ", comment));
    }

    private static String withoutRtfComment(String tikaText, WriterComment comment) {
        return WriterComment.withoutComments(tikaText, java.util.List.of(comment)).strip().replaceAll("\\s+", " ");
    }

    /** Tika's reading of an XLSX: a cell's comment follows a line break in the cell, "AUTHOR: TEXT". */
    @Test
    void aWorkbookCellsCommentIsWhatFollowsItsLineBreak() throws Exception {
        BoundedText words = new BoundedText(1_000);
        ReviewComments comments = read("<table><tr><td>Hồ sơ</td><td>Kế hoạch<br/>Lê Văn Cường: Kiểm tra lại</td>"
                + "<td>Năm 2025</td></tr></table>", ReviewComments.inWorkbook(words));
        assertEquals(1, comments.count());
        assertEquals("Lê Văn Cường: Kiểm tra lại\n", comments.text());
        assertEquals("Hồ sơ Kế hoạch Năm 2025", words.toString().strip().replaceAll("\\s+", " "));
    }
}
