package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.earchive.metadata.FieldCheck;
import org.earchive.metadata.FileField;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What a received package holds, as an ingest takes it: each document's data file with the description and PREMIS
 * the submitter made for it, the hồ sơ's description, and who submitted it. Read from a package that passed
 * validation, so its METS files are known to be sound; a TT 05 package ties data to descriptions by its
 * representation METS (file/@DMDID), an E-ARK SIP written by {@code earchive package} by the convert output's
 * names ({@code data/x.pdf}, {@code metadata/descriptive/x.xml}, {@code metadata/preservation/x.premis.xml}, the
 * PREMIS in the representation's own {@code metadata/} since 2026-12, at the package's before).
 */
final class ReceivedContent {

    /**
     * @param name           the document's name in the package: its data file's path inside {@code data/}, without
     *                       the extension ("scans/thong-bao")
     * @param data           the data file, inside the package
     * @param description    its TT 05 description (EAD_doc), or null
     * @param premis         its PREMIS, or null
     * @param signedOriginal the signed original kept beside it, or null
     */
    record Document(String name, Path data, Path description, Path premis, Path signedOriginal) {

        /** "pdf", "docx", ...: what the data file's name says it is. */
        String extension() {
            String file = data.getFileName().toString();
            int dot = file.lastIndexOf('.');
            return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        }

        String dataName() {
            return name + (extension().isEmpty() ? "" : "." + extension());
        }
    }

    private static final String REPRESENTATIONS = "representations";
    private static final String SIGNED_ORIGINAL = Tt05Document.SIGNED_ORIGINAL;

    private final String objectId;
    private final String submitter;
    private final Map<FileField, String> hoso;
    private final List<Document> documents;

    private ReceivedContent(String objectId, String submitter, Map<FileField, String> hoso, List<Document> documents) {
        this.objectId = objectId;
        this.submitter = submitter;
        this.hoso = hoso;
        this.documents = List.copyOf(documents);
    }

    static ReceivedContent read(Path root, PackageProfile profile) throws IOException, SAXException {
        Element mets = XmlFiles.parse(root.resolve("METS.xml")).getDocumentElement();
        List<Document> documents = profile.isTt05() ? tt05Documents(root) : earkDocuments(root);
        Map<FileField, String> hoso = profile.isHoso() ? hosoDescription(root.resolve(PackageProfile.EAD))
                : Map.of();
        return new ReceivedContent(mets.getAttribute("OBJID"), submitter(mets), hoso, documents);
    }

    /** The SIP's OBJID. */
    String objectId() {
        return objectId;
    }

    /** The submitting organisation its METS header names, or "" when it names none. */
    String submitter() {
        return submitter;
    }

    /** The hồ sơ's description (EAD.xml) as checked values, ISO dates; empty for packages without one. */
    Map<FileField, String> hoso() {
        return hoso;
    }

    /** The documents, in the order of their names. */
    List<Document> documents() {
        return documents;
    }

    private static String submitter(Element mets) {
        Element header = MetsFile.child(mets, "metsHdr");
        if (header != null) {
            for (Element agent : MetsFile.children(header, "agent")) {
                Element name = MetsFile.child(agent, "name");
                if ("ORGANIZATION".equals(agent.getAttribute("TYPE")) && name != null) {
                    return name.getTextContent().strip();
                }
            }
        }
        return "";
    }

    /** Every representation's data files, tied to their EAD_doc by the representation METS. */
    private static List<Document> tt05Documents(Path root) throws IOException, SAXException {
        TreeMap<String, Document> byName = new TreeMap<>();
        for (Path representation : representations(root)) {
            Path file = representation.resolve("METS.xml");
            MetsFile mets = new MetsFile(file, root, "", XmlFiles.parse(file));
            Path data = representation.resolve("data");
            for (Map.Entry<Path, List<Path>> described : Tt05Rules.dataFilesByDescription(mets).entrySet()) {
                Path main = null;
                Path signed = null;
                for (Path path : described.getValue()) {
                    if (path.getFileName().toString().endsWith(SIGNED_ORIGINAL)) {
                        signed = path;
                    } else {
                        main = path;
                    }
                }
                if (main != null && main.startsWith(data)) {
                    String name = stem(org.earchive.core.SlashedPaths.of(data.relativize(main)));
                    byName.put(name, new Document(name, main, described.getKey(), null, signed));
                }
            }
        }
        return List.copyOf(byName.values());
    }

    /** The data files of an E-ARK SIP, each with what earchive's package put beside it under its convert name. */
    private static List<Document> earkDocuments(Path root) throws IOException {
        TreeMap<String, Path> data = new TreeMap<>();
        TreeMap<String, Path> signed = new TreeMap<>();
        Map<String, Path> representationOf = new java.util.HashMap<>();
        for (Path representation : representations(root)) {
            Path folder = representation.resolve("data");
            for (Path file : files(folder)) {
                String relative = org.earchive.core.SlashedPaths.of(folder.relativize(file));
                if (relative.endsWith(SIGNED_ORIGINAL)) {
                    signed.put(relative.substring(0, relative.length() - SIGNED_ORIGINAL.length()), file);
                } else {
                    data.put(stem(relative), file);
                    representationOf.put(stem(relative), representation);
                }
            }
        }
        List<Document> documents = new ArrayList<>();
        for (Map.Entry<String, Path> entry : data.entrySet()) {
            String name = entry.getKey();
            Path description = root.resolve("metadata/descriptive/" + name + ".xml");
            // beside its file in the representation; at the package's root in SIPs earchive wrote before 2026-12
            Path premis = representationOf.get(name).resolve("metadata/preservation/" + name + ".premis.xml");
            if (!Files.isRegularFile(premis)) {
                premis = root.resolve("metadata/preservation/" + name + ".premis.xml");
            }
            documents.add(new Document(name, entry.getValue(), Files.isRegularFile(description) ? description : null,
                    Files.isRegularFile(premis) ? premis : null, signed.get(name)));
        }
        return documents;
    }

    private static List<Path> representations(Path root) throws IOException {
        Path folder = root.resolve(REPRESENTATIONS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** EAD.xml's elements, checked as the clerk's hồ sơ cells are (its DD/MM/YYYY dates become ISO). */
    private static Map<FileField, String> hosoDescription(Path ead) throws IOException, SAXException {
        Map<FileField, String> values = new EnumMap<>(FileField.class);
        if (!Files.isRegularFile(ead)) {
            return values;
        }
        Element root = XmlFiles.parse(ead).getDocumentElement();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            String text = element.getTextContent().strip();
            for (FileField field : FileField.inOrder()) {
                if (!text.isEmpty() && (field.element().equals(element.getLocalName())
                        || field.aipElement().equals(element.getLocalName()))) {
                    FieldCheck checked = field.check(text);
                    if (checked.ok()) {
                        values.put(field, checked.value());
                    }
                }
            }
        }
        return values;
    }

    private static String stem(String relative) {
        int slash = relative.lastIndexOf('/');
        int dot = relative.lastIndexOf('.');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }
}
