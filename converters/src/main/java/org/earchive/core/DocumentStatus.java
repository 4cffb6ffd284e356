package org.earchive.core;

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
    FAILED(false),
    /** Took longer than the per-document time limit; the batch went on without it. */
    TIMEOUT(false),
    /** The file's content changed while it was being converted: the PDF would not match it, so none is kept. */
    INPUT_CHANGED(false),
    /**
     * A container (a ZIP, TAR, 7z or RAR archive, a mailbox): not converted itself, but unpacked, each member
     * converted as a document of its own with a status of its own; the container is kept as it is, its checksum
     * recorded. A member that fails counts on its own row; a container that cannot be opened, or one earchive
     * stopped unpacking at a limit (a bomb), gets that status instead.
     */
    UNPACKED(true),
    /**
     * Not a document: system or temporary clutter (Thumbs.db, ~$ lock files, hidden files), or a link that
     * leads out of the folder being converted. Listed with a note so nothing disappears silently.
     */
    SKIPPED(true);

    private final boolean success;

    DocumentStatus(boolean success) {
        this.success = success;
    }

    /** True when this outcome needs nobody's attention: converted, or deliberately skipped. */
    public boolean isSuccess() {
        return success;
    }

    /** The lower-case, hyphenated form scripts see in reports: "not-compliant". */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
