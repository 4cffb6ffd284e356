package org.earchive.packaging;

import static org.earchive.packaging.MetsParts.child;
import static org.earchive.packaging.MetsParts.id;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.earchive.metadata.XmlDocuments;
import org.earchive.packaging.MetsParts.Placed;
import org.earchive.schemas.SchemaCatalog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Writes an E-ARK SIP 2.2 (on CSIP 2.2) around a convert output: the documents' descriptions (TT 05 or Dublin Core)
 * as package metadata, where an archive's catalogue looks for them; one representation holding the PDF/A files with
 * their PREMIS records beside them and a METS.xml of its own listing both; the schemas every XML file uses; and a
 * root METS.xml listing the descriptions, the schemas and the representation's METS. Every file and reference
 * carries SIZE, CREATED and its SHA-256, and each METS is validated against the official schemas before it is
 * written. IDs are derived from content and paths, and all dates from one instant, so the same input and
 * SOURCE_DATE_EPOCH give the same bytes.
 */
public final class EarkSipPackager {

    static final String METS = MetsParts.METS;
    static final String XLINK = MetsParts.XLINK;
    static final String XSI = MetsParts.XSI;
    static final String CSIP = MetsParts.CSIP;
    static final String SIP = MetsParts.SIP;
    static final String PROFILE = MetsParts.SIP_PROFILE;
    static final String REPRESENTATION = "representations/rep1/";
    private static final String DC_NAMESPACES = "http://purl.org/dc/";
    private static final String DUBLIN_CORE = "DC";
    private static final String TT05_DOCUMENT = "EAD_doc";
    static final List<String> SCHEMAS = List.of("mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd",
            "DILCISExtensionSIPMETS.xsd", "premis-v3-0.xsd");

    public void build(ConvertedFolder source, Path sip, SipOptions options) throws IOException, SAXException {
        List<Placed> descriptive = new ArrayList<>();
        List<Placed> preservation = new ArrayList<>();
        List<Placed> data = new ArrayList<>();
        for (String output : source.outputFiles()) {
            String lower = output.toLowerCase(Locale.ROOT);
            Path from = source.root().resolve(output);
            if (lower.endsWith(".premis.xml")) {
                preservation.add(MetsParts.copy(from, sip, REPRESENTATION + "metadata/preservation/" + output));
            } else if (lower.endsWith(".xml")) {
                descriptive.add(MetsParts.copy(from, sip, "metadata/descriptive/" + output));
            } else {
                data.add(MetsParts.copy(from, sip, REPRESENTATION + "data/" + output));
            }
        }
        java.util.Map<Placed, String> types = new java.util.LinkedHashMap<>();
        for (Placed file : descriptive) {
            types.put(file, descriptiveType(file.file()));
        }
        List<Placed> schemas = MetsParts.schemas(sip, schemasFor(types.values()));
        String objectId = objectId(data, descriptive, preservation);
        String created = MetsParts.timestamp(options.created());
        Placed representation = MetsParts.write(validated(representationMets(objectId, created, options, preservation, data)),
                sip, REPRESENTATION + MetsChecker.METS_FILE);
        Files.write(sip.resolve(MetsChecker.METS_FILE),
                validated(rootMets(objectId, created, options, types, schemas, representation)));
    }

    /** An invalid METS must never reach the package, so it is checked in memory first. */
    private static byte[] validated(Document mets) throws SAXException {
        byte[] bytes = XmlDocuments.serialize(mets);
        XmlDocuments.validate(bytes, SchemaCatalog.combined(SchemaCatalog.Known.METS,
                SchemaCatalog.Known.CSIP_EXTENSION, SchemaCatalog.Known.SIP_EXTENSION));
        return bytes;
    }

    /** The package carries every schema its XML uses: METS and its extensions, PREMIS, and the descriptions' own. */
    private static List<String> schemasFor(java.util.Collection<String> descriptionTypes) {
        List<String> schemas = new ArrayList<>(SCHEMAS);
        if (descriptionTypes.contains(DUBLIN_CORE)) {
            schemas.addAll(List.of(SchemaCatalog.Known.SIMPLE_DC.fileName(), "dc.xsd", "dcterms.xsd", "dcmitype.xsd",
                    "xml.xsd"));
        }
        if (descriptionTypes.contains(TT05_DOCUMENT)) {
            schemas.add(SchemaCatalog.Known.TT05_EAD_DOC.fileName());
        }
        return schemas;
    }

