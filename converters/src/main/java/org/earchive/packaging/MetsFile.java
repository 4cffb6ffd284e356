package org.earchive.packaging;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One METS document of a package, parsed once: the package's root METS.xml or a representation's. Knows
 * where it sits, so that its relative references resolve against its own folder, and how to show paths
 * the way the person reading the report sees the package.
 *
 * @param file    the METS.xml
 * @param root    the package root folder
 * @param shownAs prefix of the package root in findings ("data/" for a package inside a bag, else "")
 * @param dom     the parsed document
 */
record MetsFile(Path file, Path root, String shownAs, Document dom) {

    static final String METS = "http://www.loc.gov/METS/";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    static final String SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS";

    Path folder() {
        return file.getParent();
    }

    boolean isPackageMets() {
        return folder().equals(root);
    }

    Element mets() {
        return dom.getDocumentElement();
    }

    /** How the report names this METS: "METS.xml", "representations/rep1/METS.xml", "data/METS.xml". */
    String shown() {
        return shown(file);
    }

    String shown(Path path) {
        return shownAs + org.earchive.core.SlashedPaths.of(root.relativize(path));
    }

    /** Every METS element of that local name, in document order. */
    List<Element> all(String localName) {
        return elements(dom.getElementsByTagNameNS(METS, localName));
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && METS.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    static Element child(Element parent, String localName) {
        List<Element> children = children(parent, localName);
        return children.isEmpty() ? null : children.get(0);
    }

    static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    /** An unqualified attribute's value, "" when absent. */
    static String attr(Element element, String name) {
        return element.getAttribute(name);
    }

    static String csip(Element element, String name) {
        return element.getAttributeNS(CSIP, name);
    }

    static String xlink(Element element, String name) {
        return element.getAttributeNS(XLINK, name);
    }

    /**
     * Where an xlink:href leads, resolved against this METS's folder; null when it is not a relative URL
     * or leads out of the package (both are reported by the caller as the href's requirement).
     */
    Path resolve(String href) {
        if (href == null || href.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(href);
            if (uri.isAbsolute() || uri.getPath() == null || uri.getPath().startsWith("/")) {
                return null;
            }
            Path target = folder().resolve(uri.getPath()).normalize();
            return target.startsWith(root) ? target : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** "the file element uuid-… (representations/rep1/data/x.pdf)": what a reader can search the METS for. */
    static String describe(Element element) {
        String id = element.getAttribute("ID");
        String name = element.getLocalName();
        return id.isEmpty() ? "a " + name + " element" : "the " + name + " " + id;
    }
}
