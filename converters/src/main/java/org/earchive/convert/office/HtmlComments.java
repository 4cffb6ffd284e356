package org.earchive.convert.office;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * The Java engine's counterpart of {@link CommentBookmarks}: takes a document's review comments out of the HTML it
 * lays out, where Tika's reading left them among the words (a deck's {@code <p class="slide-comment">}, an
 * OpenDocument's {@code <p class="annotation">}, a DOCX's inline "\tComment by AUTHOR: TEXT"), so that no page prints
 * a comment as if it were the document's text. An empty anchor stays where each was, with a bookmark to it: the
 * renderer makes the bookmark an outline item at the anchor's line, where {@link CommentNotes#placeAtOutline} puts the
 * comment back as the PDF's own comment and takes the item out again.
 */
final class HtmlComments {

    private HtmlComments() {
    }

    /**
     * @param source the document, for who wrote an OpenDocument's comments and when ({@link OdfComments})
     * @param docx   a Word document's comments as POI reads them (author, initials, date), matched to Tika's inline form
     * @return the comments taken out, each named by its anchor, in the order of the document
     */
    static List<WriterComment> setAside(Document html, Path source, DocxComments docx) {
        List<WriterComment> comments = new ArrayList<>();
        for (Element paragraph : html.body().select("p.slide-comment")) {
            comments.add(anchor(paragraph, fromSlide(paragraph), comments.size() + 1));
        }
        Elements annotations = html.body().select("p.annotation");
        List<WriterComment> authors = annotations.isEmpty() ? List.of() : OdfComments.authors(source);
        for (int i = 0; i < annotations.size(); i++) {
            // matched by place when the file and Tika count the same comments; else the text alone
            WriterComment author = authors.size() == annotations.size() ? authors.get(i)
                    : new WriterComment("", "", "", null, "");
            WriterComment comment = new WriterComment("", author.author(), "", author.written(),
                    annotations.get(i).wholeText().strip());
            comments.add(anchor(annotations.get(i), comment, comments.size() + 1));
        }
        for (int i = 0; i < docx.inline().size(); i++) {
            String inline = docx.inline().get(i);
            for (TextNode node : textNodes(html)) {
                int at = node.getWholeText().indexOf(inline);
                if (at >= 0) {
                    TextNode comment = at == 0 ? node : node.splitText(at);
                    if (comment.getWholeText().length() > inline.length()) { // jsoup splits only inside the text
                        comment.splitText(inline.length());
                    }
                    comments.add(anchor(comment, docx.comments().get(i), comments.size() + 1));
                    break;
                }
            }
        }
        bookmark(html, comments);
        return comments;
    }

    /** A bookmark to each comment's anchor, for the renderer to make an outline item at the anchor's line. */
    static void bookmark(Document html, List<WriterComment> comments) {
        if (comments.isEmpty()) {
            return;
        }
        Element bookmarks = html.head().selectFirst("bookmarks");
        if (bookmarks == null) {
            bookmarks = html.head().appendElement("bookmarks");
        }
        for (WriterComment comment : comments) {
            bookmarks.appendElement("bookmark").attr("name", comment.bookmark()).attr("href", "#" + comment.bookmark());
        }
    }

    /** A slide's comment as Tika reads it: "AUTHOR (INITIALS) - " in bold, then its text. */
    private static WriterComment fromSlide(Element paragraph) {
        Element author = paragraph.selectFirst("b");
        String name = author == null ? "" : author.text().strip().replaceFirst("\\s*-$", "");
        if (author != null) {
            author.remove();
        }
        return new WriterComment("", name, "", null, paragraph.wholeText().strip());
    }

    /** Replaces PLACE by the empty anchor of the comment numbered NUMBER, and names the comment so. */
    private static WriterComment anchor(org.jsoup.nodes.Node place, WriterComment comment, int number) {
        String name = CommentBookmarks.PREFIX + number;
        place.replaceWith(new Element("a").attr("id", name));
        return comment.named(name);
    }

    private static List<TextNode> textNodes(Document html) {
        List<TextNode> nodes = new ArrayList<>();
        html.body().traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }
}
