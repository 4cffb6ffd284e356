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
        return write(metadata, DocumentRelations.NONE);
    }

    /**
     * @param relations EAD_doc has no element for them; when the description is empty, a short note in it says
     *                  which message an attachment came with, or which attachments a message has
     */
    Document write(DocumentMetadata metadata, DocumentRelations relations) {
        Document document = XmlDocuments.newDocument();
        Element root = document.createElementNS(null, "simpledc");
        document.appendChild(root);
        for (MetadataField field : MetadataField.inGroup(MetadataField.Group.TT05_DOCUMENT)) {
            String value = value(metadata, field);
            if (field == MetadataField.DESCRIPTION && (value == null || value.isBlank())) {
                value = relationNote(relations);
            }
            XmlDocuments.add(root, null, field.element(), value);
        }
        return document;
    }

    /** "Tệp đính kèm của thư điện tử mail/thu.eml." or "Thư điện tử có 2 tệp đính kèm: ...", within 500 characters. */
    static String relationNote(DocumentRelations relations) {
        String note;
        if (relations.partOf() != null) {
            note = switch (relations.whole()) {
                case MESSAGE -> "Tệp đính kèm của thư điện tử " + relations.partOf().source() + ".";
                case ARCHIVE -> "Tệp trong tệp nén " + relations.partOf().source() + ".";
                case MAILBOX -> "Thư trong hộp thư " + relations.partOf().source() + ".";
            };
        } else if (!relations.parts().isEmpty()) {
            note = "Thư điện tử có " + relations.parts().size() + " tệp đính kèm: " + String.join("; ",
                    relations.parts().stream().map(part -> part.source().substring(part.source().lastIndexOf('#') + 1))
                            .toList()) + ".";
        } else {
            return null;
        }
        int limit = MetadataField.DESCRIPTION.maxLength();
        if (note.length() <= limit) {
            return note;
        }
        int end = Character.isHighSurrogate(note.charAt(limit - 2)) ? limit - 2 : limit - 1;
        return note.substring(0, end) + "…";
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
