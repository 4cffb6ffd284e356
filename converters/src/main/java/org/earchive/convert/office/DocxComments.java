package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word (DOCX) document's review comments. Tika reads each into the paragraph it is anchored in, as POI's
 * {@code XWPFCommentsDecorator} writes it ("\tComment by AUTHOR: TEXT"), with no element to tell it apart: the same
 * words are made here, with the same library, and taken out of the words the pages are checked for. Word prints no
 * comment in the text of the page; they are checked among the PDF's comments instead.
 *
 * @param inline   each comment as Tika's reading has it
 * @param text     each comment's author and text, a line each, for the check of the PDF's comments
 * @param comments each comment as Word keeps it (author, initials, date, text), in the order of {@code inline}, with
 *                 no bookmark yet
 */
record DocxComments(List<String> inline, String text, List<WriterComment> comments) {

    static final DocxComments NONE = new DocxComments(List.of(), "", List.of());
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** NONE for a file that is not a DOCX, has no comments, or that POI cannot read. */
    static DocxComments of(Path document, String mime) {
        if (!DOCX.equals(mime) || !hasCommentsPart(document)) {
            return NONE;
        }
        try (XWPFDocument docx = new XWPFDocument(OoxmlPackages.open(document))) {
            List<String> inline = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            List<WriterComment> read = new ArrayList<>();
            XWPFComment[] comments = docx.getComments();
            for (XWPFComment comment : comments == null ? new XWPFComment[0] : comments) {
                inline.add("\tComment by " + comment.getAuthor() + ": " + comment.getText());
                String author = comment.getAuthor() == null ? "" : comment.getAuthor();
                text.append(author).append(" - ").append(comment.getText()).append('\n');
                read.add(new WriterComment("", author, comment.getInitials() == null ? "" : comment.getInitials(),
                        comment.getDate(), comment.getText()));
            }
            return new DocxComments(List.copyOf(inline), text.toString(), List.copyOf(read));
        } catch (Exception | LinkageError unread) {
            return NONE;
        }
    }

    int count() {
        return inline.size();
    }

    /** TIKA_TEXT without the comments read into it, each taken out once where it is. */
    String withoutComments(String tikaText) {
        StringBuilder text = new StringBuilder(tikaText);
        for (String comment : inline) {
            int at = text.indexOf(comment);
            if (at >= 0) {
                text.replace(at, at + comment.length(), " ");
            }
        }
        return text.toString();
    }

    /** A look at the package's parts before POI reads the whole document: most documents have no comments. */
    private static boolean hasCommentsPart(Path document) {
        try (ZipFile zip = new ZipFile(document.toFile())) {
            return zip.getEntry("word/comments.xml") != null;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
