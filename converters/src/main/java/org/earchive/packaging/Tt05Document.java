package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earchive.metadata.XmlDocuments;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A converted document as a TT 05 package takes it: its PDF/A, the TT 05 description convert wrote beside it
 * (read back element by element), its PREMIS, and the signed original convert kept, if any.
 *
 * @param source         the input's path as the convert report gives it
 * @param pdf            the PDF/A, relative to the convert output
 * @param description    the {@code EAD_doc} convert wrote, relative to the convert output
 * @param premis         the PREMIS file, or null
 * @param signedOriginal the signed original, or null
 * @param original       the file an archive's ingest normalised into {@code pdf}, kept beside it as
 *                       {@code <name>.original.<ext>}; null for what convert wrote
 * @param elements       the description's elements in its order, empty strings for empty elements
 */
public record Tt05Document(String source, String pdf, String description, String premis, String signedOriginal,
                    String original, Map<String, String> elements) {

    /** docCode is the hồ sơ's code, a dot and the ordinal in 7 digits (STANDARDS.md section 4). */
    static final Pattern DOC_CODE = Pattern.compile("(.+)\\.(\\d{7})");
    static final String SIGNED_ORIGINAL = ".signed-original.pdf";
    /** The infix of a normalised document's original in a package: {@code <name>.original.docx}. */
    static final String ORIGINAL = ".original.";

    public Tt05Document {
        elements = Collections.unmodifiableMap(new LinkedHashMap<>(elements));
    }

    static Tt05Document read(Path convertOutput, ConvertedDocument document) throws IOException, PackageInputException {
        String pdf = null;
        String description = null;
        String premis = null;
        String signedOriginal = null;
        for (String output : document.outputs()) {
            String lower = output.toLowerCase(Locale.ROOT);
            if (lower.endsWith(SIGNED_ORIGINAL)) {
                signedOriginal = output;
            } else if (lower.endsWith(".pdf") && pdf == null) {
                pdf = output;
            } else if (lower.endsWith(".premis.xml")) {
                premis = output;
            } else if (lower.endsWith(".xml")) {
                description = output;
            }
        }
        if (pdf == null) {
            throw new PackageInputException("the convert report lists no PDF/A for " + document.source());
        }
        if (description == null) {
            throw new PackageInputException(document.source() + " has no TT 05 description beside its PDF/A;"
                    + " convert it again to write one");
        }
        return described(convertOutput, document.source(), pdf, description, premis, signedOriginal, null);
    }

    /** The document whose files are these (relative to {@code folder}), its description read back element by element. */
    static Tt05Document described(Path folder, String source, String pdf, String description, String premis,
                                  String signedOriginal, String original) throws IOException, PackageInputException {
        Element root = XmlDocuments.parse(folder.resolve(description)).getDocumentElement();
        if (root.getNamespaceURI() != null || !"simpledc".equals(root.getLocalName())
                || firstChild(root, "docCode") == null) {
            throw new PackageInputException(description + " is not a TT 05 EAD_doc description (it was written with"
                    + " --profile dc?); TT 05 packages need convert's default --profile tt05");
        }
        Map<String, String> elements = new LinkedHashMap<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.put(element.getLocalName(), element.getTextContent().strip());
            }
        }
        return new Tt05Document(source, pdf, description, premis, signedOriginal, original, elements);
    }

    String element(String name) {
        return elements.getOrDefault(name, "");
    }

    /** The hồ sơ code the document's docCode states, if it states one. */
    Optional<String> statedFileCode() {
        Matcher matcher = DOC_CODE.matcher(element("docCode"));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The ordinal in its hồ sơ the document's docCode states, if it states one. */
    Optional<Integer> statedOrdinal() {
        Matcher matcher = DOC_CODE.matcher(element("docCode"));
        return matcher.matches() && Integer.parseInt(matcher.group(2)) > 0
                ? Optional.of(Integer.parseInt(matcher.group(2))) : Optional.empty();
    }

    private static Element firstChild(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
