package org.earchive.convert.office;

import java.util.Calendar;
import java.util.List;

/**
 * A text document's review comment as LibreOffice read it from the file, and the bookmark left where it was
 * anchored: earchive puts it in the PDF as a comment (sticky note) at that place.
 *
 * @param bookmark the name of the bookmark standing in for it, exported as a named destination
 * @param author   who wrote it ("" when the file does not say)
 * @param written  when, or null when the file does not say
 * @param text     what it says, its paragraphs a line each
 */
record WriterComment(String bookmark, String author, Calendar written, String text) {

    /** Each comment's author and text, a line each, as {@link PdfComments} reads them back from the PDF. */
    static String lines(List<WriterComment> comments) {
        StringBuilder lines = new StringBuilder();
        for (WriterComment comment : comments) {
            lines.append(comment.author()).append(" - ").append(comment.text()).append('\n');
        }
        return lines.toString();
    }

    /**
     * TEXT without the comments' text, each taken out once where it is: for a document whose comments Tika reads
     * among its words with nothing to tell them apart and no reading of their own (a Word 97-2003 file: after the
     * body). A comment Tika wrote otherwise stays, and its words are asked of the pages: a false alarm, never a loss.
     */
    static String withoutComments(String text, List<WriterComment> comments) {
        StringBuilder rest = new StringBuilder(text);
        for (WriterComment comment : comments) {
            int at = comment.text().isBlank() ? -1 : rest.indexOf(comment.text());
            if (at >= 0) {
                rest.replace(at, at + comment.text().length(), " ");
            }
        }
        return rest.toString();
    }
}
