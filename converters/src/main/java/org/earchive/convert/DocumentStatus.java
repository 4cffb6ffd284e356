package org.earchive.convert;

/** What became of one input document. Per-document outcomes are statuses in the report, never exit codes. */
public enum DocumentStatus {
    /** Converted, and veraPDF confirmed the PDF/A level it claims. */
    CONVERTED(true),
    /**
     * Converted, but veraPDF found the output does not meet its level, or it falls short of a rule the run
     * enforces (Thông tư 05 with {@code --tt05-strict}); kept under a marked name.
     */
    NOT_COMPLIANT(false),
    /** The file has no content. */
    EMPTY_FILE(false),
    /** The content is damaged, truncated, or not what its name says. */
    CORRUPT(false),
    /** A format or a feature of it that earchive does not convert. */
    UNSUPPORTED(false),
    /** The file needs a password to open. */
    ENCRYPTED(false),
    /** The file could not be read (permissions, a broken link, an I/O error). */
    UNREADABLE(false),
    /** Something went wrong inside earchive: a bug to report. */
    FAILED(false);

    private final boolean success;

    DocumentStatus(boolean success) {
        this.success = success;
    }

    public boolean isSuccess() {
        return success;
    }

    /** The lower-case, hyphenated form scripts see in reports: "not-compliant". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
