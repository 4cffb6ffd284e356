package org.earchive.packaging;

import static org.earchive.packaging.MetsParts.child;
import static org.earchive.packaging.MetsParts.id;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earchive.metadata.FileDescriptionWriter;
import org.earchive.metadata.FileField;
import org.earchive.metadata.MetadataField;
import org.earchive.metadata.XmlDocuments;
import org.earchive.packaging.MetsParts.Placed;
import org.earchive.schemas.SchemaCatalog;
import org.earchive.schemas.SchemaCatalog.Known;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Writes one TT 05/2025 package (SIP or AIP, hồ sơ or tài liệu) in the layout of STANDARDS.md section 5 and
 * docs/packages.md: the PDF/A files renamed {@code <mã hồ sơ>.<số thứ tự>.pdf}, an {@code EAD_doc_*.xml} for each
 * (the SIP's 21 elements or the AIP's 19), the hồ sơ's {@code EAD.xml}, PREMIS for an AIP, a representation METS
 * and the root METS. Every XML is validated against its schema in memory before it is written, so an invalid
 * file never reaches the package; IDs and the OBJID derive from the content, so the same input and instant
 * give the same bytes.
 */
public final class Tt05Packager {

    private static final String REP = "representations/rep1/";
    /** TT 05's AIP order of the document elements (STANDARDS.md section 4). */
    private static final List<String> AIP_DOCUMENT_ORDER = List.of("arcFileCode", "mode", "language", "keyword",
            "numberOfPage", "format", "inforSign", "confidenceLevel", "description", "docCode", "docOrdinal", "typeName",
            "codeNumber", "codeNotation", "issuedDate", "organName", "subject", "autograph", "process");

    /** What one call wrote: the package's name and what a person still has to look at. */
    public record Written(String objectId, String fileCode, int documents, List<String> derived, List<String> review) {
    }

    private final PackageProfile profile;
    private final SipOptions options;
    private final IngestEvents ingest;

    public Tt05Packager(PackageProfile profile, SipOptions options) {
        this(profile, options, null);
    }

    /** @param ingest what the archive did to the SIP this AIP is made from, for its PREMIS.xml; or null */
    Tt05Packager(PackageProfile profile, SipOptions options, IngestEvents ingest) {
        this.profile = profile;
        this.options = options;
        this.ingest = ingest;
    }

    /**
     * Writes the package into {@code target}, an empty folder the caller then names after the returned OBJID:
     * the OBJID derives from the data files' checksums, which are known only once they are copied.
     */
    public Written build(Path convertOutput, Hoso hoso, Path target) throws IOException, SAXException {
        String created = MetsParts.timestamp(options.created());
        List<Placed> data = new ArrayList<>();
        List<Placed> descriptions = new ArrayList<>();
        Map<Placed, List<Placed>> filesOfDescription = new LinkedHashMap<>();
        List<Path> documentPremis = new ArrayList<>();
        for (Hoso.Numbered numbered : hoso.documents()) {
            Tt05Document document = numbered.document();
            List<Placed> files = new ArrayList<>();
            files.add(MetsParts.copy(convertOutput.resolve(document.pdf()), target, REP + "data/" + numbered.name() + ".pdf"));
            if (document.signedOriginal() != null) {
                files.add(MetsParts.copy(convertOutput.resolve(document.signedOriginal()), target,
                        REP + "data/" + numbered.name() + Tt05Document.SIGNED_ORIGINAL));
            }
            if (document.original() != null) {
                files.add(MetsParts.copy(convertOutput.resolve(document.original()), target,
                        REP + "data/" + numbered.name() + Tt05Document.ORIGINAL + extension(document.original())));
            }
            Placed description = MetsParts.write(documentDescription(numbered), target,
                    REP + "metadata/descriptive/EAD_doc_" + numbered.name() + ".xml");
            data.addAll(files);
            descriptions.add(description);
            filesOfDescription.put(description, files);
            if (document.premis() != null) {
                documentPremis.add(convertOutput.resolve(document.premis()));
            }
        }
        String objectId = objectId(hoso, filesOfDescription.values());
        String representationId = id("representation", objectId);
        Placed representationPremis = null;
        Placed packagePremis = null;
        PackagePremis premis = new PackagePremis();
        if (profile.isAip()) {
            representationPremis = MetsParts.write(premis.representation(representationId, documentPremis), target,
                    REP + "metadata/preservation/PREMIS_rep1.xml");
            packagePremis = MetsParts.write(premis.packageLevel(objectId, representationId, profile.tt05Name(), created,
                    options.softwareName(), options.softwareVersion(), ingest), target, "metadata/preservation/PREMIS.xml");
        }
        Placed fileDescription = profile.isHoso()
                ? MetsParts.write(fileDescription(hoso), target, "metadata/descriptive/EAD.xml") : null;
        List<Placed> schemas = MetsParts.schemas(target, schemaFiles());

        byte[] representationMets = validated(XmlDocuments.serialize(
                representationMets(representationId, created, descriptions, filesOfDescription, representationPremis)));
        Placed representation = MetsParts.write(representationMets, target, REP + "METS.xml");
        byte[] rootMets = validated(XmlDocuments.serialize(
                rootMets(objectId, created, fileDescription, packagePremis, schemas, representation)));
        Files.write(target.resolve("METS.xml"), rootMets);
        return new Written(objectId, hoso.fileCode(), hoso.documents().size(),
                hoso.derived().stream().map(FileField::element).toList(), hoso.review());
    }

