package org.earchive.convert.office;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * For tagged output (PDF/A level a, PDF/UA): the structure Tika's reading of a DOCX flattens, put back into its HTML
 * so that the structure tree says what the document says. Tika writes a numbered or bulleted paragraph as a plain
 * paragraph starting with its number ("1. ", "· ") and a table's repeated header row as ordinary cells; Word knows them
 * as list items and header cells. Each list paragraph goes into a list item (its number kept as written, so the page
 * looks as before) and each cell of a header row becomes a header cell, styled as the cell was.
 *
 * <p>POI's paragraphs and tables are paired with Tika's blocks in order; when the two readings disagree (another count,
 * another text) nothing is changed: an untagged list is better than a list tagged on the wrong paragraphs.
 */
final class DocxStructure {

    private DocxStructure() {
    }

    static void restore(Document html, Path docx) {
        try (OPCPackage zip = OoxmlPackages.open(docx);
             XWPFDocument document = new XWPFDocument(zip)) {
            List<IBodyElement> elements = document.getBodyElements();
            List<Element> blocks = html.body().children().stream()
                    .filter(block -> block.tagName().matches("p|h[1-6]|table")).toList();
            if (elements.size() != blocks.size() || !agree(elements, blocks)) {
                return;
            }
            List<Element> run = new ArrayList<>();
            Boolean ordered = null;
            for (int i = 0; i < elements.size(); i++) {
                IBodyElement element = elements.get(i);
                boolean item = element instanceof XWPFParagraph paragraph && paragraph.getNumID() != null
                        && blocks.get(i).tagName().equals("p");
                boolean numbered = item && !"bullet".equals(((XWPFParagraph) element).getNumFmt());
                if (!run.isEmpty() && (!item || ordered != numbered)) {
                    wrap(run, ordered);
                    run.clear();
                }
                if (item) {
                    run.add(blocks.get(i));
                    ordered = numbered;
                } else if (element instanceof XWPFTable table) {
                    markHeaderRows(table, blocks.get(i));
                }
            }
            if (!run.isEmpty()) {
                wrap(run, ordered);
            }
        } catch (Exception | LinkageError unreadable) {
            // POI cannot read what Tika read (or the file is odd): Tika's flat reading stays, untagged lists and all
        }
    }

    /** Same kinds in the same order, and each of Tika's paragraphs ends with POI's text of it. */
    private static boolean agree(List<IBodyElement> elements, List<Element> blocks) {
        for (int i = 0; i < elements.size(); i++) {
            IBodyElement element = elements.get(i);
            Element block = blocks.get(i);
            if ((element instanceof XWPFTable) != block.tagName().equals("table")) {
                return false;
            }
            if (element instanceof XWPFParagraph paragraph
                    && !squeezed(block.text()).endsWith(squeezed(paragraph.getText()))) {
                return false;
            }
        }
        return true;
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** The paragraphs as items of one list, without the list's own markers: each keeps the number it was written with. */
    private static void wrap(List<Element> paragraphs, boolean ordered) {
        Element list = new Element(ordered ? "ol" : "ul").attr("style", "list-style: none; margin: 0; padding: 0");
        paragraphs.get(0).before(list);
        for (Element paragraph : paragraphs) {
            list.appendElement("li").appendChild(paragraph); // moved: jsoup takes it from where it was
        }
    }

    /** The rows Word repeats at the top of each page (its header rows) as header cells of their columns. */
    private static void markHeaderRows(XWPFTable table, Element block) {
        List<Element> rows = block.select("> tbody > tr, > thead > tr, > tr");
        List<XWPFTableRow> wordRows = table.getRows();
        for (int r = 0; r < Math.min(rows.size(), wordRows.size()) && wordRows.get(r).isRepeatHeader(); r++) {
            for (Element cell : rows.get(r).select("> td")) {
                cell.tagName("th").attr("scope", "col").attr("style", "font-weight: inherit; text-align: inherit");
            }
        }
    }
}
