package org.earchive.convert.office;

import java.util.Calendar;
import java.util.List;

/**
 * A text document's review comment as LibreOffice read it from the file, and the bookmark left where it was
 * anchored: earchive puts it in the PDF as a comment (sticky note) at that place.
 *
 * @param bookmark the name of the bookmark standing in for it, exported as a named destination
 * @param author   who wrote it ("" when the file does not say)
 * @param initials the author's initials, as Word and RTF keep them beside the name ("" when none)
 * @param written  when, or null when the file does not say
 * @param text     what it says, its paragraphs a line each
 */
record WriterComment(String bookmark, String author, String initials, Calendar written, String text) {

    /** The same comment, marked by the bookmark or anchor NAME. */
    WriterComment named(String name) {
        return new WriterComment(name, author, initials, written, text);
    }

    /** Each comment's author and text, a line each, as {@link PdfComments} reads them back from the PDF. */
    static String lines(List<WriterComment> comments) {
        StringBuilder lines = new StringBuilder();
        for (WriterComment comment : comments) {
            lines.append(comment.author()).append(" - ").append(comment.text()).append('\n');
        }
        return lines.toString();
    }

    /**
     * TEXT without the comments, each taken out once where it is: for a document whose comments Tika reads among its
     * words with nothing to tell them apart and no reading of their own (a Word 97-2003 file: its text after the body;
     * an RTF: initials, author and text where the comment is anchored). A comment Tika wrote otherwise stays, and its
     * words are asked of the pages: a false alarm, never a loss.
     */
    static String withoutComments(String text, List<WriterComment> comments) {
        StringBuilder rest = new StringBuilder(text);
        for (WriterComment comment : comments) {
            int at = comment.text().isBlank() ? -1 : rest.indexOf(comment.text());
            if (at < 0) {
                continue;
            }
            int end = at + comment.text().length();
            // who wrote it, as the file names them just before the text (RTF), goes with it
            at = startOfPreceding(rest, at, comment.author());
            at = startOfPreceding(rest, at, comment.initials());
            rest.replace(at, end, " ");
        }
        return rest.toString();
    }

    /** Where WORD starts when it stands just before AT (spaces between), else AT. */
    private static int startOfPreceding(CharSequence text, int at, String word) {
        if (word.isBlank()) {
            return at;
        }
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end - word.length();
        boolean whole = start == 0 || start > 0 && Character.isWhitespace(text.charAt(start - 1));
        return start >= 0 && whole && text.subSequence(start, end).toString().equals(word) ? start : at;
    }
}