    private static Element packageRoot(Document document, String objectId, String created, SipOptions options,
                                       String schemaFolder) {
        Element mets = MetsParts.root(document, objectId, "Mixed", PROFILE, true,
                METS + " " + schemaFolder + "mets.xsd " + MetsParts.XLINK + " " + schemaFolder + "xlink.xsd " + CSIP
                        + " " + schemaFolder + "DILCISExtensionMETS.xsd " + MetsParts.SIP + " " + schemaFolder
                        + "DILCISExtensionSIPMETS.xsd");
        MetsParts.header(mets, created, "SIP", options.softwareName(), options.softwareVersion(), options.organization());
        return mets;
    }

    private static Document rootMets(String objectId, String created, SipOptions options,
                                     java.util.Map<Placed, String> descriptive, List<Placed> schemas, Placed representation) {
        Document document = XmlDocuments.newDocument();
        Element mets = packageRoot(document, objectId, created, options, "schemas/");
        List<String> dmdIds = new ArrayList<>();
        descriptive.forEach((file, type) -> dmdIds.add(MetsParts.dmdSec(mets, file, created, type, "").getAttribute("ID")));
        MetsParts.rootFilesAndStructure(mets, objectId, created, schemas, representation, dmdIds, List.of());
        return document;
    }

    /** The representation's METS: its PREMIS records and its data files, named relative to its own folder. */
    private static Document representationMets(String objectId, String created, SipOptions options,
                                               List<Placed> preservation, List<Placed> data) {
        String representationId = id("representation", objectId);
        Document document = XmlDocuments.newDocument();
        Element mets = packageRoot(document, representationId, created, options, "../../schemas/");
        List<String> admIds = new ArrayList<>();
        if (!preservation.isEmpty()) {
            Element amd = child(mets, "amdSec");
            amd.setAttribute("ID", id("amd", REPRESENTATION + "metadata/preservation"));
            for (Placed file : preservation) {
                admIds.add(MetsParts.digiprovMD(amd, file.within(REPRESENTATION), created, REPRESENTATION)
                        .getAttribute("ID"));
            }
        }
        Element fileSec = child(mets, "fileSec");
        fileSec.setAttribute("ID", id("filesec", representationId));
        Element dataGroup = MetsParts.fileGroup(fileSec, "Data",
                data.stream().map(file -> file.within(REPRESENTATION)).toList(), created, REPRESENTATION);
        MetsParts.pdfaRepresentation(dataGroup);
        Element root = MetsParts.csipStructMap(mets, representationId, "rep1", REPRESENTATION + "Metadata", List.of(),
                admIds);
        MetsParts.divPointingAt(root, REPRESENTATION + "Data", "Data", dataGroup);
        return document;
    }

    /**
     * DC for Dublin Core (convert's {@code --profile dc}: a {@code simpledc} root around the DC elements), EAD_doc for
     * TT 05's (a {@code simpledc} root whose elements have no namespace), otherwise the root's own name.
     */
    private static String descriptiveType(Path xml) throws IOException {
        Element root = XmlDocuments.parse(xml).getDocumentElement();
        String namespace = root.getNamespaceURI();
        if (namespace != null && namespace.startsWith(DC_NAMESPACES)) {
            return DUBLIN_CORE;
        }
        if (namespace == null && "simpledc".equals(root.getLocalName())) {
            for (var child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    String childNamespace = element.getNamespaceURI();
                    return childNamespace != null && childNamespace.startsWith(DC_NAMESPACES) ? DUBLIN_CORE : TT05_DOCUMENT;
                }
            }
            return TT05_DOCUMENT;
        }
        return root.getLocalName();
    }

    /** OBJID from the content: the same files give the same package identifier. */
    private static String objectId(List<Placed> data, List<Placed> descriptive, List<Placed> preservation) {
        StringBuilder content = new StringBuilder();
        for (List<Placed> files : List.of(data, descriptive, preservation)) {
            for (Placed file : files) {
                content.append(file.sha256()).append(' ').append(file.path()).append('\n');
            }
        }
        return id("package", content.toString());
    }
}
