package org.earchive.metadata;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.earchive.detect.Detection;
import org.earchive.detect.PdfSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * PREMIS 3.0 for one conversion: an intellectual entity, the source file and the PDF/A file (SHA-256 fixity,
 * size, PRONOM format, original name, creating application), the events (message digest calculation, format
 * identification, normalization from source to outcome, validation, metadata extraction) and the software
 * agents with their versions. Identifiers are UUIDs derived from the source's content, so converting the same
 * file again gives the same identifiers. A signed source carries its signatures' information and a "digital
 * signature validation" event for each, with the verdict it had when it arrived. What was done to the content
 * besides converting it (OCR, a straightened image stored, an old text layer removed) follows the normalization
 * as events of its own ({@link ProcessingEvents}), with the outside program that did it as an agent. An e-mail's attachment and the message are linked entity to entity by
 * structural relationships ("is Part of", "has Part"); the attachment also records its unpacking. So does a file
 * taken out of an archive or a message out of a mailbox, linked to the container's entity the same way.
 */
final class PremisWriter {

    static final String PREMIS = "http://www.loc.gov/premis/v3";
    /** LoC relationshipSubType terms for a structural relationship between an attachment and its message. */
    static final String IS_PART_OF = "is Part of";
    static final String HAS_PART = "has Part";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String UUID_TYPE = "UUID";
    private static final String TIMESTAMP = "yyyy-MM-dd'T'HH:mm:ssXXX";

    private record Agent(String id, String name, String version, String role) {
    }

