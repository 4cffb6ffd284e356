package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.earchive.metadata.CodeList;
import org.earchive.schemas.SchemaCatalog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * TT 05/2025's own rules on top of CSIP, as docs/packages.md states them: the files each profile holds,
 * the OBJID, SHA-256 everywhere, the hồ sơ and document descriptions against earchive's TT 05 schemas,
 * and the identifier grammar that ties them together: docCode = fileCode + "." + 7-digit ordinal, the PDF
 * named {@code <fileCode>.<ordinal>.pdf} and its description {@code EAD_doc_<fileCode>.<ordinal>.xml}.
 * An empty value is "needs review" (SHOULD): earchive leaves what it does not know empty rather than
 * invent it. A malformed value is refused (MUST).
 */
final class Tt05Rules {

    static final String REPRESENTATION = "representations/rep1";
    private static final Pattern OBJID = Pattern.compile("uuid-[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    private static final Pattern FILE_CODE = Pattern.compile("[\\p{L}\\p{N}_-]+(\\.[\\p{L}\\p{N}_-]+)*");
    private static final Pattern DOC_CODE = Pattern.compile("(.+)\\.([0-9]{7})");
    private static final String SIGNED_ORIGINAL = ".signed-original.pdf";
    private static final Pattern VIETNAM_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\+07:00");
    /** The values TT 05 cannot do without; any other element may stay empty without a word. */
    private static final List<String> FILE_REQUIRED = List.of("title", "maintenance", "startDate", "endDate");
    private static final List<String> DOC_REQUIRED = List.of("typeName", "issuedDate", "organName", "subject");
    /** Elements whose value is a code from one of TT 05's lists (metadata/codes/*.tsv, shared with describe). */
    private static final List<String> CODED = List.of("typeName", "language", "maintenance", "mode", "confidenceLevel", "format",
            "riskRecovery", "riskRecoveryStatus");

    private final Findings findings;
    private final SampleDefects samples;

    Tt05Rules(Findings findings) {
        this.findings = findings;
        this.samples = new SampleDefects(findings);
    }

    void check(MetsFile packageMets, List<MetsFile> representationMets, PackageProfile profile) {
        Path root = packageMets.root();
        String objectId = packageMets.mets().getAttribute("OBJID");
        require("TT05-OBJID", objectId.isEmpty() || OBJID.matcher(objectId).matches(), packageMets.shown(),
                "OBJID '" + objectId + "' is not \"uuid-\" followed by an upper-case UUID.");
        requiredFiles(packageMets, profile);
        for (MetsFile mets : concat(packageMets, representationMets)) {
            sha256Only(mets);
        }
        String fileCode = profile.isHoso() ? fileDescription(packageMets, root.resolve(PackageProfile.EAD), profile) : "";
        for (MetsFile mets : representationMets) {
            documents(mets, profile, fileCode);
        }
    }

    private void requiredFiles(MetsFile mets, PackageProfile profile) {
        Path root = mets.root();
        List<String> required = new ArrayList<>(List.of(REPRESENTATION + "/METS.xml"));
        if (profile.isHoso()) {
            required.add(PackageProfile.EAD);
        }
        if (profile.isAip()) {
            required.add("metadata/preservation/PREMIS.xml");
            required.add(REPRESENTATION + "/metadata/preservation/PREMIS_rep1.xml");
        }
        for (String path : required) {
            require("TT05-REQUIRED-FILE", Files.isRegularFile(root.resolve(path)), mets.shown(root.resolve(path)),
                    "A " + profile.displayName() + " package must hold this file; it is missing.");
        }
        require("TT05-REQUIRED-FILE", MetsRules.hasFiles(root.resolve(REPRESENTATION + "/data")), mets.shown(root.resolve(REPRESENTATION)) + "/data/",
                "The package holds no document: representations/rep1/data/ is empty or missing.");
        require("TT05-REQUIRED-FILE", MetsRules.hasFiles(root.resolve("schemas")), mets.shownAs() + "schemas/",
                "A TT 05 package carries every XSD it uses in schemas/; the folder is empty or missing.");
    }

    private void sha256Only(MetsFile mets) {
        List<Element> described = new ArrayList<>(mets.all("file"));
        described.addAll(mets.all("mdRef"));
        for (Element element : described) {
            String created = element.getAttribute("CREATED");
            if (!created.isEmpty() && !VIETNAM_TIME.matcher(created).matches()) {
                Element shownElement = element.getLocalName().equals("mdRef") ? (Element) element.getParentNode() : element;
                findings.add("TT05-CREATED", mets.shown(), MetsFile.describe(shownElement) + " has CREATED=\"" + created
                        + "\"; TT 05 writes YYYY-MM-DDThh:mm:ss+07:00.");
            }
            String type = element.getAttribute("CHECKSUMTYPE");
            if (!type.isEmpty() && !"SHA-256".equals(type)) {
                Element shownElement = element.getLocalName().equals("mdRef") ? (Element) element.getParentNode() : element;
                findings.add("TT05-CHECKSUM-SHA256", mets.shown(), MetsFile.describe(shownElement) + " records a " + type
                        + " checksum; TT 05 records SHA-256.");
            }
        }
    }

    /** Checks EAD.xml and returns its fileCode (arcFileCode in an AIP), "" when empty or unreadable. */
    private String fileDescription(MetsFile mets, Path ead, PackageProfile profile) {
        if (!Files.isRegularFile(ead)) {
            return ""; // a required file: already said
        }
        String shown = mets.shown(ead);
        SchemaCatalog.Known schema = profile.isAip() ? SchemaCatalog.Known.TT05_AIP_EAD_FILE : SchemaCatalog.Known.TT05_EAD_FILE;
        Element simpledc = description(ead, shown, schema, "TT05-EAD-SCHEMA", 18);
        if (simpledc == null) {
            return "";
        }
        String codeElement = profile.isAip() ? "arcFileCode" : "fileCode";
        String fileCode = text(simpledc, codeElement);
        if (fileCode.isEmpty()) {
            findings.add("TT05-NEEDS-REVIEW", shown, "The hồ sơ has no " + codeElement + " (mã hồ sơ): its documents cannot be"
                    + " given TT 05 names until someone fills it in.");
        } else if (!FILE_CODE.matcher(fileCode).matches()) {
            findings.add("TT05-FILECODE", shown, codeElement + " '" + fileCode + "' is not a code of letters, digits and dots.");
            fileCode = "";
        }
        for (String name : FILE_REQUIRED) {
            if (has(simpledc, name) && text(simpledc, name).isEmpty()) {
                findings.add("TT05-NEEDS-REVIEW", shown, "The hồ sơ's " + name + " is empty: someone must fill it in.");
            }
        }
        return fileCode;
    }

    /** Every EAD_doc of a representation, and the data files its METS ties to each (file/@DMDID). */
    private void documents(MetsFile mets, PackageProfile profile, String fileCode) {
        Map<Path, List<Path>> dataByDescription = dataFilesByDescription(mets);
        Path descriptive = mets.folder().resolve("metadata/descriptive");
        List<Path> descriptions = new ArrayList<>();
        if (Files.isDirectory(descriptive)) {
            try (Stream<Path> list = Files.list(descriptive)) {
                list.filter(p -> p.getFileName().toString().startsWith("EAD_doc_")).sorted().forEach(descriptions::add);
            } catch (IOException e) {
                findings.add("TT05-REQUIRED-FILE", mets.shown(descriptive), "The folder cannot be listed: " + e.getMessage());
            }
        }
        for (Path description : descriptions) {
            document(mets, profile, fileCode, description, dataByDescription.getOrDefault(description, List.of()));
        }
        for (Element file : mets.all("file")) {
            Element location = MetsFile.child(file, "FLocat");
            Path target = location == null ? null : mets.resolve(MetsFile.xlink(location, "href"));
            // a signed original kept beside its PDF/A is evidence, described by its PDF/A's EAD_doc or not at all
            if (target != null && target.startsWith(mets.folder().resolve("data")) && file.getAttribute("DMDID").isBlank()
                    && !target.getFileName().toString().endsWith(SIGNED_ORIGINAL)) {
                findings.add("TT05-REQUIRED-FILE", mets.shown(target), "The document has no description: its file element in "
                        + mets.shown() + " has no DMDID naming an EAD_doc.");
            }
        }
    }

    private void document(MetsFile mets, PackageProfile profile, String fileCode, Path description, List<Path> dataFiles) {
        String shown = mets.shown(description);
        SchemaCatalog.Known schema = profile.isAip() ? SchemaCatalog.Known.TT05_AIP_EAD_DOC : SchemaCatalog.Known.TT05_EAD_DOC;
        Element simpledc = description(description, shown, schema, "TT05-EAD-DOC-SCHEMA", profile.isAip() ? 19 : 21);
        if (simpledc == null) {
            return;
        }
        for (String name : DOC_REQUIRED) {
            if (has(simpledc, name) && text(simpledc, name).isEmpty()) {
                findings.add("TT05-NEEDS-REVIEW", shown, "The document's " + name + " is empty: someone must fill it in.");
            }
        }
        String docCode = text(simpledc, "docCode");
        if (docCode.isEmpty()) {
            findings.add("TT05-NEEDS-REVIEW", shown, "The document has no docCode (mã lưu trữ): it keeps the name convert gave it"
                    + " until someone fills it in.");
            return;
        }
        Matcher code = DOC_CODE.matcher(docCode);
        String prefix = profile.isAip() && !text(simpledc, "arcFileCode").isEmpty() ? text(simpledc, "arcFileCode") : fileCode;
        if (!code.matches()) {
            findings.add("TT05-DOCCODE", shown, "docCode '" + docCode + "' is not the hồ sơ's code, a dot and a 7-digit ordinal"
                    + (prefix.isEmpty() ? "" : " (" + prefix + ".0000001)") + ".");
            return;
        }
        if (!prefix.isEmpty() && !prefix.equals(code.group(1))) {
            findings.add("TT05-DOCCODE", shown, "docCode '" + docCode + "' does not start with the hồ sơ's code '" + prefix + "'.");
        }
        int ordinal = Integer.parseInt(code.group(2));
        String ordinalElement = text(simpledc, "docOrdinal");
        if (!ordinalElement.isEmpty() && !ordinalElement.replaceFirst("^0+(?=.)", "").equals(Integer.toString(ordinal))) {
            findings.add("TT05-DOCCODE", shown, "docOrdinal " + ordinalElement + " is not the ordinal in docCode '" + docCode + "'.");
        }
        String stem = code.group(1) + "." + ordinal;
        String expectedName = "EAD_doc_" + stem + ".xml";
        require("TT05-EAD-DOC-NAME", description.getFileName().toString().equals(expectedName), shown,
                "The description of docCode '" + docCode + "' must be named " + expectedName + ".");
        for (Path data : dataFiles) {
            String name = data.getFileName().toString();
            require("TT05-DATA-NAME", name.equals(stem + ".pdf") || name.equals(stem + SIGNED_ORIGINAL)
                    || name.startsWith(stem + Tt05Document.ORIGINAL), mets.shown(data),
                    "The document's file must be named " + stem + ".pdf after its docCode '" + docCode + "' (TT 05 Điều 8).");
        }
    }

    /** Parses, checks against the schema and the sample field counts; the root simpledc, or null when unreadable. */
    private Element description(Path xml, String shown, SchemaCatalog.Known schema, String schemaRule, int expectedCount) {
        Document document;
        try {
            document = XmlFiles.parse(xml);
        } catch (IOException | SAXException e) {
            findings.add(schemaRule, shown, "The description cannot be read as XML: " + e.getMessage());
            return null;
        }
        Element simpledc = document.getDocumentElement();
        samples.fieldCount(simpledc, expectedCount, shown);
        for (String coded : CODED) {
            String value = text(simpledc, coded);
            if (!value.isEmpty() && !CodeList.named(coded).contains(value)) {
                findings.add("TT05-CODE", shown, coded + " is '" + value + "', which is not a code of TT 05's list ("
                        + String.join(", ", CodeList.named(coded).codes()) + ").");
            }
        }
        try {
            for (String violation : XmlFiles.violations(xml, SchemaCatalog.schema(schema))) {
                findings.add(schemaRule, shown, "Not valid against " + schema.fileName() + ": " + violation);
            }
        } catch (IOException e) {
            findings.add(schemaRule, shown, "The description cannot be read: " + e.getMessage());
        }
        return simpledc;
    }

    static Map<Path, List<Path>> dataFilesByDescription(MetsFile mets) {
        Map<String, Path> descriptionBySection = new HashMap<>();
        for (Element dmd : mets.all("dmdSec")) {
            Element ref = MetsFile.child(dmd, "mdRef");
            Path target = ref == null ? null : mets.resolve(MetsFile.xlink(ref, "href"));
            if (target != null) {
                descriptionBySection.put(dmd.getAttribute("ID"), target);
            }
        }
        Map<Path, List<Path>> byDescription = new HashMap<>();
        for (Element file : mets.all("file")) {
            Element location = MetsFile.child(file, "FLocat");
            Path data = location == null ? null : mets.resolve(MetsFile.xlink(location, "href"));
            if (data == null) {
                continue;
            }
            for (String id : file.getAttribute("DMDID").trim().split("\\s+")) {
                Path description = descriptionBySection.get(id);
                if (description != null) {
                    byDescription.computeIfAbsent(description, k -> new ArrayList<>()).add(data);
                }
            }
        }
        return byDescription;
    }

    private static boolean has(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return true;
            }
        }
        return false;
    }

    private static String text(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }

    private static List<MetsFile> concat(MetsFile first, List<MetsFile> rest) {
        List<MetsFile> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private void require(String rule, boolean holds, String file, String message) {
        if (!holds) {
            findings.add(rule, file, message);
        }
    }
}
