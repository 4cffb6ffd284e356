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

    /**
     * A document, its ordinal in the hồ sơ (số thứ tự tài liệu) and the name its files get in the package:
     * {@code <fileCode>.<n>} as TT 05 Điều 8 names files, or, when the code is unknown, the convert name (its path
     * with {@code /} as {@code _}, made unique within the package).
     */
    public record Numbered(Tt05Document document, int ordinal, String fileCode, String name) {

        /** docCode: the hồ sơ code and the ordinal in 7 digits, or what the document said when the code is unknown. */
        public String docCode() {
            return fileCode != null ? fileCode + "." + String.format("%07d", ordinal) : document.element("docCode");
        }

        /** The name TT 05 gives the document, or its convert name when its hồ sơ code is unknown. */
        static String nameFor(Tt05Document document, int ordinal, String fileCode) {
            if (fileCode != null) {
                return fileCode + "." + ordinal;
            }
            String pdf = document.pdf();
            return pdf.substring(0, pdf.length() - ".pdf".length()).replace('/', '_');
        }
    }

    public Hoso {
        documents = List.copyOf(documents);
        description = Map.copyOf(description);
        derived = List.copyOf(derived);
        review = List.copyOf(review);
    }
}
