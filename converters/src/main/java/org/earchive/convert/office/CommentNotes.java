package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDDestinationNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitRectangleDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.earchive.core.AtomicFiles;

/**
 * Puts a text document's review comments into LibreOffice's PDF as the PDF's own comments: a sticky note (Text
 * annotation) with the author, the date and the text, in the right margin beside the line where the comment was
 * anchored. {@link CommentBookmarks} left a
 * bookmark there, which LibreOffice exported as a named destination; the destinations are taken out again, so the
 * PDF has no name the document did not have. PDF/A asks each note to print: a small note icon shows where it is, as
 * a deck's comments show (earchive's repair draws its appearance).
 */
final class CommentNotes {

    /** The note icon's side, in points. */
    private static final float ICON = 12;

    private CommentNotes() {
    }

    /**
     * @return how many of the comments found their place (a comment whose destination is missing, as in a part of
     *         the document the PDF does not print, is not placed)
     */
    static int place(Path pdf, List<WriterComment> comments) throws IOException {
        if (comments.isEmpty()) {
            return 0;
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
            int placed = 0;
            for (WriterComment comment : comments) {
                PDPageDestination destination = destination(document, comment.bookmark());
                PDPage page = destination == null ? null : pageOf(document, destination);
                if (page != null) {
                    page.getAnnotations().add(note(comment, page, destination));
                    placed++;
                }
            }
            forgetDestinations(document);
            AtomicFiles.write(pdf, document::save);
            return placed;
        }
    }

    /**
     * The Java engine's: each comment at the outline item named by its anchor ({@link HtmlComments}), the items taken
     * out again; one whose anchor has no item, at the top of the first page. Each note's appearance is drawn here: the
     * Java engine's PDF is not repaired after.
     *
     * @return how many of the comments found their anchor's place
     */
    static int placeAtOutline(PDDocument document, List<WriterComment> comments) throws IOException {
        if (comments.isEmpty() || document.getNumberOfPages() == 0) {
            return 0;
        }
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        Map<String, PDOutlineItem> anchors = new LinkedHashMap<>();
        List<PDOutlineItem> others = new ArrayList<>();
        for (PDOutlineItem item : outline == null ? List.<PDOutlineItem>of() : outline.children()) {
            if (item.getTitle() != null && item.getTitle().startsWith(CommentBookmarks.PREFIX)) {
                anchors.put(item.getTitle(), item);
            } else {
                others.add(item);
            }
        }
        int placed = 0;
        for (WriterComment comment : comments) {
            PDOutlineItem item = anchors.get(comment.bookmark());
            PDPageDestination destination = item != null && item.getDestination() instanceof PDPageDestination found
                    ? found : null;
            PDPage page = destination == null ? null : pageOf(document, destination);
            if (page != null) {
                placed++;
            } else {
                // an anchor the renderer placed nowhere (in a running header, say): the comment is still kept, at
                // the top of the first page, rather than lost
                page = document.getPage(0);
            }
            PDAnnotation note = note(comment, page, destination);
            note.constructAppearances(document);
            page.getAnnotations().add(note);
        }
        if (outline != null) {
            document.getDocumentCatalog().setDocumentOutline(others.isEmpty() ? null : outlineOf(others));
        }
        return placed;
    }