    /** "uuid-" and an uppercase name-based UUID of the profile, the hồ sơ code and each document's name and PDF. */
    private String objectId(Hoso hoso, java.util.Collection<List<Placed>> filesOfEachDocument) {
        StringBuilder content = new StringBuilder(profile.id()).append('\n').append(hoso.fileCode()).append('\n');
        java.util.Iterator<List<Placed>> files = filesOfEachDocument.iterator();
        for (Hoso.Numbered numbered : hoso.documents()) {
            content.append(numbered.name()).append(' ').append(files.next().get(0).sha256()).append('\n');
        }
        return id("tt05-package", content.toString());
    }

    private List<String> schemaFiles() {
        List<String> files = new ArrayList<>(List.of("mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd"));
        if (!profile.isAip()) {
            files.add("DILCISExtensionSIPMETS.xsd");
        }
        if (profile.isHoso()) {
            files.add((profile.isAip() ? Known.TT05_AIP_EAD_FILE : Known.TT05_EAD_FILE).fileName());
        }
        files.add((profile.isAip() ? Known.TT05_AIP_EAD_DOC : Known.TT05_EAD_DOC).fileName());
        if (profile.isAip()) {
            files.add("premis-v3-0.xsd");
        }
        return files;
    }

    /** The document's EAD_doc as the package needs it: docCode completed, and the AIP's 19 elements in order. */
    private byte[] documentDescription(Hoso.Numbered numbered) throws SAXException {
        Tt05Document document = numbered.document();
        Document xml = XmlDocuments.newDocument();
        Element root = xml.createElementNS(null, "simpledc");
        xml.appendChild(root);
        if (profile.isAip()) {
            for (String element : AIP_DOCUMENT_ORDER) {
                String value = switch (element) {
                    case "arcFileCode" -> numbered.fileCode() == null ? "" : numbered.fileCode();
                    case "docOrdinal" -> numbered.fileCode() == null ? "" : Integer.toString(numbered.ordinal());
                    case "docCode" -> numbered.docCode();
                    default -> document.element(element);
                };
                XmlDocuments.add(root, null, element, value.isEmpty() ? null : value);
            }
        } else {
            for (MetadataField field : MetadataField.inGroup(MetadataField.Group.TT05_DOCUMENT)) {
                String value = field == MetadataField.DOC_CODE ? numbered.docCode() : document.element(field.element());
                XmlDocuments.add(root, null, field.element(), value.isEmpty() ? null : value);
            }
        }
        byte[] bytes = XmlDocuments.serialize(xml);
        XmlDocuments.validate(bytes, SchemaCatalog.schema(profile.isAip() ? Known.TT05_AIP_EAD_DOC : Known.TT05_EAD_DOC));
        return bytes;
    }

    private byte[] fileDescription(Hoso hoso) throws SAXException {
        return new FileDescriptionWriter().write(hoso.description(), profile.isAip());
    }

