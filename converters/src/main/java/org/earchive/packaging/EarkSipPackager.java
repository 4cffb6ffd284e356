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
 * Writes a minimal E-ARK SIP 2.2 (on CSIP 2.2) around a convert output: one representation holding the
 * PDF/A files, the descriptive and preservation XML as package metadata, the schemas they need, and a root
 * METS.xml listing every file with SIZE, CREATED and its SHA-256. The METS is validated against the official
 * METS schema before it is written. IDs are derived from content and paths, and all dates from one instant,
 * so the same input and SOURCE_DATE_EPOCH give the same bytes.
 */
public final class EarkSipPackager {

    static final String METS = MetsParts.METS;
    static final String XLINK = MetsParts.XLINK;
    static final String XSI = MetsParts.XSI;
    static final String CSIP = MetsParts.CSIP;
    static final String SIP = MetsParts.SIP;
    static final String PROFILE = MetsParts.SIP_PROFILE;
    static final String REPRESENTATION = "representations/rep1";
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
                preservation.add(MetsParts.copy(from, sip, "metadata/preservation/" + output));
            } else if (lower.endsWith(".xml")) {
                descriptive.add(MetsParts.copy(from, sip, "metadata/descriptive/" + output));
            } else {
                data.add(MetsParts.copy(from, sip, REPRESENTATION + "/data/" + output));
            }
        }
        java.util.Map<Placed, String> types = new java.util.LinkedHashMap<>();
        for (Placed file : descriptive) {
            types.put(file, descriptiveType(file.file()));
        }
        List<Placed> schemas = MetsParts.schemas(sip, schemasFor(types.values()));
        String objectId = objectId(data, descriptive, preservation);
        byte[] mets = XmlDocuments.serialize(mets(objectId, options, types, preservation, data, schemas));
        // an invalid METS must never reach the package, so it is checked in memory first
        XmlDocuments.validate(mets, SchemaCatalog.combined(SchemaCatalog.Known.METS,
                SchemaCatalog.Known.CSIP_EXTENSION, SchemaCatalog.Known.SIP_EXTENSION));
        Files.write(sip.resolve("METS.xml"), mets);
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

    private static Document mets(String objectId, SipOptions options, java.util.Map<Placed, String> descriptive,
                                 List<Placed> preservation, List<Placed> data, List<Placed> schemas) {
        String created = MetsParts.timestamp(options.created());
        Document document = XmlDocuments.newDocument();
        Element mets = MetsParts.root(document, objectId, "Mixed", PROFILE, true,
                METS + " schemas/mets.xsd " + MetsParts.XLINK + " schemas/xlink.xsd " + CSIP
                        + " schemas/DILCISExtensionMETS.xsd " + MetsParts.SIP + " schemas/DILCISExtensionSIPMETS.xsd");
        MetsParts.header(mets, created, "SIP", options.softwareName(), options.softwareVersion(), options.organization());

        List<String> dmdIds = new ArrayList<>();
        descriptive.forEach((file, type) -> dmdIds.add(MetsParts.dmdSec(mets, file, created, type, "").getAttribute("ID")));
        List<String> admIds = new ArrayList<>();
        if (!preservation.isEmpty()) {
            Element amd = child(mets, "amdSec");
            amd.setAttribute("ID", id("amd", "metadata/preservation"));
            for (Placed file : preservation) {
                admIds.add(MetsParts.digiprovMD(amd, file, created, "").getAttribute("ID"));
            }
        }

        Element fileSec = child(mets, "fileSec");
        fileSec.setAttribute("ID", id("filesec", objectId));
        Element schemaGroup = MetsParts.fileGroup(fileSec, "Schemas", schemas, created, "");
        Element dataGroup = MetsParts.fileGroup(fileSec, "Representations/rep1", data, created, "");
        MetsParts.pdfaRepresentation(dataGroup);

        Element root = MetsParts.csipStructMap(mets, objectId, objectId, "Metadata", dmdIds, admIds);
        MetsParts.divPointingAt(root, "Schemas", "Schemas", schemaGroup);
        MetsParts.divPointingAt(root, "Representations/rep1", "Representations/rep1", dataGroup);
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
