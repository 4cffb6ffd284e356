package org.earchive.convert.office;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts a table that is wider than the paper of its portrait section on landscape pages of its own, in a DOCX's
 * main part (word/document.xml, as a DOM): the section is cut in two or three, the table's part turned. A clerk
 * does the same in Word before printing such a table; without it, whatever runs past the paper's right edge is
 * cut off in the PDF and its words are lost.
 *
 * <p>Found in NĐ 30/2020's Phụ lục I: its .docx (saved from the .doc by LibreOffice 25.8) sets the 26 cm table of
 * examples in a portrait A4 section (21 cm), where the .doc has it on landscape pages; LibreOffice 7.4 cut its
 * example column at the paper's edge, 24 of its 548 words. A table that only reaches into the right margin is left
 * as it is (nothing of it is lost), and so is one too wide for landscape paper too (the words check reports it).
 *
 * <p>The section's other settings (margins, headers and footers, footnotes) carry over to each part; the first
 * part keeps how the section starts, its page numbering restart and its first-page header, the others start on a
 * new page and number on.
 */
final class WideTablePages {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final double TWIPS_PER_CM = 1440 / 2.54;
    /** How far a table may pass the paper's edge and lose nothing: Word's default inner cell margin, 0.19 cm. */
    private static final int PAPER_TOLERANCE = 108;

    private WideTablePages() {
    }

    /**
     * Turns the document's wide tables in place.
     *
     * @return each table turned, as a clerk reads it: "26.2 cm wide, on paper 21.0 cm wide (left margin 3.5 cm)"
     */
    static List<String> turn(Document document) {
        Element body = child(document.getDocumentElement(), "body");
        List<String> turned = new ArrayList<>();
        if (body == null) {
            return turned;
        }
        // each section: the body's elements up to the paragraph that carries its w:sectPr (or the body's own)
        List<Element> section = new ArrayList<>();
        for (Element element : children(body)) {
            Element sectPr = "p".equals(element.getLocalName()) ? child(child(element, "pPr"), "sectPr")
                    : "sectPr".equals(element.getLocalName()) ? element : null;
            if (sectPr == null) {
                section.add(element);
                continue;
            }
            if (element != sectPr) {
                section.add(element);
            }
            turnSection(body, section, sectPr, turned);
            section = new ArrayList<>();
        }
        return turned;
    }

    private static void turnSection(Element body, List<Element> section, Element sectPr, List<String> turned) {
        Page page = Page.of(sectPr);
        if (page == null || page.width() > page.height()) {
            return;
        }
        List<Element> wide = new ArrayList<>();
        for (Element element : section) {
            if ("tbl".equals(element.getLocalName())) {
                int width = tableWidth(element);
                // off the portrait paper, and on the landscape paper
                if (width > 0 && !page.holds(element, width) && page.turned().holds(element, width)) {
                    wide.add(element);
                    turned.add(String.format(Locale.ROOT, "%.1f cm wide, on paper %.1f cm wide (left margin %.1f cm)",
                            width / TWIPS_PER_CM, page.width() / TWIPS_PER_CM, page.left() / TWIPS_PER_CM));
                }
            }
        }
        if (wide.isEmpty()) {
            return;
        }
        boolean firstPart = true;
        int from = 0;
        for (Element table : wide) {
            int at = section.indexOf(table);
            // the part before the table, if it has anything, ends as the section was: portrait
            if (hasContent(section.subList(from, at))) {
                Element before = section.get(at - 1);
                Element ending = sectionEnd(sectPr, false, firstPart);
                if ("p".equals(before.getLocalName())) {
                    endSectionAt(before, ending);
                } else {
                    body.insertBefore(endingParagraph(ending), table);
                }
                firstPart = false;
            }
            List<Element> rest = section.subList(at + 1, section.size());
            if (!hasContent(rest)) {
                // nothing of the section follows the table: the section itself turns
                turnInPlace(sectPr, firstPart);
                return;
            }
            Element ending = sectionEnd(sectPr, true, firstPart);
            body.insertBefore(endingParagraph(ending), table.getNextSibling());
            firstPart = false;
            from = at + 1;
        }
        // the rest of the section, after the last wide table, starts on a new page and numbers on
        continueSection(sectPr);
    }

