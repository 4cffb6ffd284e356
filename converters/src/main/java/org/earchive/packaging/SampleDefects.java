package org.earchive.packaging;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The defects found in published TT 05 sample packages, named as such when a package repeats them, so that
 * whoever copied a sample learns where the fault came from (STANDARDS.md section 5). Each is also wrong by
 * the general rules (a schema, a CSIP requirement), which are reported beside it.
 */
final class SampleDefects {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final Findings findings;

    SampleDefects(Findings findings) {
        this.findings = findings;
    }

    /**
     * dilcis.eu in lower case where the namespace is https://DILCIS.eu/...: namespace names compare
     * exactly, so every csip: and sip: attribute of such a file is in a namespace nobody defines.
     */
    void namespaceCase(Document document, String shown) {
        String wrong = null;
        for (Element element : MetsFile.elements(document.getElementsByTagNameNS("*", "*"))) {
            wrong = wrong != null ? wrong : miscased(element.getNamespaceURI());
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength() && wrong == null; i++) {
                Attr attribute = (Attr) attributes.item(i);
                wrong = miscased(attribute.getNamespaceURI());
                if (wrong == null && "http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
                    wrong = miscased(attribute.getValue());
                }
            }
            String locations = element.getAttributeNS(XSI, "schemaLocation");
            String[] pairs = locations.isBlank() ? new String[0] : locations.trim().split("\\s+");
            for (int i = 0; i < pairs.length && wrong == null; i += 2) { // even positions are namespaces; the URLs are lower case by right
                wrong = miscased(pairs[i]);
            }
        }
        if (wrong != null) {
            findings.add("TT05-SAMPLE-NAMESPACE-CASE", shown, "The file uses the namespace '" + wrong + "'; the E-ARK namespace is spelled '"
                    + corrected(wrong) + "' (DILCIS in capitals), as published TT 05 samples get wrong.");
        }
    }

    /** PREMIS 3 types an object with xsi:type="premis:file"; the samples write an objectCategory element (PREMIS 2). */
    void objectCategory(Document premis, String shown) {
        if (premis.getElementsByTagNameNS("*", "objectCategory").getLength() > 0) {
            findings.add("TT05-SAMPLE-OBJECTCATEGORY", shown, "The PREMIS file has an objectCategory element, which PREMIS 3 does not"
                    + " have: an object's category is its xsi:type (premis:file), as published TT 05 samples get wrong.");
        }
    }

    /** Descriptions of 16 or 17 elements, as in the samples, where TT 05 has 18 (EAD) or 21 / 19 (EAD_doc). */
    void fieldCount(Element simpledc, int expected, String shown) {
        int count = 0;
        for (Node node = simpledc.getFirstChild(); node != null; node = node.getNextSibling()) {
            count += node instanceof Element ? 1 : 0;
        }
        if (count != expected && (count == 16 || count == 17)) {
            findings.add("TT05-SAMPLE-FIELD-COUNT", shown, "The description has " + count + " elements where TT 05 has " + expected
                    + ", as in published TT 05 samples.");
        }
    }

    private static String miscased(String namespace) {
        if (namespace == null || namespace.contains("DILCIS.eu")) {
            return null;
        }
        String lower = namespace.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://dilcis.eu/") || lower.startsWith("http://dilcis.eu/") ? namespace : null;
    }

    private static String corrected(String namespace) {
        return namespace.replaceFirst("(?i)^https?://dilcis\\.eu/", "https://DILCIS.eu/");
    }
}
