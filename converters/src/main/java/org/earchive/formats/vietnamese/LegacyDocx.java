package org.earchive.formats.vietnamese;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A Unicode copy of a DOCX whose runs are typed in {@code .Vn*} or {@code VNI-*} fonts: each run's font is
 * found as Word finds it (the run's own, its character style's, its paragraph style's, the document
 * default; the "high ANSI" font first, the one Word draws U+0080..U+00FF in), the text of runs in a legacy
 * font is decoded in that font's code, and every legacy font name (runs and styles) becomes its Unicode twin.
 * Runs in Unicode fonts are left exactly as they are, so a document mixing both gets each right. Both
 * engines are then given the copy, never the mojibake (LibreOffice drops TCVN3's ư, the soft-hyphen byte).
 */
public final class LegacyDocx {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern TEXT_PARTS = Pattern.compile(
            "word/(document|header\\d*|footer\\d*|footnotes|endnotes|comments)\\.xml");
    /** A part bigger than this is not a word-processing text anyone typed by hand: left to the engines' limits. */

    /**
     * Writes the converted copy to {@code copy} when the document has text in legacy fonts.
     *
     * @return what was converted, or null (nothing written) when no run is in a legacy font
     */
    public LegacyRuns convert(Path docx, Path copy) throws IOException {
        Map<String, byte[]> entries = OfficeXmlParts.read(docx);
        byte[] stylesXml = entries.get("word/styles.xml");
        Document styles = stylesXml == null ? null : OfficeXmlParts.parse(stylesXml);
        StyleFonts styleFonts = new StyleFonts(styles);
        Set<String> used = new LinkedHashSet<>();
        int runs = 0;
        Map<String, byte[]> changed = new HashMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (!TEXT_PARTS.matcher(entry.getKey()).matches()) {
                continue;
            }
            Document part = OfficeXmlParts.parse(entry.getValue());
            int converted = convertRuns(part, styleFonts, used);
            if (converted > 0 || replaceFontNames(part)) {
                changed.put(entry.getKey(), OfficeXmlParts.write(part, true));
            }
            runs += converted;
        }
        if (runs == 0) {
            return null;
        }
        if (styles != null && replaceFontNames(styles)) {
            changed.put("word/styles.xml", OfficeXmlParts.write(styles, true));
        }
        OfficeXmlParts.writeZip(entries, changed, copy);
        return LegacyRuns.of(used, runs);
    }

    private static int convertRuns(Document part, StyleFonts styles, Set<String> used) {
        int converted = 0;
        NodeList paragraphs = part.getElementsByTagNameNS(W, "p");
        for (int p = 0; p < paragraphs.getLength(); p++) {
            Element paragraph = (Element) paragraphs.item(p);
            String paragraphStyle = attributeOfChild(child(paragraph, "pPr"), "pStyle", "val");
            NodeList runs = paragraph.getElementsByTagNameNS(W, "r");
            for (int r = 0; r < runs.getLength(); r++) {
                Element run = (Element) runs.item(r);
                if (nearestParagraph(run) != paragraph) {
                    continue; // a run of a nested paragraph (text box) is handled with its own paragraph
                }
                Element properties = child(run, "rPr");
                String font = fontOf(child(properties, "rFonts"));
                if (font == null) {
                    font = styles.font(attributeOfChild(properties, "rStyle", "val"));
                }
                if (font == null) {
                    font = styles.paragraphFont(paragraphStyle);
                }
                LegacyFont legacy = LegacyFont.of(font).orElse(null);
                if (legacy == null) {
                    continue;
                }
                softHyphensAsText(run);
                NodeList texts = run.getElementsByTagNameNS(W, "t");
                for (int t = 0; t < texts.getLength(); t++) {
                    Node text = texts.item(t);
                    text.setTextContent(legacy.decode(text.getTextContent()));
                }
                setFont(run, properties, legacy.replacement());
                used.add(font);
                converted++;
            }
        }
        return converted;
    }

    /**
     * TCVN3's "ư" is the byte 0xAD, the soft hyphen: LibreOffice saves it as {@code <w:softHyphen/>} (a DOC it
     * converted to DOCX holds one for every "ư"), so in a legacy run each becomes that byte again.
     */
    private static void softHyphensAsText(Element run) {
        NodeList hyphens = run.getElementsByTagNameNS(W, "softHyphen");
        for (int i = hyphens.getLength() - 1; i >= 0; i--) {
            Node hyphen = hyphens.item(i);
            Element text = run.getOwnerDocument().createElementNS(W, "w:t");
            text.setTextContent("\u00AD");
            hyphen.getParentNode().replaceChild(text, hyphen);
        }
    }

    private static Element nearestParagraph(Element run) {
        for (Node node = run.getParentNode(); node != null; node = node.getParentNode()) {
            if (node instanceof Element element && W.equals(element.getNamespaceURI()) && "p".equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    /** The run's fonts all set to the Unicode twin, so no style's legacy font can reach it any more. */
    private static void setFont(Element run, Element properties, String font) {
        Document document = run.getOwnerDocument();
        if (properties == null) {
            properties = document.createElementNS(W, "w:rPr");
            run.insertBefore(properties, run.getFirstChild());
        }
        Element fonts = child(properties, "rFonts");
        if (fonts == null) {
            fonts = document.createElementNS(W, "w:rFonts");
            properties.insertBefore(fonts, properties.getFirstChild());
        }
        for (String which : List.of("ascii", "hAnsi", "cs", "eastAsia")) {
            fonts.setAttributeNS(W, "w:" + which, font);
        }
    }

    /** Every rFonts naming a legacy font (styles, document defaults, paragraph marks) names its twin instead. */
    private static boolean replaceFontNames(Document part) {
        boolean replaced = false;
        NodeList all = part.getElementsByTagNameNS(W, "rFonts");
        for (int i = 0; i < all.getLength(); i++) {
            Element fonts = (Element) all.item(i);
            for (String which : List.of("ascii", "hAnsi", "cs", "eastAsia")) {
                String name = fonts.getAttributeNS(W, which);
                LegacyFont legacy = LegacyFont.of(name.isEmpty() ? null : name).orElse(null);
                if (legacy != null) {
                    fonts.setAttributeNS(W, "w:" + which, legacy.replacement());
                    replaced = true;
                }
            }
        }
        return replaced;
    }

    /** The font Word draws non-ASCII Latin text in: hAnsi, else ascii; null when the element names none. */
    static String fontOf(Element rFonts) {
        if (rFonts == null) {
            return null;
        }
        String font = rFonts.getAttributeNS(W, "hAnsi");
        if (font.isEmpty()) {
            font = rFonts.getAttributeNS(W, "ascii");
        }
        return font.isEmpty() ? null : font;
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

    private static String attributeOfChild(Element parent, String localName, String attribute) {
        Element element = child(parent, localName);
        if (element == null) {
            return null;
        }
        String value = element.getAttributeNS(W, attribute);
        return value.isEmpty() ? null : value;
    }

    /** The fonts styles.xml gives: each style's own or inherited (basedOn), the document default last. */
    private static final class StyleFonts {

        private final Map<String, Element> byId = new HashMap<>();
        private final String defaultFont;
        private String defaultParagraphStyle;

        StyleFonts(Document styles) {
            String fallback = null;
            if (styles != null) {
                NodeList all = styles.getElementsByTagNameNS(W, "style");
                for (int i = 0; i < all.getLength(); i++) {
                    Element style = (Element) all.item(i);
                    byId.put(style.getAttributeNS(W, "styleId"), style);
                    if ("paragraph".equals(style.getAttributeNS(W, "type"))
                            && ("1".equals(style.getAttributeNS(W, "default")) || "true".equals(style.getAttributeNS(W, "default")))) {
                        defaultParagraphStyle = style.getAttributeNS(W, "styleId");
                    }
                }
                NodeList defaults = styles.getElementsByTagNameNS(W, "rPrDefault");
                if (defaults.getLength() > 0) {
                    fallback = fontOf(child(child((Element) defaults.item(0), "rPr"), "rFonts"));
                }
            }
            this.defaultFont = fallback;
        }

        /** A character style's font, or null. */
        String font(String styleId) {
            for (int depth = 0; styleId != null && depth < 20; depth++) {
                Element style = byId.get(styleId);
                if (style == null) {
                    return null;
                }
                String font = fontOf(child(child(style, "rPr"), "rFonts"));
                if (font != null) {
                    return font;
                }
                styleId = attributeOfChild(style, "basedOn", "val");
            }
            return null;
        }

        /** A paragraph style's font (the default paragraph style's when it names none), else the document's. */
        String paragraphFont(String styleId) {
            String font = font(styleId == null ? defaultParagraphStyle : styleId);
            return font != null ? font : defaultFont;
        }
    }
}
