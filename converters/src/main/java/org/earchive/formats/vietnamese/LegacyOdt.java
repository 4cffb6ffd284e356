package org.earchive.formats.vietnamese;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Unicode copy of an OpenDocument text (ODT) whose text is typed in {@code .Vn*} or {@code VNI-*} fonts:
 * each piece of text gets the font ODF gives it (the nearest span's or paragraph's style, up its parent
 * styles, then the paragraph default style; {@code style:font-name} through the font-face declarations, or
 * {@code fo:font-family}), legacy-font text is decoded in its code, and every legacy font face is declared
 * as its Unicode twin. Text in Unicode fonts is left as it is.
 */
public final class LegacyOdt {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    /** Style name (per family) -> its element, from styles.xml and content.xml's automatic styles. */
    private final Map<String, Element> styles = new HashMap<>();
    /** Font face name -> font family. */
    private final Map<String, String> faces = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Set<String> used = new LinkedHashSet<>();
    private int runs;

    /**
     * Writes the converted copy to {@code copy} when text in a legacy font is found.
     *
     * @return what was converted, or null (nothing written) when no text is in a legacy font
     */
    public static LegacyRuns convert(Path odt, Path copy) throws IOException {
        Map<String, byte[]> entries = OfficeXmlParts.read(odt);
        byte[] contentXml = entries.get("content.xml");
        if (contentXml == null) {
            return null;
        }
        Document content = OfficeXmlParts.parse(contentXml);
        byte[] stylesXml = entries.get("styles.xml");
        Document stylesPart = stylesXml == null ? null : OfficeXmlParts.parse(stylesXml);
        LegacyOdt converter = new LegacyOdt();
        if (stylesPart != null) {
            converter.learn(stylesPart);
        }
        converter.learn(content);
        converter.convertText(content.getDocumentElement());
        if (stylesPart != null) {
            converter.convertText(stylesPart.getDocumentElement()); // headers and footers of the master pages
        }
        LegacyRuns result = LegacyRuns.of(converter.used, converter.runs);
        if (result == null) {
            return null;
        }
        renameFaces(content);
        Map<String, byte[]> changed = new HashMap<>();
        changed.put("content.xml", OfficeXmlParts.write(content, false));
        if (stylesPart != null) {
            renameFaces(stylesPart);
            changed.put("styles.xml", OfficeXmlParts.write(stylesPart, false));
        }
        OfficeXmlParts.writeZip(entries, changed, copy);
        return result;
    }

    private void learn(Document part) {
        for (Element face : elements(part, STYLE, "font-face")) {
            faces.put(face.getAttributeNS(STYLE, "name"), face.getAttributeNS(SVG, "font-family"));
        }
        for (Element style : elements(part, STYLE, "style")) {
            styles.put(style.getAttributeNS(STYLE, "family") + "/" + style.getAttributeNS(STYLE, "name"), style);
        }
        for (Element style : elements(part, STYLE, "default-style")) {
            String font = ownFont(style);
            if (font != null) {
                defaults.put(style.getAttributeNS(STYLE, "family"), font);
            }
        }
    }

    /** Decodes every text node under {@code node} that is in a legacy font. */
    private void convertText(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                if (!inText(child)) {
                    continue;
                }
                LegacyFont font = LegacyFont.of(fontOf(child)).orElse(null);
                if (font != null && !child.getNodeValue().isBlank()) {
                    child.setNodeValue(font.decode(child.getNodeValue()));
                    used.add(font.fontName());
                    runs++;
                }
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                convertText(child);
            }
        }
    }

    /** Text inside a paragraph or heading (not the styles' own text, not a field's declarations). */
    private static boolean inText(Node text) {
        for (Node node = text.getParentNode(); node != null; node = node.getParentNode()) {
            if (TEXT.equals(node.getNamespaceURI()) && ("p".equals(node.getLocalName()) || "h".equals(node.getLocalName()))) {
                return true;
            }
        }
        return false;
    }

    /** The font family a text node is drawn in, or null. */
    private String fontOf(Node text) {
        for (Node node = text.getParentNode(); node instanceof Element element; node = node.getParentNode()) {
            String styleName = element.getAttributeNS(TEXT, "style-name");
            if (styleName.isEmpty()) {
                continue;
            }
            boolean paragraph = TEXT.equals(element.getNamespaceURI())
                    && ("p".equals(element.getLocalName()) || "h".equals(element.getLocalName()));
            String font = styleFont((paragraph ? "paragraph/" : "text/") + styleName);
            if (font != null) {
                return font;
            }
        }
        return defaults.get("paragraph");
    }

    private String styleFont(String key) {
        for (int depth = 0; key != null && depth < 20; depth++) {
            Element style = styles.get(key);
            if (style == null) {
                return null;
            }
            String font = ownFont(style);
            if (font != null) {
                return font;
            }
            String parent = style.getAttributeNS(STYLE, "parent-style-name");
            key = parent.isEmpty() ? null : style.getAttributeNS(STYLE, "family") + "/" + parent;
        }
        return null;
    }

    private String ownFont(Element style) {
        for (Node child = style.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element properties && STYLE.equals(properties.getNamespaceURI())
                    && "text-properties".equals(properties.getLocalName())) {
                String name = properties.getAttributeNS(STYLE, "font-name");
                if (!name.isEmpty()) {
                    String family = faces.get(name);
                    return unquote(family == null || family.isEmpty() ? name : family);
                }
                String family = properties.getAttributeNS(FO, "font-family");
                if (!family.isEmpty()) {
                    return unquote(family);
                }
            }
        }
        return null;
    }

    /** Font faces and direct font families that name a legacy font name its Unicode twin instead. */
    private static void renameFaces(Document part) {
        for (Element face : elements(part, STYLE, "font-face")) {
            LegacyFont.of(unquote(face.getAttributeNS(SVG, "font-family")))
                    .or(() -> LegacyFont.of(face.getAttributeNS(STYLE, "name")))
                    .ifPresent(legacy -> face.setAttributeNS(SVG, "svg:font-family", "'" + legacy.replacement() + "'"));
        }
        for (Element properties : elements(part, STYLE, "text-properties")) {
            String family = properties.getAttributeNS(FO, "font-family");
            if (!family.isEmpty()) {
                LegacyFont.of(unquote(family)).ifPresent(
                        legacy -> properties.setAttributeNS(FO, "fo:font-family", "'" + legacy.replacement() + "'"));
            }
        }
    }

    private static String unquote(String name) {
        return name.trim().replaceAll("^['\"]|['\"]$", "");
    }

    private static Iterable<Element> elements(Document part, String namespace, String localName) {
        var nodes = part.getElementsByTagNameNS(namespace, localName);
        java.util.List<Element> list = new java.util.ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
