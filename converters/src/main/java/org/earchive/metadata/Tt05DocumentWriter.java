package org.earchive.metadata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The TT 05/2025 per-document description: root {@code <simpledc>} without a namespace and the 21 SIP
 * elements in TT 05's order, each present, empty when the value is not known (never filled by a guess).
 */
final class Tt05DocumentWriter {

    static final DateTimeFormatter TT05_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    Document write(DocumentMetadata metadata) {
        Document document = XmlDocuments.newDocument();
        Element root = document.createElementNS(null, "simpledc");
        document.appendChild(root);
        for (MetadataField field : MetadataField.inGroup(MetadataField.Group.TT05_DOCUMENT)) {
            XmlDocuments.add(root, null, field.element(), value(metadata, field));
        }
        return document;
    }

    /** The TT 05 elements that have a value, in TT 05's order, as they are written (dates DD/MM/YYYY). */
    static java.util.Map<String, String> knownElements(DocumentMetadata metadata) {
        java.util.Map<String, String> known = new java.util.LinkedHashMap<>();
        for (MetadataField field : MetadataField.inGroup(MetadataField.Group.TT05_DOCUMENT)) {
            String value = value(metadata, field);
            if (value != null) {
                known.put(field.element(), value);
            }
        }
        return known;
    }

    private static String value(DocumentMetadata metadata, MetadataField field) {
        String value = metadata.valueOrNull(field);
        if (value != null && field == MetadataField.ISSUED_DATE) {
            return LocalDate.parse(value).format(TT05_DATE);
        }
        return value;
    }
}
