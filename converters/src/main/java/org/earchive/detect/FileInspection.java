package org.earchive.detect;

import java.util.List;
import org.earchive.core.DocumentStatus;

/**
 * Everything {@code earchive detect} says about one file. Filled in step by step, so that a file that fails
 * half-way still reports what was learnt before (its type, its hash). Absent facts are null.
 */
public final class FileInspection {

    private final String path;
    private Long size;
    private String sha256;
    private Detection detection;
    private DocumentStatus failure;
    private String message;
    private DocumentClass documentClass;
    private Integer pages;
    private List<PageEvidence> pageEvidence = List.of();
    private PdfEncryption encryption;
    private PdfFacts pdf;
    private String encoding;
    private String language;
    private String legacyEncoding;
    private String legacyEvidence;
    private Integer imageDpi;
    private String nameWarning;
    private boolean container;
    private Integer members;
    private String membersStoppedBy;
    private long durationMs;

    public FileInspection(String path) {
        this.path = path;
    }

    /** "ok", or the failure status id ("corrupt", "encrypted", ...). */
    public String status() {
        return failure == null ? "ok" : failure.id();
    }

    public boolean isOk() {
        return failure == null;
    }

    public boolean isEncrypted() {
        return encryption != null && encryption != PdfEncryption.NONE;
    }

    public boolean isSigned() {
        return pdf != null && !pdf.signatures().isEmpty();
    }

    public String path() { return path; }
    public Long size() { return size; }
    public String sha256() { return sha256; }
    public Detection detection() { return detection; }
    public DocumentStatus failure() { return failure; }
    /** One sentence for a person: why the status is what it is; null when all is well. */
    public String message() { return message; }
    public DocumentClass documentClass() { return documentClass; }
    public Integer pages() { return pages; }
    public List<PageEvidence> pageEvidence() { return pageEvidence; }
    public PdfEncryption encryption() { return encryption; }
    /** PDF specifics (version, PDF/A claim, signatures, active content), for PDFs that opened. */
    public PdfFacts pdf() { return pdf; }
    public String encoding() { return encoding; }
    public String language() { return language; }
    /** "tcvn3", "vni" or "viscii" when the text was typed in a pre-Unicode Vietnamese code; else null. */
    public String legacyEncoding() { return legacyEncoding; }
    /** Why {@link #legacyEncoding()} says so (font names, character statistics), or why it is unsure. */
    public String legacyEvidence() { return legacyEvidence; }
    public Integer imageDpi() { return imageDpi; }
    /** A sentence when the file's extension promises another format than its content, else null. */
    public String nameWarning() { return nameWarning; }
    public long durationMs() { return durationMs; }
    /** True for an archive or a mailbox, whose members convert takes out and converts one by one. */
    public boolean isContainer() { return container; }
    /** How many members were found inside the container, or null when it was not opened. */
    public Integer members() { return members; }
    /** Why the look inside the container stopped before its end (a limit reached), or null. */
    public String membersStoppedBy() { return membersStoppedBy; }

    /** The container's members counted, as the layer that opens containers found them. */
    public FileInspection members(int count, String stoppedBy) {
        this.members = count;
        this.membersStoppedBy = stoppedBy;
        return this;
    }

    /** A container that could not be opened (damaged, protected, a bomb): its status and sentence. */
    public FileInspection notOpened(DocumentStatus status, String sentence) {
        return failed(status, sentence);
    }

    /** A member a container holds but that was not taken out (a link, a protected or oversized member). */
    public static FileInspection memberLeftInside(String path, DocumentStatus status, String sentence) {
        return new FileInspection(path).failed(status, sentence);
    }

    FileInspection size(long bytes) { this.size = bytes; return this; }
    FileInspection sha256(String hash) { this.sha256 = hash; return this; }
    FileInspection detection(Detection found) { this.detection = found; return this; }
    FileInspection failed(DocumentStatus status, String sentence) { this.failure = status; this.message = sentence; return this; }
    FileInspection documentClass(DocumentClass value) { this.documentClass = value; return this; }
    FileInspection pages(Integer count) { this.pages = count; return this; }
    FileInspection pageEvidence(List<PageEvidence> evidence) { this.pageEvidence = List.copyOf(evidence); return this; }
    FileInspection encryption(PdfEncryption value) { this.encryption = value; return this; }
    FileInspection encoding(String value) { this.encoding = value; return this; }
    FileInspection language(String value) { this.language = value; return this; }
    FileInspection legacy(String encoding, String evidence) { this.legacyEncoding = encoding; this.legacyEvidence = evidence; return this; }
    FileInspection imageDpi(Integer value) { this.imageDpi = value; return this; }
    FileInspection nameWarning(String sentence) { this.nameWarning = sentence; return this; }
    FileInspection container() { this.container = true; return this; }
    FileInspection durationMs(long value) { this.durationMs = value; return this; }

    FileInspection pdf(PdfFacts facts) {
        this.pdf = facts;
        this.encryption = facts.encryption();
        this.pages = facts.pages().size();
        this.pageEvidence = facts.pages();
        this.documentClass = facts.documentClass();
        return this;
    }
}
