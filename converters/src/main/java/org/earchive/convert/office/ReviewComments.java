package org.earchive.convert.office;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Takes a document's review comments out of the words its pages are checked for, and keeps them apart: a
 * presentation's ({@code <p class="slide-comment">} in Tika's reading of PPT and PPTX: the author, then the text)
 * and an OpenDocument's ({@code <p class="annotation">}, ODT and ODP: the text, inside the paragraph it is anchored
 * in). PowerPoint and Word do not print them in the page's text, and neither does LibreOffice: they become the PDF's
 * own comments (sticky notes where they were anchored, which a PDF reader lists), and their words are checked there.
 * In a workbook a cell's comment is inside the cell: an ODS's as {@code <p class="annotation">}, an XLSX's after a
 * {@code <br/>} ("AUTHOR: TEXT", Tika's form), which only a workbook's reading takes for a comment ({@link #inWorkbook}).
 * Word's (DOCX) comments are read inline by Tika, with nothing to tell them apart: {@link DocxComments}.
 */
final class ReviewComments extends ContentHandlerDecorator {

    private final StringBuilder text = new StringBuilder();
    /** The same, but each cell comment without Tika's "AUTHOR: " before it. */
    private final StringBuilder saidInCells = new StringBuilder();
    /** The cell comment being read. */
    private final StringBuilder cell = new StringBuilder();
    /** Tika's "AUTHOR:" before a cell comment's text. */
    private static final java.util.regex.Pattern CELL_AUTHOR = java.util.regex.Pattern.compile("^\\s*[^:\\n]{1,100}:\\s*");
    private final ClassedElement slideComment = new ClassedElement("p", "slide-comment");
    private final ClassedElement annotation = new ClassedElement("p", "annotation");
    /** Tika's reading of an XLS's drawings beside its cells: its comments and its text boxes alike. */
    private final ClassedElement drawing = new ClassedElement("div", "outside");
    private int drawings;
    private int count;
    /** A workbook's reading: in a cell, what follows a line break is the cell's comment. */
    private final boolean workbook;
    private int cellDepth;
    private boolean cellComment;

    ReviewComments(ContentHandler words) {
        this(words, false);
    }

    private ReviewComments(ContentHandler words, boolean workbook) {
        super(words);
        this.workbook = workbook;
    }

    /** The comments of a workbook's cells kept apart from the words of the cells. */
    static ReviewComments inWorkbook(ContentHandler words) {
        return new ReviewComments(words, true);
    }

    /** How many comments the document has (replies count one each). */
    int count() {
        return count;
    }

    /**
     * How many drawings a workbook's reading has beside its cells ({@code <div class="outside">}): an XLS's cell
     * comments are among them, told apart by {@link XlsComments}.
     */
    int drawings() {
        return drawings;
    }

    /** Their authors and text, one comment a line, as Tika reads them. */
    String text() {
        return text.toString();
    }

    /**
     * The same with only what each cell comment says: LibreOffice's PDF titles a cell's note with the cell's name
     * ("B1"), not its author, so the author can be asked only of the original (Tika reads "AUTHOR: TEXT").
     */
    String textWithoutCellAuthors() {
        return saidInCells.toString();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        // an element is counted by one of the two only: inside one, the other sees no start of its own
        if (!annotation.inside() && slideComment.start(localName, attributes)
                || !slideComment.inside() && annotation.start(localName, attributes)) {
            count++;
        }
        if (workbook && drawing.start(localName, attributes)) {
            drawings++;
        }
        if (workbook && (localName.equals("td") || localName.equals("th"))) {
            cellDepth++;
        } else if (workbook && cellDepth > 0 && !cellComment && localName.equals("br") && !inside()) {
            cellComment = true;
            count++;
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (slideComment.inside() ? slideComment.end() : annotation.end()) {
            text.append('\n');
            saidInCells.append('\n');
        }
        drawing.end();
        if (workbook && (localName.equals("td") || localName.equals("th")) && cellDepth > 0) {
            cellDepth--;
            if (cellComment) {
                cellComment = false;
                text.append(cell).append('\n');
                saidInCells.append(CELL_AUTHOR.matcher(cell).replaceFirst("")).append('\n');
                cell.setLength(0);
            }
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (cellComment && !slideComment.inside() && !annotation.inside()) {
            cell.append(ch, start, length);
        } else if (inside()) {
            text.append(ch, start, length);
            saidInCells.append(ch, start, length);
        } else {
            super.characters(ch, start, length);
        }
    }

    private boolean inside() {
        return slideComment.inside() || annotation.inside() || cellComment;
    }
}