    Document write(PreservationRecord record) {
        Document document = XmlDocuments.newDocument();
        Element premis = document.createElementNS(PREMIS, "premis:premis");
        premis.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        premis.setAttribute("version", "3.0");
        document.appendChild(premis);

        String seed = record.source().sha256();
        String entityId = id(seed, "entity");
        String sourceId = id(seed, "source");
        String pdfId = id(seed, "pdf:" + record.pdf().sha256());

        Agent earchive = new Agent(id(record.producer(), "agent"), "earchive", version(record.producer()), "executing program");
        Agent tika = engine(record, "Tika");
        Agent droid = engine(record, "DROID");
        Agent pdfbox = engine(record, "PDFBox");
        Agent verapdf = engine(record, "veraPDF");

        entity(premis, entityId, sourceId, pdfId, record);
        file(premis, sourceId, record.source(), null, record.signatures());
        file(premis, pdfId, record.pdf(), sourceId, List.of());

        String time = record.eventTime().format(DateTimeFormatter.ofPattern(TIMESTAMP));
        if (record.relations().partOf() != null) {
            // the attachment's bytes were taken out of the message: the first thing that happened to them
            DocumentRelations relations = record.relations();
            boolean attachment = relations.whole() == DocumentRelations.Whole.MESSAGE;
            String detail = switch (relations.whole()) {
                case MESSAGE -> "attachment taken out of the e-mail ";
                case ARCHIVE -> "file taken out of the archive ";
                case MAILBOX -> "message taken out of the mailbox ";
            };
            // Tika's mail parsers hand over an attachment; earchive itself (Commons Compress) unpacks an archive
            event(premis, id(seed, "unpack"), "unpacking", time, detail + relations.partOf().source(), "success",
                    record.source().name(), List.of(attachment ? tika : earchive), List.of(new Link(sourceId, "outcome")));
        }
        event(premis, id(seed, "digest-source"), "message digest calculation", time, "SHA-256 of the source file",
                "success", record.source().sha256(), List.of(earchive), List.of(new Link(sourceId, "source")));
        event(premis, id(seed, "identify"), "format identification", time, "media type and PRONOM identifier",
                "success", record.source().detection().formatName() + formatKey(record.source()),
                List.of(tika, droid), List.of(new Link(sourceId, "source")));
        for (int i = 0; i < record.signatures().size(); i++) {
            PremisSignatures.Validation validation = PremisSignatures.validation(record.signatures().get(i));
            event(premis, id(seed, "signature-" + i), PremisSignatures.EVENT_TYPE, time, validation.detail(),
                    validation.outcome(), validation.note(), List.of(earchive), List.of(new Link(sourceId, "source")));
        }
        if (record.legacyText() != null) {
            // the text was re-encoded before layout: what a reader of the PDF/A searches is not the source's bytes
            event(premis, id(seed, "legacy-encoding"), "migration", time, "character encoding "
                    + record.legacyText().encoding() + " -> Unicode", "success", record.legacyText().evidence(),
                    List.of(earchive), List.of(new Link(sourceId, "source"), new Link(pdfId, "outcome")));
        }
        event(premis, id(seed, "normalize"), "normalization", time, "converted to " + record.pdfaLevel(),
                "success", record.pdf().name(), List.of(earchive, pdfbox),
                List.of(new Link(sourceId, "source"), new Link(pdfId, "outcome")));
        List<Agent> helpers = new java.util.ArrayList<>();
        for (PreservationRecord.Processing step : record.processing()) {
            if (ProcessingEvents.VALIDATION.equals(step.type())) {
                continue; // a check of the PDF, told beside veraPDF's PDF/A verdict below
            }
            List<Agent> agents = new java.util.ArrayList<>(List.of(earchive));
            if (step.software() != null) {
                Agent helper = software(step.software());
                agents.add(helper);
                if (!helpers.contains(helper)) {
                    helpers.add(helper);
                }
            }
            event(premis, id(seed, "processing-" + step.key()), step.type(), time, step.detail(), "success",
                    step.note(), agents, List.of(new Link(sourceId, "source"), new Link(pdfId, "outcome")));
        }
        event(premis, id(seed, "validate"), "validation", time, "veraPDF, " + record.validationProfile(),
                record.compliant() ? "pass" : "fail", record.compliant() ? "compliant with " + record.pdfaLevel()
                        : "not compliant", List.of(verapdf), List.of(new Link(pdfId, "outcome")));
        for (PreservationRecord.Processing check : record.processing()) {
            if (ProcessingEvents.VALIDATION.equals(check.type())) {
                event(premis, id(seed, "processing-" + check.key()), check.type(), time, check.detail(), "pass",
                        check.note(), List.of(verapdf), List.of(new Link(pdfId, "outcome")));
            }
        }
        event(premis, id(seed, "digest-pdf"), "message digest calculation", time, "SHA-256 of the PDF/A file",
                "success", record.pdf().sha256(), List.of(earchive), List.of(new Link(pdfId, "outcome")));
        event(premis, id(seed, "extract"), "metadata extraction", time, "descriptive metadata read from the text",
                "success", record.fieldsExtracted() + " field(s) read from the text", List.of(earchive),
                List.of(new Link(pdfId, "source")));

        List<Agent> agents = new java.util.ArrayList<>(List.of(earchive, tika, droid, pdfbox, verapdf));
        agents.addAll(helpers);
        for (Agent agent : agents) {
            agent(premis, agent);
        }
        return document;
    }

