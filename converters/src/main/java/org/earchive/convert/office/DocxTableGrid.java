package org.earchive.convert.office;

import static org.earchive.convert.office.WideTablePages.W;
import static org.earchive.convert.office.WideTablePages.child;
import static org.earchive.convert.office.WideTablePages.children;
import static org.earchive.convert.office.WideTablePages.twips;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.earchive.formats.vietnamese.OfficeXmlParts;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A DOCX's table grids ({@link TableGrid}), from {@code word/document.xml}: {@code w:tblGrid}'s column widths, each
 * cell's {@code w:gridSpan} and {@code w:vMerge}, each row's {@code w:gridBefore} and {@code w:gridAfter}.
 */
final class DocxTableGrid {

    private DocxTableGrid() {
    }

    /** Every table of the main part, nested ones after the table holding them; none when it cannot be read. */
    static List<TableGrid> read(Path docx) {
        List<TableGrid> grids = new ArrayList<>();
        try {
            byte[] part = OfficeXmlParts.readPart(docx, "word/document.xml");
            if (part == null) {
                return grids;
            }
            NodeList tables = OfficeXmlParts.parse(part).getElementsByTagNameNS(W, "tbl"); // document order
            for (int i = 0; i < tables.getLength(); i++) {
                grids.add(grid((Element) tables.item(i)));
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of(); // Tika read it; its plain tables stay
        }
        return grids;
    }

    private static TableGrid grid(Element table) {
        List<Integer> columns = new ArrayList<>();
        Element tableGrid = child(table, "tblGrid");
        if (tableGrid != null) {
            for (Element column : children(tableGrid)) {
                if ("gridCol".equals(column.getLocalName())) {
                    columns.add(twips(column.getAttributeNS(W, "w")));
                }
            }
        }
        List<TableGrid.Row> rows = new ArrayList<>();
        for (Element row : ownChildren(table, "tr")) {
            List<TableGrid.Cell> cells = new ArrayList<>();
            for (Element cell : ownChildren(row, "tc")) {
                Element properties = child(cell, "tcPr");
                Element merge = child(properties, "vMerge");
                TableGrid.Merge how = merge == null ? TableGrid.Merge.NONE
                        : "restart".equals(merge.getAttributeNS(W, "val")) ? TableGrid.Merge.STARTS : TableGrid.Merge.CONTINUES;
                cells.add(new TableGrid.Cell(Math.max(1, value(child(properties, "gridSpan"))), how));
            }
            Element rowProperties = child(row, "trPr");
            rows.add(new TableGrid.Row(value(child(rowProperties, "gridBefore")), cells, value(child(rowProperties, "gridAfter"))));
        }
        return new TableGrid(columns, rows);
    }

    /** Children of that name, looking through content controls and custom XML wrapped around them. */
    private static List<Element> ownChildren(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element element : children(parent)) {
            if (name.equals(element.getLocalName())) {
                found.add(element);
            } else if ("sdt".equals(element.getLocalName())) {
                Element content = child(element, "sdtContent");
                if (content != null) {
                    found.addAll(ownChildren(content, name));
                }
            } else if ("customXml".equals(element.getLocalName())) {
                found.addAll(ownChildren(element, name));
            }
        }
        return found;
    }

    private static int value(Element valued) {
        return valued == null ? 0 : TableGrid.number(valued.getAttributeNS(W, "val"));
    }
}
