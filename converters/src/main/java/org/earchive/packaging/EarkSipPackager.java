package org.earchive.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.earchive.io.Fixity;
import org.earchive.metadata.XmlDocuments;
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

    static final String METS = "http://www.loc.gov/METS/";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** Exactly this spelling: published TT 05 samples write dilcis.eu in lower case, which is another namespace. */
    static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    static final String SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS";
    static final String PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml";
    static final String REPRESENTATION = "representations/rep1";
    static final List<String> SCHEMAS = List.of("mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd",
            "DILCISExtensionSIPMETS.xsd", "premis-v3-0.xsd");
    /** TT 05 writes its times in Vietnam's offset; the instant is the same whatever the offset. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private record Placed(String path, Path file, String sha256, long size) {
    }

    public void build(ConvertedFolder source, Path sip, SipOptions options) throws IOException, SAXException {
        List<Placed> descriptive = new ArrayList<>();
        List<Placed> preservation = new ArrayList<>();
        List<Placed> data = new ArrayList<>();
        for (String output : source.outputFiles()) {
            String lower = output.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".premis.xml")) {
                preservation.add(copy(source.root().resolve(output), sip, "metadata/preservation/" + output));
            } else if (lower.endsWith(".xml")) {
                descriptive.add(copy(source.root().resolve(output), sip, "metadata/descriptive/" + output));
            } else {
                data.add(copy(source.root().resolve(output), sip, REPRESENTATION + "/data/" + output));
            }
        }
        List<Placed> schemas = new ArrayList<>();
        for (String schema : SCHEMAS) {
            Path target = sip.resolve("schemas").resolve(schema);
            Files.createDirectories(target.getParent());
            try (InputStream in = SchemaCatalog.open(schema)) {
                Files.copy(in, target);
            }
            schemas.add(placed("schemas/" + schema, target));
        }
        String objectId = objectId(data, descriptive, preservation);
        byte[] mets = XmlDocuments.serialize(mets(objectId, options, descriptive, preservation, data, schemas));
        // an invalid METS must never reach the package, so it is checked in memory first
        XmlDocuments.validate(mets, SchemaCatalog.combined(SchemaCatalog.Known.METS,
                SchemaCatalog.Known.CSIP_EXTENSION, SchemaCatalog.Known.SIP_EXTENSION));
        Files.write(sip.resolve("METS.xml"), mets);
    }

    private static Document mets(String objectId, SipOptions options, List<Placed> descriptive, List<Placed> preservation,
                                 List<Placed> data, List<Placed> schemas) throws IOException {
        String created = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                options.created().truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM).toOffsetDateTime());
        Document document = XmlDocuments.newDocument();
        Element mets = document.createElementNS(METS, "mets:mets");
        document.appendChild(mets);
        mets.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:mets", METS);
        mets.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", XLINK);
        mets.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        mets.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:csip", CSIP);
        mets.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:sip", SIP);
        mets.setAttribute("OBJID", objectId);
        mets.setAttribute("LABEL", objectId);
        mets.setAttribute("TYPE", "Mixed");
        mets.setAttributeNS(CSIP, "csip:CONTENTINFORMATIONTYPE", "MIXED");
        mets.setAttribute("PROFILE", PROFILE);
        mets.setAttributeNS(XSI, "xsi:schemaLocation", METS + " schemas/mets.xsd " + XLINK + " schemas/xlink.xsd "
                + CSIP + " schemas/DILCISExtensionMETS.xsd " + SIP + " schemas/DILCISExtensionSIPMETS.xsd");

        Element header = child(mets, "metsHdr");
        header.setAttribute("CREATEDATE", created);
        header.setAttribute("RECORDSTATUS", "NEW");
        header.setAttributeNS(CSIP, "csip:OAISPACKAGETYPE", "SIP");
        Element software = child(header, "agent");
        software.setAttribute("ROLE", "CREATOR");
        software.setAttribute("TYPE", "OTHER");
        software.setAttribute("OTHERTYPE", "SOFTWARE");
        child(software, "name").setTextContent(options.softwareName());
        Element version = child(software, "note");
        version.setAttributeNS(CSIP, "csip:NOTETYPE", "SOFTWARE VERSION");
        version.setTextContent(options.softwareVersion());
        Element submitter = child(header, "agent");
        submitter.setAttribute("ROLE", "CREATOR");
        submitter.setAttribute("TYPE", "ORGANIZATION");
        child(submitter, "name").setTextContent(options.organization());

        List<String> dmdIds = new ArrayList<>();
        for (Placed file : descriptive) {
            Element section = child(mets, "dmdSec");
            section.setAttribute("ID", id("dmd", file.path()));
            section.setAttribute("CREATED", created);
            section.setAttribute("STATUS", "CURRENT");
            reference(section, file, created, descriptiveType(file.file()));
            dmdIds.add(section.getAttribute("ID"));
        }
        List<String> admIds = new ArrayList<>();
        if (!preservation.isEmpty()) {
            Element amd = child(mets, "amdSec");
            amd.setAttribute("ID", id("amd", "metadata/preservation"));
            for (Placed file : preservation) {
                Element digiprov = child(amd, "digiprovMD");
                digiprov.setAttribute("ID", id("digiprov", file.path()));
                digiprov.setAttribute("STATUS", "CURRENT");
                reference(digiprov, file, created, "PREMIS");
                admIds.add(digiprov.getAttribute("ID"));
            }
        }

        Element fileSec = child(mets, "fileSec");
        fileSec.setAttribute("ID", id("filesec", objectId));
        Element schemaGroup = fileGroup(fileSec, "Schemas", schemas, created);
        Element dataGroup = fileGroup(fileSec, "Representations/rep1", data, created);

        Element structMap = child(mets, "structMap");
        structMap.setAttribute("ID", id("structmap", objectId));
        structMap.setAttribute("TYPE", "PHYSICAL");
        structMap.setAttribute("LABEL", "CSIP");
        Element root = child(structMap, "div");
        root.setAttribute("ID", id("div", objectId));
        root.setAttribute("LABEL", objectId);
        Element metadata = child(root, "div");
        metadata.setAttribute("ID", id("div", "Metadata"));
        metadata.setAttribute("LABEL", "Metadata");
        if (!dmdIds.isEmpty()) {
            metadata.setAttribute("DMDID", String.join(" ", dmdIds));
        }
        if (!admIds.isEmpty()) {
            metadata.setAttribute("ADMID", String.join(" ", admIds));
        }
        divPointingAt(root, "Schemas", schemaGroup);
        divPointingAt(root, "Representations/rep1", dataGroup);
        return document;
    }

    private static Element fileGroup(Element fileSec, String use, List<Placed> files, String created) {
        Element group = child(fileSec, "fileGrp");
        group.setAttribute("ID", id("filegrp", use));
        group.setAttribute("USE", use);
        for (Placed placed : files) {
            Element file = child(group, "file");
            file.setAttribute("ID", id("file", placed.path()));
            file.setAttribute("MIMETYPE", mimeType(placed.path()));
            file.setAttribute("SIZE", Long.toString(placed.size()));
            file.setAttribute("CREATED", created);
            file.setAttribute("CHECKSUM", placed.sha256());
            file.setAttribute("CHECKSUMTYPE", "SHA-256");
            Element location = child(file, "FLocat");
            location.setAttribute("LOCTYPE", "URL");
            location.setAttributeNS(XLINK, "xlink:type", "simple");
            location.setAttributeNS(XLINK, "xlink:href", href(placed.path()));
        }
        return group;
    }

    private static void divPointingAt(Element parent, String label, Element group) {
        Element div = child(parent, "div");
        div.setAttribute("ID", id("div", label));
        div.setAttribute("LABEL", label);
        child(div, "fptr").setAttribute("FILEID", group.getAttribute("ID"));
    }

    private static void reference(Element section, Placed file, String created, String type) {
        Element ref = child(section, "mdRef");
        ref.setAttribute("LOCTYPE", "URL");
        ref.setAttributeNS(XLINK, "xlink:type", "simple");
        ref.setAttributeNS(XLINK, "xlink:href", href(file.path()));
        if (type.equals("PREMIS") || type.equals("DC")) {
            ref.setAttribute("MDTYPE", type);
        } else {
            ref.setAttribute("MDTYPE", "OTHER");
            ref.setAttribute("OTHERMDTYPE", type);
        }
        ref.setAttribute("MIMETYPE", "text/xml");
        ref.setAttribute("SIZE", Long.toString(file.size()));
        ref.setAttribute("CREATED", created);
        ref.setAttribute("CHECKSUM", file.sha256());
        ref.setAttribute("CHECKSUMTYPE", "SHA-256");
    }

    /** DC when the file is Dublin Core, otherwise named after TT 05's EAD_doc (a simpledc root without namespace). */
    private static String descriptiveType(Path xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(xml.toFile()).getDocumentElement();
            String namespace = root.getNamespaceURI();
            if (namespace != null && namespace.startsWith("http://purl.org/dc/")) {
                return "DC";
            }
            return namespace == null && "simpledc".equals(root.getLocalName()) ? "EAD_doc" : root.getLocalName();
        } catch (SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(xml + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Element child(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElementNS(METS, "mets:" + name);
        parent.appendChild(child);
        return child;
    }

    /**
     * An NCName that is the same on every run: "uuid-" and a name-based UUID of what the element describes.
     * TT 05 writes its IDs this way; the prefix makes a UUID, which may start with a digit, a valid NCName.
     */
    static String id(String kind, String name) {
        return "uuid-" + UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString()
                .toUpperCase(Locale.ROOT);
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

    /** Relative, percent-encoded: spaces and Vietnamese letters in file names must survive any URL parser. */
    private static String href(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable path inside a package: " + path, e);
        }
    }

    private static String mimeType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return lower.endsWith(".xml") || lower.endsWith(".xsd") ? "text/xml" : "application/octet-stream";
    }

    private static Placed copy(Path from, Path sip, String path) throws IOException {
        Path target = sip.resolve(path);
        Files.createDirectories(target.getParent());
        Files.copy(from, target);
        return placed(path, target);
    }

    private static Placed placed(String path, Path file) throws IOException {
        return new Placed(path, file, Fixity.sha256(file), Files.size(file));
    }
}
