package org.earchive.packaging;

import java.util.List;
import java.util.Map;
import org.earchive.metadata.FileField;

/**
 * What one TT 05 package holds: a hồ sơ (or, for the tài liệu profiles, a set of documents) with its documents
 * numbered, and the hồ sơ description with where each value came from.
 *
 * @param fileCode    the mã hồ sơ, or null when nobody stated it (the package then needs review)
 * @param documents   the documents in ordinal order
 * @param description the hồ sơ elements known, ISO dates; empty for the tài liệu profiles
 * @param derived     the elements earchive filled from the documents rather than from the clerk
 * @param review      sentences naming what a person must still supply or check
 */
public record Hoso(String fileCode, List<Numbered> documents, Map<FileField, String> description, List<FileField> derived,
            List<String> review) {

    /** A document and its ordinal in the hồ sơ (số thứ tự tài liệu). */
    public record Numbered(Tt05Document document, int ordinal, String fileCode) {

        /** {@code <fileCode>.<n>} as TT 05 Điều 8 names files, or the convert name when the code is unknown. */
        public String name() {
            if (fileCode != null) {
                return fileCode + "." + ordinal;
            }
            String pdf = document.pdf();
            return pdf.substring(0, pdf.length() - ".pdf".length()).replace('/', '_');
        }

        /** docCode: the hồ sơ code and the ordinal in 7 digits, or what the document said when the code is unknown. */
        public String docCode() {
            return fileCode != null ? fileCode + "." + String.format("%07d", ordinal) : document.element("docCode");
        }
    }

    public Hoso {
        documents = List.copyOf(documents);
        description = Map.copyOf(description);
        derived = List.copyOf(derived);
        review = List.copyOf(review);
    }
}