    /** A copy of the section's settings that ends one of its parts. */
    private static Element sectionEnd(Element sectPr, boolean landscape, boolean firstPart) {
        Element copy = (Element) sectPr.cloneNode(true);
        if (landscape) {
            landscape(copy);
        }
        if (!firstPart) {
            continueSection(copy);
        }
        return copy;
    }

    private static void turnInPlace(Element sectPr, boolean firstPart) {
        landscape(sectPr);
        if (!firstPart) {
            continueSection(sectPr);
        }
    }

    /** Paper turned: width and height swapped, margins as they were (NĐ 30/2020 gives both orientations the same). */
    private static void landscape(Element sectPr) {
        Element size = child(sectPr, "pgSz");
        String width = size.getAttributeNS(W, "w");
        size.setAttributeNS(W, "w:w", size.getAttributeNS(W, "h"));
        size.setAttributeNS(W, "w:h", width);
        size.setAttributeNS(W, "w:orient", "landscape");
    }

    /** A part after the section's first: a new page, the page numbers going on, no first-page header. */
    private static void continueSection(Element sectPr) {
        Element type = child(sectPr, "type");
        if (type == null) {
            type = sectPr.getOwnerDocument().createElementNS(W, "w:type");
            // w:type comes after the header and footer references and w:footnotePr/w:endnotePr
            Node after = null;
            for (Node node = sectPr.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && !List.of("headerReference", "footerReference", "footnotePr",
                        "endnotePr").contains(element.getLocalName())) {
                    after = node;
                    break;
                }
            }
            sectPr.insertBefore(type, after);
        }
        type.setAttributeNS(W, "w:val", "nextPage");
        Element numbering = child(sectPr, "pgNumType");
        if (numbering != null) {
            numbering.removeAttributeNS(W, "start");
        }
        Element titlePage = child(sectPr, "titlePg");
        if (titlePage != null) {
            sectPr.removeChild(titlePage);
        }
    }

    /** An empty paragraph, one point high, that carries a section's end. */
    private static Element endingParagraph(Element sectPr) {
        Document document = sectPr.getOwnerDocument();
        Element paragraph = document.createElementNS(W, "w:p");
        Element properties = document.createElementNS(W, "w:pPr");
        Element spacing = document.createElementNS(W, "w:spacing");
        spacing.setAttributeNS(W, "w:before", "0");
        spacing.setAttributeNS(W, "w:after", "0");
        spacing.setAttributeNS(W, "w:line", "240");
        spacing.setAttributeNS(W, "w:lineRule", "auto");
        Element markRun = document.createElementNS(W, "w:rPr");
        Element size = document.createElementNS(W, "w:sz");
        size.setAttributeNS(W, "w:val", "2");
        markRun.appendChild(size);
        properties.appendChild(spacing);
        properties.appendChild(markRun);
        properties.appendChild(sectPr);
        paragraph.appendChild(properties);
        return paragraph;
    }

    /** Puts a section's end into a paragraph's w:pPr (made when it has none), where the schema wants it: last but a tracked change. */
    private static void endSectionAt(Element paragraph, Element sectPr) {
        Element properties = child(paragraph, "pPr");
        if (properties == null) {
            properties = paragraph.getOwnerDocument().createElementNS(W, "w:pPr");
            paragraph.insertBefore(properties, paragraph.getFirstChild());
        }
        properties.insertBefore(sectPr, child(properties, "pPrChange"));
    }

    /** Whether the elements hold anything a page shows: a table, text, a picture, a break. */
    private static boolean hasContent(List<Element> elements) {
        for (Element element : elements) {
            if (!"p".equals(element.getLocalName()) || !element.getTextContent().isBlank()) {
                return true;
            }
            for (String shown : List.of("drawing", "pict", "object", "br")) {
                if (element.getElementsByTagNameNS(W, shown).getLength() > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The table's width in twips: its grid's columns (what Word lays it out by), else its w:tblW in twips. */
    static int tableWidth(Element table) {
        int grid = 0;
        Element tableGrid = child(table, "tblGrid");
        if (tableGrid != null) {
            for (Element column : children(tableGrid)) {
                if ("gridCol".equals(column.getLocalName())) {
                    grid += twips(column.getAttributeNS(W, "w"));
                }
            }
        }
        if (grid > 0) {
            return grid;
        }
        Element width = child(child(table, "tblPr"), "tblW");
        return width != null && "dxa".equals(width.getAttributeNS(W, "type")) ? twips(width.getAttributeNS(W, "w")) : 0;
    }

    /**
     * The section's paper and side margins in twips; null when it does not say its paper size.
     */
    private record Page(int width, int height, int left, int right) {

        static Page of(Element sectPr) {
            Element size = child(sectPr, "pgSz");
            if (size == null) {
                return null;
            }
            int width = twips(size.getAttributeNS(W, "w"));
            int height = twips(size.getAttributeNS(W, "h"));
            Element margins = child(sectPr, "pgMar");
            int left = margins == null ? 0 : twips(margins.getAttributeNS(W, "left")) + twips(margins.getAttributeNS(W, "gutter"));
            int right = margins == null ? 0 : twips(margins.getAttributeNS(W, "right"));
            return width > 0 && height > 0 ? new Page(width, height, left, right) : null;
        }

        Page turned() {
            return new Page(height, width, left, right);
        }

        /**
         * Whether the table stands on the paper, where Word puts it: after its indent from the left margin, or
         * centred or set right between the margins, or, floating, where its position says. Its right edge may pass
         * the paper's by a cell's inner margin: the text stops short of the border by that much.
         */
        boolean holds(Element table, int tableWidth) {
            int leftEdge = leftEdge(table, tableWidth);
            return leftEdge >= -PAPER_TOLERANCE && leftEdge + tableWidth <= width + PAPER_TOLERANCE;
        }

        private int leftEdge(Element table, int tableWidth) {
            Element properties = child(table, "tblPr");
            int textWidth = width - left - right;
            Element floating = child(properties, "tblpPr");
            if (floating != null) {
                boolean toPaper = "page".equals(floating.getAttributeNS(W, "horzAnchor"));
                int areaLeft = toPaper ? 0 : left;
                int areaWidth = toPaper ? width : textWidth;
                return switch (floating.getAttributeNS(W, "tblpXSpec")) {
                    case "center" -> areaLeft + (areaWidth - tableWidth) / 2;
                    case "right", "outside" -> areaLeft + areaWidth - tableWidth;
                    case "left", "inside" -> areaLeft;
                    default -> areaLeft + twips(floating.getAttributeNS(W, "tblpX"));
                };
            }
            Element alignment = child(properties, "jc");
            String jc = alignment == null ? "" : alignment.getAttributeNS(W, "val");
            if (jc.equals("center")) {
                return left + (textWidth - tableWidth) / 2;
            }
            if (jc.equals("right") || jc.equals("end")) {
                return left + textWidth - tableWidth;
            }
            Element indent = child(properties, "tblInd");
            boolean inTwips = indent != null && List.of("", "dxa").contains(indent.getAttributeNS(W, "type"));
            return left + (inTwips ? twips(indent.getAttributeNS(W, "w")) : 0);
        }
    }

    /** A twips measure as Word writes it ("11906"; a few writers add a unit, read as none). */
    static int twips(String value) {
        try {
            return value.isBlank() ? 0 : (int) Math.round(Double.parseDouble(value.trim()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && W.equals(element.getNamespaceURI())) {
                children.add(element);
            }
        }
        return children;
    }

    static Element child(Element parent, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && W.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