    /**
     * PREMIS for a container that was unpacked rather than converted (an archive, a mailbox): its intellectual
     * entity with a "has Part" to each member's entity (the ids each member's own record uses for its "is Part of"),
     * the container file with its fixity and format, and the events: its digest, its identification, and its
     * unpacking, whose outcome says how many members were taken out.
     *
     * @param unpacked the unpacking's outcome note ("3 file(s) taken out")
     * @param complete false when earchive stopped before the container's end (a limit)
     */
    Document writeContainer(PreservationRecord.FileFacts container, DocumentRelations relations, String unpacked,
                            boolean complete, java.time.OffsetDateTime when, String producer,
                            java.util.Map<String, String> engines) {
        Document document = XmlDocuments.newDocument();
        Element premis = document.createElementNS(PREMIS, "premis:premis");
        premis.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        premis.setAttribute("version", "3.0");
        document.appendChild(premis);
        String seed = container.sha256();
        String entityId = id(seed, "entity");
        String sourceId = id(seed, "source");
        Agent earchive = new Agent(id(producer, "agent"), "earchive", version(producer), "executing program");
        String tikaVersion = engines.getOrDefault("Tika", "unknown");
        Agent tika = new Agent(id("Tika " + tikaVersion, "agent"), "Tika", tikaVersion, "software");
        String droidVersion = engines.getOrDefault("DROID", "unknown");
        Agent droid = new Agent(id("DROID " + droidVersion, "agent"), "DROID", droidVersion, "software");

        Element object = add(premis, "object", null);
        object.setAttributeNS(XSI, "xsi:type", "premis:intellectualEntity");
        identifier(object, "objectIdentifier", entityId);
        add(object, "originalName", container.name());
        structural(object, "is represented by", sourceId);
        if (relations.partOf() != null) {
            structural(object, IS_PART_OF, id(relations.partOf().sha256(), "entity"));
        }
        for (DocumentRelations.Related part : relations.parts()) {
            structural(object, HAS_PART, id(part.sha256(), "entity"));
        }
        file(premis, sourceId, container, null, List.of());

        String time = when.format(DateTimeFormatter.ofPattern(TIMESTAMP));
        event(premis, id(seed, "digest-source"), "message digest calculation", time, "SHA-256 of the source file",
                "success", container.sha256(), List.of(earchive), List.of(new Link(sourceId, "source")));
        event(premis, id(seed, "identify"), "format identification", time, "media type and PRONOM identifier",
                "success", container.detection().formatName() + formatKey(container), List.of(tika, droid),
                List.of(new Link(sourceId, "source")));
        event(premis, id(seed, "unpack-members"), "unpacking", time, "members taken out, each converted as a document"
                + " of its own; the container kept as it is", complete ? "success" : "partial", unpacked,
                List.of(earchive), List.of(new Link(sourceId, "source")));
        agent(premis, earchive);
        agent(premis, tika);
        agent(premis, droid);
        return document;
    }

    private Agent engine(PreservationRecord record, String name) {
        String version = record.engines().getOrDefault(name, "unknown");
        return new Agent(id(name + " " + version, "agent"), name, version, "software");
    }

    /** An outside program named with its version, "tesseract 5.3.0": the name capitalised as its makers write it. */
    private Agent software(String nameAndVersion) {
        int space = nameAndVersion.lastIndexOf(' ');
        String name = space < 0 ? nameAndVersion : nameAndVersion.substring(0, space);
        String version = space < 0 ? "unknown" : nameAndVersion.substring(space + 1);
        name = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new Agent(id(name + " " + version, "agent"), name, version, "software");
    }

    private static String version(String producer) {
        int space = producer.lastIndexOf(' ');
        return space < 0 ? "unknown" : producer.substring(space + 1);
    }

    private static String formatKey(PreservationRecord.FileFacts file) {
        return file.detection().puid() == null ? "" : " (" + file.detection().puid() + ")";
    }

    private void entity(Element premis, String entityId, String sourceId, String pdfId, PreservationRecord record) {
        Element object = add(premis, "object", null);
        object.setAttributeNS(XSI, "xsi:type", "premis:intellectualEntity");
        identifier(object, "objectIdentifier", entityId);
        add(object, "originalName", record.source().name());
        for (String part : List.of(sourceId, pdfId)) {
            structural(object, "is represented by", part);
        }
        DocumentRelations relations = record.relations();
        if (relations.partOf() != null) {
            structural(object, IS_PART_OF, id(relations.partOf().sha256(), "entity"));
        }
        for (DocumentRelations.Related part : relations.parts()) {
            structural(object, HAS_PART, id(part.sha256(), "entity"));
        }
    }

    private void structural(Element object, String subType, String relatedId) {
        Element relationship = add(object, "relationship", null);
        add(relationship, "relationshipType", "structural");
        add(relationship, "relationshipSubType", subType);
        identifier(relationship, "relatedObjectIdentifier", relatedId);
    }

