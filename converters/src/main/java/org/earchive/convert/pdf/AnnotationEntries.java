package org.earchive.convert.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.util.DateConverter;

/**
 * Mends the entries of an annotation that producers write wrong and that viewers and indexers then stumble on, while
 * veraPDF, which does not look at them, passes the file. LibreOffice writes a spreadsheet comment's note with a popup
 * that has no rectangle (ISO 32000-1 requires one of every annotation: poppler reports "Bad bounding box" and places
 * nothing) and with the modification date "D:00000000000000Z" when the comment had none (month and day zero: no date).
 */
final class AnnotationEntries {

    /** A popup's size where its producer gave none, about what viewers open for a note. */
    private static final float POPUP_WIDTH = 180;
    private static final float POPUP_HEIGHT = 120;

    private AnnotationEntries() {
    }

    static void mend(PDPage page, PDAnnotation annotation, RepairLog log) {
        COSDictionary dictionary = annotation.getCOSObject();
        if (!hasRectangle(dictionary) && "Popup".equals(annotation.getSubtype())) {
            dictionary.setItem(COSName.RECT, beside(parentRectangle(dictionary), page.getCropBox()).getCOSArray());
            log.changed("rectangle given to a note's popup that had none");
        }
        for (COSName key : new COSName[] {COSName.M, COSName.CREATION_DATE}) {
            if (dictionary.getDictionaryObject(key) instanceof COSString date && isUnreadableDate(date.getString())) {
                dictionary.removeItem(key);
                log.changed("unreadable date \"" + date.getString() + "\" removed from an annotation");
            }
        }
    }

    /**
     * A date string that claims the PDF date form ("D:...") but is no date. The modification date may be free text,
     * which a viewer shows as it is: only a date written wrong is taken out.
     */
    static boolean isUnreadableDate(String value) {
        return value.startsWith("D:") && DateConverter.toCalendar(value) == null;
    }

    private static boolean hasRectangle(COSDictionary dictionary) {
        if (!(dictionary.getDictionaryObject(COSName.RECT) instanceof COSArray rectangle) || rectangle.size() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!(rectangle.getObject(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }

    private static PDRectangle parentRectangle(COSDictionary popup) {
        COSBase parent = popup.getDictionaryObject(COSName.PARENT);
        if (parent instanceof COSDictionary parentDictionary && hasRectangle(parentDictionary)) {
            return new PDRectangle(parentDictionary.getCOSArray(COSName.RECT));
        }
        return null;
    }

    /** To the right of the note and level with its top, as viewers open a note's popup, kept inside the page. */
    static PDRectangle beside(PDRectangle note, PDRectangle page) {
        float width = Math.min(POPUP_WIDTH, page.getWidth());
        float height = Math.min(POPUP_HEIGHT, page.getHeight());
        float left = note == null ? page.getUpperRightX() - width : note.getUpperRightX();
        float top = note == null ? page.getUpperRightY() : note.getUpperRightY();
        left = Math.max(page.getLowerLeftX(), Math.min(left, page.getUpperRightX() - width));
        top = Math.min(page.getUpperRightY(), Math.max(top, page.getLowerLeftY() + height));
        return new PDRectangle(left, top - height, width, height);
    }
}
