package org.earchive.metadata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every metadata field earchive knows, named as TT 05/2025 names its XML elements (and, where one existed,
 * the TT 02/2019 name older databases still use). The TT 05 document fields come first, in the order of
 * the SIP {@code EAD_doc} (STANDARDS.md section 4); then the fields that place a document in its file and
 * fonds; then what the text says beyond TT 05 (signer, recipients, ...); then the source file's own
 * properties. Maximum lengths are TT 05's where STANDARDS gives one, otherwise earchive's and marked so.
 */
public enum MetadataField {
    DOC_ID("docId", null, Group.TT05_DOCUMENT, Kind.TEXT, 25),
    DOC_CODE("docCode", "DocCode", Group.TT05_DOCUMENT, Kind.TEXT, 100),
    MAINTENANCE("maintenance", null, Group.TT05_DOCUMENT, Kind.CODE, 2),
    TYPE_NAME("typeName", "TypeName", Group.TT05_DOCUMENT, Kind.CODE, 2),
    CODE_NUMBER("codeNumber", "CodeNumber", Group.TT05_DOCUMENT, Kind.TEXT, 11),
    CODE_NOTATION("codeNotation", "CodeNotation", Group.TT05_DOCUMENT, Kind.TEXT, 30),
    ISSUED_DATE("issuedDate", "IssuedDate", Group.TT05_DOCUMENT, Kind.DATE, 10),
    ORGAN_NAME("organName", "OrganName", Group.TT05_DOCUMENT, Kind.TEXT, 200),
    SUBJECT("subject", "Subject", Group.TT05_DOCUMENT, Kind.TEXT, 500),
    LANGUAGE("language", "Language", Group.TT05_DOCUMENT, Kind.CODE, 2),
    NUMBER_OF_PAGE("numberOfPage", "PageAmount", Group.TT05_DOCUMENT, Kind.INTEGER, 6),
    INFOR_SIGN("inforSign", "InforSign", Group.TT05_DOCUMENT, Kind.TEXT, 30),
    KEYWORD("keyword", "Keyword", Group.TT05_DOCUMENT, Kind.TEXT, 100),
    MODE("mode", "Mode", Group.TT05_DOCUMENT, Kind.CODE, 2),
    CONFIDENCE_LEVEL("confidenceLevel", "ConfidenceLevel", Group.TT05_DOCUMENT, Kind.CODE, 2),
    AUTOGRAPH("autograph", "Autograph", Group.TT05_DOCUMENT, Kind.TEXT, 2000),
    FORMAT("format", "Format", Group.TT05_DOCUMENT, Kind.CODE, 2),
    RISK_RECOVERY("riskRecovery", null, Group.TT05_DOCUMENT, Kind.CODE, 1),
    RISK_RECOVERY_STATUS("riskRecoveryStatus", null, Group.TT05_DOCUMENT, Kind.CODE, 2),
    PROCESS("process", null, Group.TT05_DOCUMENT, Kind.BOOLEAN, 5),
    DESCRIPTION("description", "Description", Group.TT05_DOCUMENT, Kind.TEXT, 500),

    /** Mã hồ sơ. earchive's limit: docCode (at most 100) is the file code plus a dot and 7 digits. */
    FILE_CODE("fileCode", "FileCode", Group.FILING, Kind.TEXT, 92),
    /** Số thứ tự tài liệu trong hồ sơ. */
    DOC_ORDINAL("docOrdinal", "DocOrdinal", Group.FILING, Kind.INTEGER, 7),
    /** Mã cơ quan lưu trữ (TT 02 "Identifier"); earchive's limit. */
    ARCHIVE_CODE("archiveCode", "Identifier", Group.FILING, Kind.TEXT, 13),
    /** Mã phông (TT 02 "OrganId"); earchive's limit. */
    FONDS_CODE("fondsCode", "OrganId", Group.FILING, Kind.TEXT, 13),

