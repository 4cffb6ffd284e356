package org.earchive.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;

/** The entries LibreOffice writes wrong on a spreadsheet comment's note, as a PDF reader would meet them. */
class AnnotationEntriesTest {

    @Test
    void aNotesPopupWithoutRectangleOpensBesideItsNoteInsideThePage() {
        PDPage page = new PDPage(PDRectangle.A4);
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(new PDRectangle(380, 768, 18, 20));
        note.getCOSObject().setString(COSName.M, "D:00000000000000Z");
        PDAnnotationPopup popup = new PDAnnotationPopup();
        popup.getCOSObject().removeItem(COSName.RECT);
        popup.setParent(note);
        note.setPopup(popup);
        RepairLog log = new RepairLog();

        AnnotationEntries.mend(page, note, log);
        AnnotationEntries.mend(page, popup, log);

        PDRectangle opened = popup.getRectangle();
        assertEquals(398, opened.getLowerLeftX(), 0.01, "to the right of the note");
        assertEquals(788, opened.getUpperRightY(), 0.01, "level with the note's top");
        assertTrue(opened.getUpperRightX() <= PDRectangle.A4.getWidth(), "inside the page: " + opened);
        assertNull(note.getCOSObject().getDictionaryObject(COSName.M), "month 00, day 00 is no date");
        assertFalse(log.isEmpty());
    }

    @Test
    void aPopupBesideANoteAtThePagesRightEdgeStaysOnThePage() {
        PDRectangle page = PDRectangle.A4;
        PDRectangle opened = AnnotationEntries.beside(new PDRectangle(570, 5, 18, 20), page);
        assertEquals(page.getUpperRightX(), opened.getUpperRightX(), 0.01);
        assertTrue(opened.getLowerLeftY() >= 0, opened.toString());
        PDRectangle orphan = AnnotationEntries.beside(null, page);
        assertEquals(page.getUpperRightY(), orphan.getUpperRightY(), 0.01, "a popup with no note: the page's top right");
    }

    @Test
    void aReadableOrFreeTextModificationDateStays() {
        assertFalse(AnnotationEntries.isUnreadableDate("D:20250610120000+07'00'"));
        assertFalse(AnnotationEntries.isUnreadableDate("10 June 2025"), "ISO 32000 lets /M be any text");
        assertTrue(AnnotationEntries.isUnreadableDate("D:00000000000000Z"));
        assertTrue(AnnotationEntries.isUnreadableDate("D:20251340"));
    }
}
