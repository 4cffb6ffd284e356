package org.earchive.packaging;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.earchive.io.Fixity;
import org.earchive.metadata.XmlDocuments;
import org.earchive.schemas.SchemaCatalog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks an E-ARK package's root METS.xml against the package it describes: the METS is valid against the
 * METS schema with the CSIP and SIP extensions, every file and metadata reference points at a file that is
 * there with the SIZE and SHA-256 the METS gives, and every file in the package is referenced. (The CSIP
 * requirements one by one, each with its id, are still to come: issue 9.)
 */
public final class MetsChecker {

    public static final String CHECK = "METS";
    static final String METS_FILE = "METS.xml";

    public static boolean hasMets(Path folder) {
        return Files.isRegularFile(folder.resolve(METS_FILE));
    }

    /** @param shownAs how the package root is prefixed in problems ("data/" for a SIP inside a bag, else "") */
    public List<PackageProblem> check(Path root, String shownAs) {
        List<PackageProblem> problems = new ArrayList<>();
        byte[] bytes;
        Document mets;
        try {
            bytes = Files.readAllBytes(root.resolve(METS_FILE));
            mets = parse(bytes);
        } catch (IOException | SAXException | ParserConfigurationException e) {
            return List.of(new PackageProblem(shownAs + METS_FILE, CHECK, "METS.xml cannot be read as XML: " + e.getMessage()));
        }
        try {
            XmlDocuments.validate(bytes, SchemaCatalog.combined(SchemaCatalog.Known.METS,
                    SchemaCatalog.Known.CSIP_EXTENSION, SchemaCatalog.Known.SIP_EXTENSION));
        } catch (SAXException e) {
            problems.add(new PackageProblem(shownAs + METS_FILE, CHECK, "METS.xml does not validate against the METS,"
                    + " CSIP and SIP schemas: " + e.getMessage()));
        }
        Set<Path> referenced = new TreeSet<>();
        checkReferences(root, shownAs, mets.getElementsByTagNameNS(EarkSipPackager.METS, "file"), true, referenced, problems);
        checkReferences(root, shownAs, mets.getElementsByTagNameNS(EarkSipPackager.METS, "mdRef"), false, referenced, problems);
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(root.resolve(METS_FILE)) && !referenced.contains(file.normalize()))
                    .sorted()
                    .forEach(file -> problems.add(new PackageProblem(shownAs + relative(root, file), CHECK,
                            "The file is in the package but METS.xml does not reference it.")));
        } catch (IOException e) {
            problems.add(new PackageProblem(shownAs, CHECK, "The package cannot be listed: " + e.getMessage()));
        }
        return problems;
    }

    private static void checkReferences(Path root, String shownAs, NodeList elements, boolean isFile, Set<Path> referenced,
                                        List<PackageProblem> problems) {
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            Element located = element;
            if (isFile) {
                NodeList locations = element.getElementsByTagNameNS(EarkSipPackager.METS, "FLocat");
                if (locations.getLength() == 0) {
                    problems.add(new PackageProblem(shownAs + METS_FILE, CHECK, "The file " + element.getAttribute("ID")
                            + " has no FLocat saying where it is."));
                    continue;
                }
                located = (Element) locations.item(0);
            }
            String href = located.getAttributeNS(EarkSipPackager.XLINK, "href");
            Path file;
            try {
                file = root.resolve(new URI(href).getPath()).normalize();
            } catch (URISyntaxException | IllegalArgumentException | NullPointerException e) {
                problems.add(new PackageProblem(shownAs + METS_FILE, CHECK, "The reference '" + href + "' is not a relative URL."));
                continue;
            }
            String shown = shownAs + relative(root, file);
            if (!file.startsWith(root)) {
                problems.add(new PackageProblem(shownAs + METS_FILE, CHECK, "The reference '" + href + "' leads out of the package."));
                continue;
            }
            referenced.add(file);
            if (!Files.isRegularFile(file)) {
                problems.add(new PackageProblem(shown, CHECK, "METS.xml references the file but it is missing from the package."));
                continue;
            }
            checkFixity(file, shown, element, problems);
        }
    }

    private static void checkFixity(Path file, String shown, Element element, List<PackageProblem> problems) {
        try {
            String size = element.getAttribute("SIZE");
            if (!size.isEmpty() && !size.equals(Long.toString(Files.size(file)))) {
                problems.add(new PackageProblem(shown, CHECK, "The file has " + Files.size(file) + " bytes; METS.xml says " + size + "."));
            }
            String checksum = element.getAttribute("CHECKSUM");
            if (checksum.isEmpty() || !"SHA-256".equals(element.getAttribute("CHECKSUMTYPE"))) {
                problems.add(new PackageProblem(shown, CHECK, "METS.xml gives the file no SHA-256 CHECKSUM."));
            } else if (!checksum.equalsIgnoreCase(Fixity.sha256(file))) {
                problems.add(new PackageProblem(shown, CHECK,
                        "The file's SHA-256 does not match METS.xml: it was changed or damaged after packaging."));
            }
        } catch (IOException e) {
            problems.add(new PackageProblem(shown, CHECK, "The file cannot be read to check it: " + e.getMessage()));
        }
    }

    private static Document parse(byte[] bytes) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