    private Document representationMets(String representationId, String created, List<Placed> descriptions,
                                        Map<Placed, List<Placed>> filesOfDescription, Placed premis) {
        Document document = XmlDocuments.newDocument();
        Element mets = MetsParts.root(document, representationId, profile.metsType(), profile(), !profile.isAip(),
                schemaLocations("../../schemas/"));
        MetsParts.header(mets, created, profile.packageType(), options.softwareName(), options.softwareVersion(),
                options.organization());
        Map<Placed, String> dmdIds = new LinkedHashMap<>();
        for (Placed description : descriptions) {
            dmdIds.put(description, MetsParts.dmdSec(mets, relative(description), created, "EAD_doc", REP)
                    .getAttribute("ID"));
        }
        String admId = null;
        if (premis != null) {
            Element amd = child(mets, "amdSec");
            amd.setAttribute("ID", id("amd", REP + "metadata/preservation"));
            admId = MetsParts.digiprovMD(amd, relative(premis), created, REP).getAttribute("ID");
        }
        Element fileSec = child(mets, "fileSec");
        fileSec.setAttribute("ID", id("filesec", representationId));
        Element dataGroup = child(fileSec, "fileGrp");
        dataGroup.setAttribute("ID", id("filegrp", REP + "Data"));
        dataGroup.setAttribute("USE", "Data");
        Map<Placed, List<String>> fileIds = new LinkedHashMap<>();
        for (Map.Entry<Placed, List<Placed>> entry : filesOfDescription.entrySet()) {
            List<String> ids = new ArrayList<>();
            for (Placed file : entry.getValue()) {
                Element element = MetsParts.file(dataGroup, relative(file), created, REP);
                element.setAttribute("DMDID", dmdIds.get(entry.getKey()));
                ids.add(element.getAttribute("ID"));
            }
            fileIds.put(entry.getKey(), ids);
        }
        Element root = MetsParts.csipStructMap(mets, representationId, "rep1", REP + "Metadata",
                List.copyOf(dmdIds.values()), admId == null ? List.of() : List.of(admId));
        Element data = MetsParts.div(root, REP + "Data", "Data");
        for (Map.Entry<Placed, List<String>> entry : fileIds.entrySet()) {
            String name = entry.getKey().path().substring((REP + "metadata/descriptive/EAD_doc_").length())
                    .replaceFirst("\\.xml$", "");
            Element div = MetsParts.div(data, REP + "Data/" + name, name);
            div.setAttribute("DMDID", dmdIds.get(entry.getKey()));
            for (String fileId : entry.getValue()) {
                child(div, "fptr").setAttribute("FILEID", fileId);
            }
        }
        return document;
    }

    private Document rootMets(String objectId, String created, Placed fileDescription, Placed premis, List<Placed> schemas,
                              Placed representation) {
        Document document = XmlDocuments.newDocument();
        Element mets = MetsParts.root(document, objectId, profile.metsType(), profile(), !profile.isAip(),
                schemaLocations("schemas/"));
        MetsParts.header(mets, created, profile.packageType(), options.softwareName(), options.softwareVersion(),
                options.organization());
        String dmdId = fileDescription == null ? null
                : MetsParts.dmdSec(mets, fileDescription, created, "EAD", "").getAttribute("ID");
        String admId = null;
        if (premis != null) {
            Element amd = child(mets, "amdSec");
            amd.setAttribute("ID", id("amd", "metadata/preservation"));
            admId = MetsParts.digiprovMD(amd, premis, created, "").getAttribute("ID");
        }
        MetsParts.rootFilesAndStructure(mets, objectId, created, schemas, representation,
                dmdId == null ? List.of() : List.of(dmdId), admId == null ? List.of() : List.of(admId));
        return document;
    }

    /** "docx" of "a/b.docx"; "bin" when the name has none. */
    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "bin" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A representation's METS names its files relative to the representation folder. */
    private static Placed relative(Placed placed) {
        return placed.within(REP);
    }

    private String profile() {
        return profile.isAip() ? MetsParts.CSIP_PROFILE : MetsParts.SIP_PROFILE;
    }

    private String schemaLocations(String prefix) {
        String locations = MetsParts.METS + " " + prefix + "mets.xsd " + MetsParts.XLINK + " " + prefix + "xlink.xsd "
                + MetsParts.CSIP + " " + prefix + "DILCISExtensionMETS.xsd";
        return profile.isAip() ? locations : locations + " " + MetsParts.SIP + " " + prefix + "DILCISExtensionSIPMETS.xsd";
    }

    private byte[] validated(byte[] mets) throws SAXException {
        XmlDocuments.validate(mets, profile.isAip()
                ? SchemaCatalog.combined(Known.METS, Known.CSIP_EXTENSION)
                : SchemaCatalog.combined(Known.METS, Known.CSIP_EXTENSION, Known.SIP_EXTENSION));
        return mets;
    }
}
