package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class CommentNotesTest {

    private static final WriterComment FIRST = new WriterComment("earchive-comment-1", "Trần Thị Bình", "", null,
            "Đề nghị bổ sung kinh phí");
    private static final WriterComment SECOND = new WriterComment("earchive-comment-2", "Lê Văn Cường", "", null,
            "Đồng ý");

    /** The Java engine's outline item at a line: the note beside that line, in the right margin; the item gone. */
    @Test
    void aCommentGoesWhereItsOutlineItemPointsAndTheItemGoes() throws Exception {
        try (PDDocument document = twoPages()) {
            PDPageXYZDestination line = new PDPageXYZDestination();
            line.setPage(document.getPage(1));
            line.setTop(500);
            line.setLeft(-1);
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(FIRST.bookmark());
            item.setDestination(line);
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(item);
            document.getDocumentCatalog().setDocumentOutline(outline);

            assertEquals(1, CommentNotes.placeAtOutline(document, List.of(FIRST)));
            var note = (PDAnnotationText) document.getPage(1).getAnnotations().get(0);
            assertEquals("Đề nghị bổ sung kinh phí", note.getContents());
            assertEquals("Trần Thị Bình", note.getTitlePopup());
            assertEquals(500, note.getRectangle().getUpperRightY(), 0.01);
            assertTrue(note.getRectangle().getLowerLeftX() > PDRectangle.A4.getWidth() - 30, note.getRectangle()::toString);
            assertNotNull(note.getAppearance().getNormalAppearance(), "PDF/A wants it drawn");
            assertNull(document.getDocumentCatalog().getDocumentOutline(), "no outline of earchive's left");
        }
    }

    /** An anchor the renderer placed nowhere: the comment is kept at the top of the first page, not lost. */
    @Test
    void aCommentWithoutItsAnchorIsKeptOnTheFirstPage() throws Exception {
        try (PDDocument document = twoPages()) {
            assertEquals(0, CommentNotes.placeAtOutline(document, List.of(FIRST, SECOND)));
            var notes = document.getPage(0).getAnnotations();
            assertEquals(2, notes.size());
            assertEquals("Đồng ý", notes.get(1).getContents());
            // one below the other, both visible
            assertTrue(notes.get(1).getRectangle().getUpperRightY() < notes.get(0).getRectangle().getUpperRightY());
        }
    }

    private static PDDocument twoPages() {
        PDDocument document = new PDDocument();
        document.addPage(new PDPage(PDRectangle.A4));
        document.addPage(new PDPage(PDRectangle.A4));
        return document;
    }
}