    /** A new outline of ITEMS, each taken from the old one with its own items under it. */
    private static PDDocumentOutline outlineOf(List<PDOutlineItem> items) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (PDOutlineItem item : items) {
            item.getCOSObject().removeItem(COSName.PREV);
            item.getCOSObject().removeItem(COSName.NEXT);
            item.getCOSObject().removeItem(COSName.PARENT);
            outline.addLast(item);
        }
        return outline;
    }

    /** The destination named NAME, in the catalog's Dests dictionary (LibreOffice's) or in its name tree. */
    private static PDPageDestination destination(PDDocument document, String name) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (catalog.getDests() != null && catalog.getDests().getDestination(name) instanceof PDPageDestination found) {
            return found;
        }
        PDDocumentNameDictionary names = catalog.getNames();
        if (names == null || names.getDests() == null) {
            return null;
        }
        Map<String, PDPageDestination> all = new LinkedHashMap<>();
        collect(names.getDests(), all);
        return all.get(name);
    }

    /** Takes earchive's destinations out again, and the dictionaries that held nothing else. */
    private static void forgetDestinations(PDDocument document) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        COSDictionary dests = catalog.getCOSObject().getCOSDictionary(COSName.DESTS);
        if (dests != null) {
            for (COSName key : List.copyOf(dests.keySet())) {
                if (key.getName().startsWith(CommentBookmarks.PREFIX)) {
                    dests.removeItem(key);
                }
            }
            if (dests.size() == 0) {
                catalog.getCOSObject().removeItem(COSName.DESTS);
            }
        }
        PDDocumentNameDictionary names = catalog.getNames();
        if (names == null || names.getDests() == null) {
            return;
        }
        Map<String, PDPageDestination> kept = new LinkedHashMap<>();
        collect(names.getDests(), kept);
        if (kept.keySet().removeIf(name -> name.startsWith(CommentBookmarks.PREFIX))) {
            if (kept.isEmpty()) {
                names.getCOSObject().removeItem(COSName.DESTS);
                if (names.getCOSObject().size() == 0) {
                    catalog.getCOSObject().removeItem(COSName.NAMES);
                }
            } else {
                PDDestinationNameTreeNode tree = new PDDestinationNameTreeNode();
                tree.setNames(kept);
                names.setDests(tree);
            }
        }
    }

    private static void collect(PDDestinationNameTreeNode node, Map<String, PDPageDestination> into) throws IOException {
        Map<String, PDPageDestination> here = node.getNames();
        if (here != null) {
            into.putAll(here);
        }
        if (node.getKids() != null) {
            for (var kid : node.getKids()) {
                collect((PDDestinationNameTreeNode) kid, into);
            }
        }
    }

    private static PDPage pageOf(PDDocument document, PDPageDestination destination) {
        if (destination.getPage() != null) {
            return destination.getPage();
        }
        int number = destination.getPageNumber();
        return number >= 0 && number < document.getNumberOfPages() ? document.getPage(number) : null;
    }

    /** Whether a note icon already on PAGE covers the one whose top left corner would be at X, Y. */
    private static boolean covered(PDPage page, float x, float y) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            PDRectangle there = annotation.getRectangle();
            if (annotation instanceof PDAnnotationText && there != null && Math.abs(there.getLowerLeftX() - x) < ICON
                    && Math.abs(there.getUpperRightY() - y) < ICON) {
                return true;
            }
        }
        return false;
    }

    private static PDAnnotation note(WriterComment comment, PDPage page, PDPageDestination destination)
            throws IOException {
        PDRectangle box = page.getCropBox();
        // in the right margin, beside the anchor's line, where Word shows its comments: an icon at the anchor itself
        // would hide the letters it stands on (a viewer draws it over the text)
        float left = box.getUpperRightX() - 2 * ICON;
        float top = box.getUpperRightY();
        if (destination instanceof PDPageXYZDestination xyz && xyz.getTop() >= 0) {
            top = xyz.getTop();
        } else if (destination instanceof PDPageFitWidthDestination width && width.getTop() >= 0) {
            top = width.getTop();
        } else if (destination instanceof PDPageFitRectangleDestination rectangle) {
            top = rectangle.getTop();
        }
        PDAnnotationText note = new PDAnnotationText();
        note.setName(PDAnnotationText.NAME_COMMENT);
        note.setTitlePopup(comment.author());
        note.setContents(comment.text());
        if (comment.written() != null) {
            note.setModifiedDate(comment.written());
        }
        // just inside the page; below the icons already there (a comment's replies share
        // its anchor), so that each can be seen and opened
        float x = Math.max(box.getLowerLeftX(), Math.min(left, box.getUpperRightX() - ICON));
        float y = Math.max(box.getLowerLeftY() + ICON, Math.min(top, box.getUpperRightY()));
        while (y - ICON > box.getLowerLeftY() + ICON && covered(page, x, y)) {
            y -= ICON;
        }
        note.setRectangle(new PDRectangle(x, y - ICON, ICON, ICON));
        note.setPrinted(true);
        note.setNoZoom(true);
        note.setNoRotate(true);
        return note;
    }
}