    private void file(Element premis, String id, PreservationRecord.FileFacts file, String derivedFrom,
                      List<PdfSignature> signatures) {
        Element object = add(premis, "object", null);
        object.setAttributeNS(XSI, "xsi:type", "premis:file");
        identifier(object, "objectIdentifier", id);
        Element characteristics = add(object, "objectCharacteristics", null);
        add(characteristics, "compositionLevel", "0");
        Element fixity = add(characteristics, "fixity", null);
        add(fixity, "messageDigestAlgorithm", "SHA-256");
        add(fixity, "messageDigest", file.sha256());
        add(fixity, "messageDigestOriginator", "earchive");
        add(characteristics, "size", Long.toString(file.size()));
        Element format = add(characteristics, "format", null);
        Element designation = add(format, "formatDesignation", null);
        // PREMIS keeps the name and the version apart (as PRONOM does), so a registry can match on either
        Detection detection = file.detection();
        add(designation, "formatName", detection.format());
        if (!java.util.Objects.equals(detection.formatName(), detection.format())) { // a version the name does not say
            add(designation, "formatVersion", detection.formatVersion());
        }
        if (file.detection().puid() != null) {
            Element registry = add(format, "formatRegistry", null);
            add(registry, "formatRegistryName", "PRONOM");
            add(registry, "formatRegistryKey", file.detection().puid());
            add(registry, "formatRegistryRole", "specification");
        }
        add(format, "formatNote", file.detection().mime());
        if (file.creatingApplication() != null || file.created() != null) {
            Element application = add(characteristics, "creatingApplication", null);
            if (file.creatingApplication() != null) {
                add(application, "creatingApplicationName", file.creatingApplication());
            }
            if (file.created() != null) {
                add(application, "dateCreatedByApplication", file.created());
            }
        }
        add(object, "originalName", file.name());
        for (PdfSignature signature : signatures) {
            PremisSignatures.information(object, signature);
        }
        if (derivedFrom != null) {
            Element relationship = add(object, "relationship", null);
            add(relationship, "relationshipType", "derivation");
            add(relationship, "relationshipSubType", "has source");
            identifier(relationship, "relatedObjectIdentifier", derivedFrom);
        }
    }

    private record Link(String objectId, String role) {
    }

    private void event(Element premis, String id, String type, String time, String detail, String outcome,
                       String outcomeDetail, List<Agent> agents, List<Link> objects) {
        Element event = add(premis, "event", null);
        identifier(event, "eventIdentifier", id);
        add(event, "eventType", type);
        add(event, "eventDateTime", time);
        Element detailInformation = add(event, "eventDetailInformation", null);
        add(detailInformation, "eventDetail", detail);
        Element outcomeInformation = add(event, "eventOutcomeInformation", null);
        add(outcomeInformation, "eventOutcome", outcome);
        Element outcomeDetailElement = add(outcomeInformation, "eventOutcomeDetail", null);
        add(outcomeDetailElement, "eventOutcomeDetailNote", outcomeDetail);
        for (Agent agent : agents) {
            Element link = add(event, "linkingAgentIdentifier", null);
            add(link, "linkingAgentIdentifierType", UUID_TYPE);
            add(link, "linkingAgentIdentifierValue", agent.id());
            add(link, "linkingAgentRole", agent.role());
        }
        for (Link object : objects) {
            Element link = add(event, "linkingObjectIdentifier", null);
            add(link, "linkingObjectIdentifierType", UUID_TYPE);
            add(link, "linkingObjectIdentifierValue", object.objectId());
            add(link, "linkingObjectRole", object.role());
        }
    }

    private void agent(Element premis, Agent agent) {
        Element element = add(premis, "agent", null);
        identifier(element, "agentIdentifier", agent.id());
        add(element, "agentName", agent.name());
        add(element, "agentType", "software");
        add(element, "agentVersion", agent.version());
    }

    /** objectIdentifier/eventIdentifier/agentIdentifier, with their Type and Value children. */
    private void identifier(Element parent, String name, String value) {
        Element identifier = add(parent, name, null);
        add(identifier, name + "Type", UUID_TYPE);
        add(identifier, name + "Value", value);
    }

    private static Element add(Element parent, String name, String text) {
        return XmlDocuments.add(parent, PREMIS, "premis:" + name, text);
    }

    /** A name-based UUID, prefixed so that it is also a valid XML NCName where one is needed. */
    static String id(String seed, String role) {
        return "uuid-" + UUID.nameUUIDFromBytes((seed + '\n' + role).getBytes(StandardCharsets.UTF_8));
    }
}
