package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earchive.metadata.XmlDocuments;
import org.earchive.schemas.SchemaCatalog;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The PREMIS of a TT 05 AIP. {@code PREMIS_rep1.xml} gathers what convert recorded for each document (objects,
 * events, agents — each once) under a representation object; {@code PREMIS.xml} records the package itself: the
 * information package creation event and earchive as its agent. Both are validated against PREMIS 3 before
 * they are written. PREMIS 3 types an object with {@code xsi:type}; the published TT 05 samples'
 * {@code objectCategory} element is not PREMIS 3 and is never written.
 */
final class PackagePremis {

    static final String PREMIS = "http://www.loc.gov/premis/v3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String UUID_TYPE = "UUID";

    /** Merges the documents' PREMIS files (in order) under one representation object named {@code representationId}. */
    byte[] representation(String representationId, List<Path> documentPremis) throws IOException, SAXException {
        Map<String, Element> objects = new LinkedHashMap<>();
        Map<String, Element> events = new LinkedHashMap<>();
        Map<String, Element> agents = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        for (Path file : documentPremis) {
            Element root = XmlDocuments.parse(file).getDocumentElement();
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element element) || !PREMIS.equals(element.getNamespaceURI())) {
                    continue;
                }
                String identifier = identifierValue(element);
                switch (element.getLocalName()) {
                    case "object" -> {
                        objects.putIfAbsent(identifier, element);
                        if (element.getAttributeNS(XSI, "type").endsWith("file")) {
                            files.add(identifier);
                        }
                    }
                    case "event" -> events.putIfAbsent(identifier, element);
                    case "agent" -> agents.putIfAbsent(identifier, element);
                    default -> { } // rights statements are not written by convert
                }
            }
        }
        Document document = newPremis();
        Element premis = document.getDocumentElement();
        Element representation = add(premis, "object", null);
        representation.setAttributeNS(XSI, "xsi:type", "premis:representation");
        identifier(representation, "objectIdentifier", representationId);
        for (String file : files) {
            Element relationship = add(representation, "relationship", null);
            add(relationship, "relationshipType", "structural");
            add(relationship, "relationshipSubType", "includes");
            identifier(relationship, "relatedObjectIdentifier", file);
        }
        for (Map<String, Element> group : List.of(objects, events, agents)) {
            for (Element element : group.values()) {
                premis.appendChild(document.importNode(element, true));
            }
        }
        return validated(document);
    }

    /** The package's own record: an entity for the package, its creation event, earchive as the agent. */
    byte[] packageLevel(String objectId, String representationId, String packageType, String created,
                        String softwareName, String softwareVersion, IngestEvents ingest) throws SAXException {
        Document document = newPremis();
        Element premis = document.getDocumentElement();
        Element entity = add(premis, "object", null);
        entity.setAttributeNS(XSI, "xsi:type", "premis:intellectualEntity");
        identifier(entity, "objectIdentifier", objectId);
        Element relationship = add(entity, "relationship", null);
        add(relationship, "relationshipType", "structural");
        add(relationship, "relationshipSubType", "is represented by");
        identifier(relationship, "relatedObjectIdentifier", representationId);

        String agentId = MetsParts.id("agent", softwareName + " " + softwareVersion);
        Element event = add(premis, "event", null);
        identifier(event, "eventIdentifier", MetsParts.id("event", objectId + " creation"));
        add(event, "eventType", "information package creation");
        add(event, "eventDateTime", created);
        add(add(event, "eventDetailInformation", null), "eventDetail", "TT 05/2025 " + packageType + " built by "
                + softwareName);
        add(add(event, "eventOutcomeInformation", null), "eventOutcome", "success");
        Element agentLink = add(event, "linkingAgentIdentifier", null);
        add(agentLink, "linkingAgentIdentifierType", UUID_TYPE);
        add(agentLink, "linkingAgentIdentifierValue", agentId);
        add(agentLink, "linkingAgentRole", "executing program");
        Element objectLink = add(event, "linkingObjectIdentifier", null);
        add(objectLink, "linkingObjectIdentifierType", UUID_TYPE);
        add(objectLink, "linkingObjectIdentifierValue", objectId);
        add(objectLink, "linkingObjectRole", "outcome");

        String archiveId = ingest == null ? null : MetsParts.id("agent", "archive " + ingest.archiveCode() + " "
                + ingest.archiveName());
        if (ingest != null) {
            for (IngestEvents.Event step : ingest.events()) {
                ingestEvent(premis, objectId, step, agentId, archiveId);
            }
        }

        Element agent = add(premis, "agent", null);
        identifier(agent, "agentIdentifier", agentId);
        add(agent, "agentName", softwareName);
        add(agent, "agentType", "software");
        add(agent, "agentVersion", softwareVersion);
        if (ingest != null) {
            Element archive = add(premis, "agent", null);
            identifier(archive, "agentIdentifier", archiveId);
            add(archive, "agentName", ingest.archiveName());
            add(archive, "agentType", "organization");
            if (!ingest.archiveCode().isEmpty()) {
                add(archive, "agentNote", "mã cơ quan lưu trữ: " + ingest.archiveCode());
            }
        }
        return validated(document);
    }

    /** One step of the archive's ingest: the archive is responsible for it, earchive executed it. */
    private static void ingestEvent(Element premis, String objectId, IngestEvents.Event step, String softwareId,
                                    String archiveId) {
        Element event = add(premis, "event", null);
        identifier(event, "eventIdentifier", MetsParts.id("event", objectId + " " + step.type()));
        add(event, "eventType", step.type());
        add(event, "eventDateTime", step.dateTime());
        add(add(event, "eventDetailInformation", null), "eventDetail", step.detail());
        Element outcome = add(event, "eventOutcomeInformation", null);
        add(outcome, "eventOutcome", step.outcome());
        if (!step.outcomeDetail().isEmpty()) {
            add(add(outcome, "eventOutcomeDetail", null), "eventOutcomeDetailNote", step.outcomeDetail());
        }
        for (String[] link : List.of(new String[] {archiveId, "implementer"}, new String[] {softwareId, "executing program"})) {
            Element agentLink = add(event, "linkingAgentIdentifier", null);
            add(agentLink, "linkingAgentIdentifierType", UUID_TYPE);
            add(agentLink, "linkingAgentIdentifierValue", link[0]);
            add(agentLink, "linkingAgentRole", link[1]);
        }
        Element objectLink = add(event, "linkingObjectIdentifier", null);
        add(objectLink, "linkingObjectIdentifierType", UUID_TYPE);
        add(objectLink, "linkingObjectIdentifierValue", objectId);
        add(objectLink, "linkingObjectRole", "source");
    }

    private static Document newPremis() {
        Document document = XmlDocuments.newDocument();
        Element premis = document.createElementNS(PREMIS, "premis:premis");
        premis.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        premis.setAttribute("version", "3.0");
        document.appendChild(premis);
        return document;
    }

    private static byte[] validated(Document document) throws SAXException {
        byte[] xml = XmlDocuments.serialize(document);
        XmlDocuments.validate(xml, SchemaCatalog.schema(SchemaCatalog.Known.PREMIS_3));
        return xml;
    }

    /** The value of an object's, event's or agent's identifier (its first child's Value element). */
    private static String identifierValue(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element identifier && identifier.getLocalName().endsWith("Identifier")) {
                for (Node part = identifier.getFirstChild(); part != null; part = part.getNextSibling()) {
                    if (part instanceof Element value && value.getLocalName().endsWith("IdentifierValue")) {
                        return value.getTextContent().strip();
                    }
                }
            }
        }
        return element.getLocalName() + "@" + System.identityHashCode(element);
    }

    private static void identifier(Element parent, String name, String value) {
        Element identifier = add(parent, name, null);
        add(identifier, name + "Type", UUID_TYPE);
        add(identifier, name + "Value", value);
    }

    private static Element add(Element parent, String name, String text) {
        return XmlDocuments.add(parent, PREMIS, "premis:" + name, text);
    }
}
