package org.earchive.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.earchive.core.Fixity;
import org.earchive.schemas.SchemaCatalog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The pieces every METS earchive writes shares, whether an E-ARK SIP or a TT 05 package: the namespaces, the
 * CSIP root and header, file and metadata references with SIZE, CREATED and SHA-256, content-derived NCName IDs.
 */
final class MetsParts {

    static final String METS = "http://www.loc.gov/METS/";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    /** Exactly this spelling: published TT 05 samples write dilcis.eu in lower case, which is another namespace. */
    static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";
    static final String SIP = "https://DILCIS.eu/XML/METS/SIPExtensionMETS";
    static final String CSIP_PROFILE = "https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml";
    static final String SIP_PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml";
    /** TT 05 writes its times in Vietnam's offset; the instant is the same whatever the offset. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A file placed in a package: its path inside the package, where it is on disk, its SHA-256 and size. */
    record Placed(String path, Path file, String sha256, long size) {

        /** The same file as a METS in {@code folder} names it: relative to that folder. */
        Placed within(String folder) {
            if (!path.startsWith(folder)) {
                throw new IllegalArgumentException(path + " is not in " + folder);
            }
            return new Placed(path.substring(folder.length()), file, sha256, size);
        }
    }

    private MetsParts() {
    }

    /** CREATEDATE and CREATED: whole seconds with Vietnam's offset, as TT 05 writes them. */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(VIETNAM).toOffsetDateTime());
    }

    /** A {@code mets:mets} root with the CSIP attributes, the SIP namespace only when {@code sip}. */
    static Element root(Document document, String objectId, String type, String profile, boolean sip,
                        String schemaLocations) {
        Element mets = document.createElementNS(METS, "mets:mets");
        document.appendChild(mets);
        mets.setAttributeNS(XMLNS, "xmlns:mets", METS);
        mets.setAttributeNS(XMLNS, "xmlns:xlink", XLINK);
        mets.setAttributeNS(XMLNS, "xmlns:xsi", XSI);
        mets.setAttributeNS(XMLNS, "xmlns:csip", CSIP);
        if (sip) {
            mets.setAttributeNS(XMLNS, "xmlns:sip", SIP);
        }
        mets.setAttribute("OBJID", objectId);
        mets.setAttribute("LABEL", objectId);
        mets.setAttribute("TYPE", type);
        mets.setAttributeNS(CSIP, "csip:CONTENTINFORMATIONTYPE", "MIXED");
        mets.setAttribute("PROFILE", profile);
        mets.setAttributeNS(XSI, "xsi:schemaLocation", schemaLocations);
        return mets;
    }

    /** metsHdr: the package type, earchive as the creating software with its version, and the organisation. */
    static Element header(Element mets, String created, String packageType, String softwareName, String softwareVersion,
                          String organization) {
        Element header = child(mets, "metsHdr");
        header.setAttribute("CREATEDATE", created);
        header.setAttribute("RECORDSTATUS", "NEW");
        header.setAttributeNS(CSIP, "csip:OAISPACKAGETYPE", packageType);
        Element software = child(header, "agent");
        software.setAttribute("ROLE", "CREATOR");
        software.setAttribute("TYPE", "OTHER");
        software.setAttribute("OTHERTYPE", "SOFTWARE");
        child(software, "name").setTextContent(softwareName);
        Element version = child(software, "note");
        version.setAttributeNS(CSIP, "csip:NOTETYPE", "SOFTWARE VERSION");
        version.setTextContent(softwareVersion);
        if (organization != null && !organization.isBlank()) {
            Element submitter = child(header, "agent");
            submitter.setAttribute("ROLE", "CREATOR");
            submitter.setAttribute("TYPE", "ORGANIZATION");
            child(submitter, "name").setTextContent(organization.strip());
        }
        return header;
    }

    /**
     * The content information type of a representation's fileGrp (CSIP62: a MIXED package names it per
     * representation). earchive's representations hold PDF/A documents, which no CSIP content information type
     * specification covers, hence OTHER with its name.
     */
    static void pdfaRepresentation(Element fileGroup) {
        fileGroup.setAttributeNS(CSIP, "csip:CONTENTINFORMATIONTYPE", "OTHER");
        fileGroup.setAttributeNS(CSIP, "csip:OTHERCONTENTINFORMATIONTYPE", "PDF/A");
    }

    static Element fileGroup(Element fileSec, String use, List<Placed> files, String created, String pathPrefix) {
        Element group = child(fileSec, "fileGrp");
        group.setAttribute("ID", id("filegrp", pathPrefix + use));
        group.setAttribute("USE", use);
        for (Placed placed : files) {
            file(group, placed, created, pathPrefix);
        }
        return group;
    }

    /** A {@code file} with its FLocat; {@code pathPrefix} makes its ID unique across the package's METS files. */
    static Element file(Element group, Placed placed, String created, String pathPrefix) {
        Element file = child(group, "file");
        file.setAttribute("ID", id("file", pathPrefix + placed.path()));
        file.setAttribute("MIMETYPE", mimeType(placed.path()));
        file.setAttribute("SIZE", Long.toString(placed.size()));
        file.setAttribute("CREATED", created);
        file.setAttribute("CHECKSUM", placed.sha256());
        file.setAttribute("CHECKSUMTYPE", "SHA-256");
        Element location = child(file, "FLocat");
        location.setAttribute("LOCTYPE", "URL");
        location.setAttributeNS(XLINK, "xlink:type", "simple");
        location.setAttributeNS(XLINK, "xlink:href", href(placed.path()));
        return file;
    }

    /** An mdRef: PREMIS and DC by their METS names, anything else as OTHER with its own name. */
    static void reference(Element section, Placed file, String created, String type) {
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

    static Element dmdSec(Element mets, Placed file, String created, String type, String pathPrefix) {
        Element section = child(mets, "dmdSec");
        section.setAttribute("ID", id("dmd", pathPrefix + file.path()));
        section.setAttribute("CREATED", created);
        section.setAttribute("STATUS", "CURRENT");
        reference(section, file, created, type);
        return section;
    }

    static Element digiprovMD(Element amdSec, Placed file, String created, String pathPrefix) {
        Element digiprov = child(amdSec, "digiprovMD");
        digiprov.setAttribute("ID", id("digiprov", pathPrefix + file.path()));
        digiprov.setAttribute("STATUS", "CURRENT");
        reference(digiprov, file, created, "PREMIS");
        return digiprov;
    }

    /**
     * The CSIP structMap (PHYSICAL, labelled CSIP) with its root div and the Metadata div pointing at the
     * descriptive and administrative sections; returns the root div for the caller's own divs.
     *
     * @param metadataSeed what the Metadata div's ID derives from, unique across the package's METS files
     */
    static Element csipStructMap(Element mets, String objectId, String label, String metadataSeed, List<String> dmdIds,
                                 List<String> admIds) {
        Element structMap = child(mets, "structMap");
        structMap.setAttribute("ID", id("structmap", objectId));
        structMap.setAttribute("TYPE", "PHYSICAL");
        structMap.setAttribute("LABEL", "CSIP");
        Element root = div(structMap, objectId, label);
        Element metadata = div(root, metadataSeed, "Metadata");
        if (!dmdIds.isEmpty()) {
            metadata.setAttribute("DMDID", String.join(" ", dmdIds));
        }
        if (!admIds.isEmpty()) {
            metadata.setAttribute("ADMID", String.join(" ", admIds));
        }
        return root;
    }

    static Element div(Element parent, String idSeed, String label) {
        Element div = child(parent, "div");
        div.setAttribute("ID", id("div", idSeed));
        div.setAttribute("LABEL", label);
        return div;
    }

    static void divPointingAt(Element parent, String idSeed, String label, Element group) {
        child(div(parent, idSeed, label), "fptr").setAttribute("FILEID", group.getAttribute("ID"));
    }

    /**
     * The rest of a package's root METS once its metadata sections are written: the fileSec (the schemas, and the one
     * representation's METS) and the CSIP structMap (Metadata pointing at {@code dmdIds} and {@code admIds}, Schemas,
     * and an mptr to the representation's METS).
     */
    static void rootFilesAndStructure(Element mets, String objectId, String created, List<Placed> schemas,
                                      Placed representation, List<String> dmdIds, List<String> admIds) {
        Element fileSec = child(mets, "fileSec");
        fileSec.setAttribute("ID", id("filesec", objectId));
        Element schemaGroup = fileGroup(fileSec, "Schemas", schemas, created, "");
        Element representationGroup = fileGroup(fileSec, "Representations/rep1", List.of(representation), created, "");
        pdfaRepresentation(representationGroup);
        Element root = csipStructMap(mets, objectId, objectId, "Metadata", dmdIds, admIds);
        divPointingAt(root, "Schemas", "Schemas", schemaGroup);
        representationPointer(root, "Representations/rep1", representationGroup, representation);
    }

    /**
     * The root METS's div for a representation that has a METS of its own: an mptr to that METS, titled with the
     * fileGrp that lists it (CSIP 107-112).
     */
    static void representationPointer(Element root, String label, Element representationGroup, Placed representationMets) {
        Element pointer = child(div(root, label, label), "mptr");
        pointer.setAttribute("LOCTYPE", "URL");
        pointer.setAttributeNS(XLINK, "xlink:type", "simple");
        pointer.setAttributeNS(XLINK, "xlink:href", href(representationMets.path()));
        pointer.setAttributeNS(XLINK, "xlink:title", representationGroup.getAttribute("ID"));
    }

    static Element child(Element parent, String name) {
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

    /** Relative, percent-encoded: spaces and Vietnamese letters in file names must survive any URL parser. */
    static String href(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable path inside a package: " + path, e);
        }
    }

    static String mimeType(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        return lower.endsWith(".xml") || lower.endsWith(".xsd") ? "text/xml" : "application/octet-stream";
    }

    /** Copies a file into the package, hashing it as it is copied (one read of a large PDF, not two). */
    static Placed copy(Path from, Path packageRoot, String given) throws IOException {
        String path = PackageNames.portable(given);
        Path target = packageRoot.resolve(path);
        Files.createDirectories(target.getParent());
        String sha256 = Fixity.copyWithSha256(from, target);
        return new Placed(path, target, sha256, Files.size(target));
    }

    static Placed write(byte[] bytes, Path packageRoot, String given) throws IOException {
        String path = PackageNames.portable(given);
        Path target = packageRoot.resolve(path);
        Files.createDirectories(target.getParent());
        Files.write(target, bytes, java.nio.file.StandardOpenOption.CREATE_NEW);
        return new Placed(path, target, Fixity.sha256(bytes), bytes.length);
    }

    /** Copies the bundled schemas into {@code schemas/}, the package carrying every XSD its XML uses. */
    static List<Placed> schemas(Path packageRoot, List<String> fileNames) throws IOException {
        List<Placed> placed = new java.util.ArrayList<>();
        for (String schema : fileNames) {
            try (InputStream in = SchemaCatalog.open(schema)) {
                placed.add(write(in.readAllBytes(), packageRoot, "schemas/" + schema));
            }
        }
        return placed;
    }
}
