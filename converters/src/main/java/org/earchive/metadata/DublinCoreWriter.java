package org.earchive.metadata;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Dublin Core 1.1 under a {@code <simpledc>} root: title = trích yếu, creator = cơ quan ban hành,
 * contributor = người ký, date = ngày ban hành (ISO 8601), type = tên loại, identifier = số/ký hiệu,
 * language = ISO 639-1, rights = chế độ sử dụng, source = the original file; dcterms:isPartOf / hasPart link an
 * e-mail's attachments and the message. Only what is known is written.
 */
final class DublinCoreWriter {

    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";

    Document write(DocumentMetadata metadata, String sourceName) {
        return write(metadata, sourceName, DocumentRelations.NONE);
    }

    /** @param relations written as dcterms:isPartOf and dcterms:hasPart, naming the related sources as reports do */
    Document write(DocumentMetadata metadata, String sourceName, DocumentRelations relations) {
        Document document = XmlDocuments.newDocument();
        Element root = document.createElementNS(null, "simpledc");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:dc", DC);
        if (!relations.isEmpty()) {
            root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:dcterms", DCTERMS);
        }
        document.appendChild(root);
        add(root, "title", metadata.get(MetadataField.SUBJECT).or(() -> metadata.get(MetadataField.SOURCE_TITLE)).orElse(null));
        add(root, "creator", metadata.get(MetadataField.ORGAN_NAME).or(() -> metadata.get(MetadataField.SOURCE_CREATOR)).orElse(null));
        add(root, "subject", metadata.valueOrNull(MetadataField.KEYWORD));
        add(root, "description", metadata.valueOrNull(MetadataField.DESCRIPTION));
        add(root, "contributor", metadata.valueOrNull(MetadataField.SIGNER_NAME));
        add(root, "date", metadata.valueOrNull(MetadataField.ISSUED_DATE));
        add(root, "type", typeName(metadata));
        add(root, "format", "application/pdf");
        add(root, "identifier", metadata.numberAndNotation());
        add(root, "source", sourceName);
        if (relations.partOf() != null) {
            XmlDocuments.add(root, DCTERMS, "dcterms:isPartOf", relations.partOf().source());
        }
        relations.parts().forEach(part -> XmlDocuments.add(root, DCTERMS, "dcterms:hasPart", part.source()));
        add(root, "language", isoLanguage(metadata));
        add(root, "rights", metadata.get(MetadataField.MODE).flatMap(code -> CodeList.named("mode").label(code)).orElse(null));
        return document;
    }

    /** The type as printed ("Nghị định"), else the code's label. */
    private static String typeName(DocumentMetadata metadata) {
        return metadata.get(MetadataField.TYPE_LABEL)
                .or(() -> metadata.get(MetadataField.TYPE_NAME).flatMap(code -> CodeList.named("typeName").label(code)))
                .orElse(null);
    }

    /** ISO 639-1 for a single-language TT 05 code ("01" is "vi"); the label for mixed ones. */
    static String isoLanguage(DocumentMetadata metadata) {
        return metadata.get(MetadataField.LANGUAGE).flatMap(code -> CodeList.named("language").entries().stream()
                .filter(e -> e.code().equals(code)).findFirst()
                .map(e -> e.extra() != null ? e.extra() : e.name())).orElse(null);
    }

    private static void add(Element root, String name, String value) {
        if (value != null && !value.isBlank()) {
            XmlDocuments.add(root, DC, "dc:" + name, value);
        }
    }
}
