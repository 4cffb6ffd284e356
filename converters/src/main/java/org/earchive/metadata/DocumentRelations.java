package org.earchive.metadata;

import java.util.List;

/**
 * How a document belongs with others: an e-mail's attachment is part of the message, the message has its
 * attachments as parts. Dublin Core writes them as {@code dcterms:isPartOf} / {@code dcterms:hasPart}, PREMIS as
 * structural relationships between the intellectual entities; TT 05's EAD_doc has no element for them.
 *
 * @param partOf the document this one is part of, or null
 * @param parts  the documents that are part of this one (every attachment, whatever became of its conversion:
 *               each is inside the message, byte for byte, in its embedded original)
 * @param whole  what {@code partOf} is: an e-mail this is attached to, an archive or a mailbox this was taken out of
 */
public record DocumentRelations(Related partOf, List<Related> parts, Whole whole) {

    public static final DocumentRelations NONE = new DocumentRelations(null, List.of());

    /** What a document was taken out of. */
    public enum Whole { MESSAGE, ARCHIVE, MAILBOX }

    /** An e-mail's relations: its attachments, or the message it is attached to. */
    public DocumentRelations(Related partOf, List<Related> parts) {
        this(partOf, parts, Whole.MESSAGE);
    }

    /**
     * One related document.
     *
     * @param source its source as the report names it ({@code mail/thu.eml}, {@code mail/thu.eml#bao-cao.docx}),
     *               which is also the {@code dc:source} of its own description
     * @param sha256 its content's SHA-256, from which its PREMIS identifiers derive
     */
    public record Related(String source, String sha256) {
    }

    public DocumentRelations {
        parts = List.copyOf(parts);
        whole = whole == null ? Whole.MESSAGE : whole;
    }

    public static DocumentRelations partOf(Related whole) {
        return new DocumentRelations(whole, List.of());
    }

    public DocumentRelations withParts(List<Related> newParts) {
        return new DocumentRelations(partOf, newParts, whole);
    }

    public boolean isEmpty() {
        return partOf == null && parts.isEmpty();
    }
}
