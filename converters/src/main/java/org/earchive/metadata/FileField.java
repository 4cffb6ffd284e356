package org.earchive.metadata;

import java.util.List;

/**
 * The TT 05/2025 description of a file (hồ sơ), the package-level {@code EAD.xml}: its 18 elements in the
 * SIP order of STANDARDS.md section 4 (the AIP names {@code fileCode} {@code arcFileCode}). Where an element
 * is also a document element its checks are the document element's; the rest are earchive's, and marked so.
 */
public enum FileField {
    FILE_CODE("fileCode", MetadataField.FILE_CODE),
    TITLE("title", null),
    MAINTENANCE("maintenance", MetadataField.MAINTENANCE),
    MODE("mode", MetadataField.MODE),
    LANGUAGE("language", MetadataField.LANGUAGE),
    START_DATE("startDate", MetadataField.ISSUED_DATE),
    END_DATE("endDate", MetadataField.ISSUED_DATE),
    KEYWORD("keyword", MetadataField.KEYWORD),
    TOTAL_DOC("totalDoc", MetadataField.NUMBER_OF_PAGE),
    NUMBER_OF_PAPER("numberOfPaper", MetadataField.NUMBER_OF_PAGE),
    NUMBER_OF_PAGE("numberOfPage", MetadataField.NUMBER_OF_PAGE),
    FORMAT("format", MetadataField.FORMAT),
    INFOR_SIGN("inforSign", MetadataField.INFOR_SIGN),
    CONFIDENCE_LEVEL("confidenceLevel", MetadataField.CONFIDENCE_LEVEL),
    /** Required when the file was digitised from paper. */
    PAPER_FILE_CODE("paperFileCode", MetadataField.FILE_CODE),
    RISK_RECOVERY("riskRecovery", MetadataField.RISK_RECOVERY),
    RISK_RECOVERY_STATUS("riskRecoveryStatus", MetadataField.RISK_RECOVERY_STATUS),
    DESCRIPTION("description", MetadataField.DESCRIPTION);

    /** earchive's limit for a file's title, which STANDARDS.md does not give. */
    static final int TITLE_MAX = 1000;

    private final String element;
    private final MetadataField checkedAs;

    FileField(String element, MetadataField checkedAs) {
        this.element = element;
        this.checkedAs = checkedAs;
    }

    public String element() {
        return element;
    }

    /** The element name in the AIP variant. */
    public String aipElement() {
        return this == FILE_CODE ? "arcFileCode" : element;
    }

    /** Checks a value as its document-level twin is checked (codes, dates, counts, lengths). */
    public FieldCheck check(String value) {
        if (checkedAs == null) {
            String text = VietnameseText.nfc(value).strip();
            return text.length() <= TITLE_MAX ? new FieldCheck(text, null)
                    : new FieldCheck(null, "is " + text.length() + " characters long; earchive allows at most " + TITLE_MAX);
        }
        return FieldCheck.of(checkedAs, value);
    }

    public static List<FileField> inOrder() {
        return List.of(values());
    }
}
