package org.earchive.convert.office;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XNamed;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextFieldsSupplier;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.DateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Takes a text document's review comments out of LibreOffice's copy of it, leaving a bookmark where each was anchored.
 *
 * <p>Why: Writer draws each comment in a window of its own beside the page as soon as the document has a view, built
 * from {@code modules/swriter/ui/annotation.ui}; Debian's {@code libreoffice-writer-nogui}, the package a server
 * installs, has none of Writer's {@code .ui} files, and LibreOffice 7.4 ends ("terminate called after throwing an
 * instance of 'com::sun::star::container::NoSuchElementException'") while loading any document with a comment. The
 * document is therefore loaded without a view ({@link TextDocumentTask}), its comments are read and replaced here,
 * and only then is it given a view and exported. The bookmarks become the PDF's named destinations, where
 * {@link CommentNotes} puts the comments back as the PDF's own comments.
 */
final class CommentBookmarks {

    static final String PREFIX = "earchive-comment-";
    private static final String ANNOTATION = "com.sun.star.text.textfield.Annotation";

    private CommentBookmarks() {
    }

    /** Replaces every comment of DOCUMENT (a Writer model) by a bookmark, and says what each was. */
    static List<WriterComment> replace(Object document) throws com.sun.star.uno.Exception {
        XTextFieldsSupplier fields = UnoRuntime.queryInterface(XTextFieldsSupplier.class, document);
        if (fields == null) {
            return List.of();
        }
        List<Object> annotations = new ArrayList<>();
        XEnumeration all = fields.getTextFields().createEnumeration();
        while (all.hasMoreElements()) {
            Object field = all.nextElement();
            XServiceInfo kind = UnoRuntime.queryInterface(XServiceInfo.class, field);
            if (kind != null && kind.supportsService(ANNOTATION)) {
                annotations.add(field);
            }
        }
        if (annotations.isEmpty()) {
            return List.of();
        }
        stopRecordingChanges(document);
        XMultiServiceFactory factory = UnoRuntime.queryInterface(XMultiServiceFactory.class, document);
        List<WriterComment> comments = new ArrayList<>();
        for (Object annotation : annotations) {
            XPropertySet properties = UnoRuntime.queryInterface(XPropertySet.class, annotation);
            XTextContent content = UnoRuntime.queryInterface(XTextContent.class, annotation);
            XTextRange anchor = content.getAnchor();
            XTextRange start = anchor.getText().createTextCursorByRange(anchor.getStart());
            String name = PREFIX + (comments.size() + 1);
            comments.add(new WriterComment(name, text(properties.getPropertyValue("Author")),
                    text(properties.getPropertyValue("Initials")), calendar(properties.getPropertyValue("DateTimeValue")), text(properties.getPropertyValue("Content"))));
            // the comment goes first, then its place is marked: a comment over a range is replaced by a mark at its start
            anchor.getText().removeTextContent(content);
            Object bookmark = factory.createInstance("com.sun.star.text.Bookmark");
            UnoRuntime.queryInterface(XNamed.class, bookmark).setName(name);
            start.getText().insertTextContent(start, UnoRuntime.queryInterface(XTextContent.class, bookmark), false);
        }
        return comments;
    }

    /**
     * A document saved with Word's "Track Changes" on (w:trackRevisions) records every edit: a comment taken out would
     * be kept as a tracked deletion, comment and all, which Writer draws when the view comes and ends on as before
     * (Tika's testWORD_embedded_pics.docx). The recording is turned off in LibreOffice's copy only: the changes the
     * file already holds are shown as before, and the original is never written.
     */
    private static void stopRecordingChanges(Object document) throws com.sun.star.uno.Exception {
        XPropertySet settings = UnoRuntime.queryInterface(XPropertySet.class, document);
        if (settings != null && Boolean.TRUE.equals(settings.getPropertyValue("RecordChanges"))) {
            settings.setPropertyValue("RecordChanges", Boolean.FALSE);
        }
    }

    private static String text(Object value) {
        return value instanceof String s ? s : "";
    }

    /** LibreOffice's date of a comment has no zone (Word's files write local time): read as UTC, written as read. */
    private static Calendar calendar(Object value) {
        if (!(value instanceof DateTime date) || date.Year == 0) {
            return null;
        }
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(date.Year, date.Month - 1, date.Day, date.Hours, date.Minutes, date.Seconds);
        return calendar;
    }
}