    /** The type name as printed ("Nghị định"), which typeName's code list may only know as 32 Khác. */
    TYPE_LABEL("typeLabel", null, Group.FROM_TEXT, Kind.TEXT, 100),
    /** Cơ quan chủ quản: the body above the issuing body in the header. */
    PARENT_ORGAN_NAME("parentOrganName", null, Group.FROM_TEXT, Kind.TEXT, 200),
    /** Địa danh of the date line. */
    PLACE("place", null, Group.FROM_TEXT, Kind.TEXT, 100),
    SIGNER_NAME("signerName", null, Group.FROM_TEXT, Kind.TEXT, 100),
    /** Chức vụ of the signer ("PHÓ CHỦ TỊCH"). */
    SIGNER_TITLE("signerTitle", null, Group.FROM_TEXT, Kind.TEXT, 200),
    /** The authority line above it ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ"). */
    SIGNING_AUTHORITY("signingAuthority", null, Group.FROM_TEXT, Kind.TEXT, 200),
    /** Nơi nhận, one recipient after another separated by "; ". */
    RECIPIENTS("recipients", null, Group.FROM_TEXT, Kind.TEXT, 2000),
    /** Which grammar the number line follows: state, legal-normative or party. */
    GRAMMAR("grammar", null, Group.FROM_TEXT, Kind.TEXT, 20),

    SOURCE_TITLE("sourceTitle", null, Group.SOURCE_PROPERTIES, Kind.TEXT, 1000),
    SOURCE_CREATOR("sourceCreator", null, Group.SOURCE_PROPERTIES, Kind.TEXT, 1000),
    /** When the source says it was created (Office, PDF Info/XMP, EXIF), ISO 8601. */
    SOURCE_CREATED("sourceCreated", null, Group.SOURCE_PROPERTIES, Kind.TEXT, 40),
    SOURCE_APPLICATION("sourceApplication", null, Group.SOURCE_PROPERTIES, Kind.TEXT, 1000);

    /** Where a field belongs. */
    public enum Group {
        /** An element of TT 05's per-document description. */
        TT05_DOCUMENT,
        /** Where the document sits: its file (hồ sơ), fonds and archive. */
        FILING,
        /** Read from the text, not a TT 05 document element. */
        FROM_TEXT,
        /** The source file's own properties; never typed by a clerk. */
        SOURCE_PROPERTIES
    }

    /** How a value is checked. */
    public enum Kind { TEXT, CODE, DATE, INTEGER, BOOLEAN }

    private final String element;
    private final String legacyName;
    private final Group group;
    private final Kind kind;
    private final int maxLength;

    MetadataField(String element, String legacyName, Group group, Kind kind, int maxLength) {
        this.element = element;
        this.legacyName = legacyName;
        this.group = group;
        this.kind = kind;
        this.maxLength = maxLength;
    }

    /** The TT 05 element name (or earchive's name for fields TT 05 lacks): also the CSV column name. */
    public String element() {
        return element;
    }

    /** The TT 02/2019 name, or null. */
    public String legacyName() {
        return legacyName;
    }

    public Group group() {
        return group;
    }

    public Kind kind() {
        return kind;
    }

    public int maxLength() {
        return maxLength;
    }

    /** The code list of a CODE field. */
    public CodeList codeList() {
        if (kind != Kind.CODE) {
            throw new IllegalStateException(element + " has no code list");
        }
        return CodeList.named(element);
    }

    /** Fields a clerk may set in the CSV or the defaults file. */
    public boolean clerkEditable() {
        return group != Group.SOURCE_PROPERTIES && this != GRAMMAR;
    }

    /** By TT 05 element name, or by TT 02 name (exact case, as in their XML; both are also tried ignoring case). */
    public static Optional<MetadataField> byName(String name) {
        String trimmed = name == null ? "" : name.trim();
        for (MetadataField field : values()) {
            if (field.element.equals(trimmed) || trimmed.equals(field.legacyName)) {
                return Optional.of(field);
            }
        }
        for (MetadataField field : values()) {
            if (field.element.equalsIgnoreCase(trimmed) || trimmed.equalsIgnoreCase(field.legacyName)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    public static List<MetadataField> inGroup(Group group) {
        return Arrays.stream(values()).filter(f -> f.group == group).toList();
    }
}
