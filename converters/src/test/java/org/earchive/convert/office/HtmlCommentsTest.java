package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlCommentsTest {

    /** A slide's comment: its author (and initials) in bold; an empty anchor and a bookmark to it where it was. */
    @Test
    void aSlidesCommentLeavesAnAnchorAndABookmarkToIt() {
        Document html = Jsoup.parse("<div class=\"slide-content\"><p>Báo cáo quý II</p>"
                + "<p class=\"slide-comment\"><b>Trần Thị Bình (TTB) - </b>Cần bổ sung số liệu</p></div>");
        List<WriterComment> comments = HtmlComments.setAside(html, Path.of("none.pptx"), DocxComments.NONE);
        assertEquals(List.of(new WriterComment("earchive-comment-1", "Trần Thị Bình (TTB)", "", null, "Cần bổ sung số liệu")),
                comments);
        assertEquals("Báo cáo quý II", html.body().text());
        assertEquals(1, html.select("a#earchive-comment-1").size());
        assertEquals("#earchive-comment-1", html.head().selectFirst("bookmarks > bookmark[name=earchive-comment-1]").attr("href"));
    }

    /** A Word comment Tika wrote inline is cut out of its text node, the words around it kept, each found once. */
    @Test
    void aWordCommentIsCutOutOfItsParagraphWhereItIs() {
        Document html = Jsoup.parse("<p>Kinh phí thực hiện.\tComment by Trần Thị Bình: Đề nghị bổ sung Đề nghị bổ sung</p>"
                + "<p>\tComment by Lê Văn Cường: Đồng ý</p>");
        var bình = new WriterComment("", "Trần Thị Bình", "TTB", null, "Đề nghị bổ sung");
        var cường = new WriterComment("", "Lê Văn Cường", "LVC", null, "Đồng ý");
        DocxComments docx = new DocxComments(List.of("\tComment by Trần Thị Bình: Đề nghị bổ sung",
                "\tComment by Lê Văn Cường: Đồng ý"), "", List.of(bình, cường));
        List<WriterComment> comments = HtmlComments.setAside(html, Path.of("none.docx"), docx);
        assertEquals(List.of(bình.named("earchive-comment-1"), cường.named("earchive-comment-2")), comments);
        assertEquals("<p>Kinh phí thực hiện.<a id=\"earchive-comment-1\"></a> Đề nghị bổ sung</p>\n"
                + "<p><a id=\"earchive-comment-2\"></a></p>", html.body().html());
    }

    /** Nothing to set aside: the HTML is left as it was, with no bookmarks. */
    @Test
    void aDocumentWithoutCommentsIsLeftAlone() {
        Document html = Jsoup.parse("<p>Kế hoạch năm 2025</p>");
        String before = html.outerHtml();
        assertEquals(List.of(), HtmlComments.setAside(html, Path.of("none.docx"), DocxComments.NONE));
        assertEquals(before, html.outerHtml());
    }
}
