package org.earchive.packaging;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * The archive's record of one received package, biên bản giao nhận-style: what was received (the package, its
 * SHA-256, who sent it), what was accepted (the AIPs made of it, each document and what became of it) and what was
 * refused and why (every finding, MUST and SHOULD).
 *
 * @param sip          the package's file or folder name as received
 * @param sipSha256    its SHA-256 (of the ZIP; of a folder, over its files' names and SHA-256s, sorted)
 * @param sipBytes     its size
 * @param receivedAt   when the ingest began, {@code YYYY-MM-DDThh:mm:ss+07:00}
 * @param archiveName  the receiving archive
 * @param archiveCode  its code, or ""
 * @param submitter    the submitting organisation the package's METS names, or ""
 * @param sipObjectId  the package's OBJID, or "" when it could not be read
 * @param sipKind      the package's kind as people call it ("TT 05 SIP_hoso (ZIP)")
 * @param outcome      accepted, refused, or already ingested by an earlier run
 * @param reasons      sentences saying why it was refused (empty when accepted)
 * @param aips         the AIPs made of it
 * @param documents    each data file received and what became of it
 * @param findings     everything validation found, MUST and SHOULD
 */
public record IngestReceipt(String sip, String sipSha256, long sipBytes, String receivedAt, String archiveName,
                            String archiveCode, String submitter, String sipObjectId, String sipKind, Outcome outcome,
                            List<String> reasons, List<Aip> aips, List<Line> documents, List<PackageProblem> findings) {

    public enum Outcome {
        ACCEPTED("accepted", "Tiếp nhận"),
        REFUSED("refused", "Từ chối"),
        ALREADY_INGESTED("already-ingested", "Đã tiếp nhận trước đó");

        private final String id;
        private final String vietnamese;

        Outcome(String id, String vietnamese) {
            this.id = id;
            this.vietnamese = vietnamese;
        }

        /** As JSON and XML write it. */
        @JsonValue
        public String id() {
            return id;
        }

        /** As the printed receipt says it. */
        public String vietnamese() {
            return vietnamese;
        }
    }

    /**
     * @param objectId  the AIP's OBJID (its folder's name in the AIP folder)
     * @param profile   "tt05-aip-hoso" or "tt05-aip-tailieu"
     * @param fileCode  the hồ sơ's code, or "" when unknown
     * @param documents documents in it
     * @param review    what a person must still supply or check
     */
    public record Aip(String objectId, String profile, String fileCode, int documents, List<String> review) {
        public Aip {
            review = List.copyOf(review);
        }
    }

    /**
     * @param file   the data file, relative to the package root
     * @param sha256 its SHA-256, or "" when it was not read
     * @param status "accepted" (already PDF/A and verified), "normalised" (converted to PDF/A, the original kept),
     *               "refused"
     * @param detail what was checked or done, one sentence
     */
    public record Line(String file, String sha256, String status, String detail) {
    }

    public IngestReceipt {
        reasons = List.copyOf(reasons);
        aips = List.copyOf(aips);
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
    }

    /** The same receipt, read back by a later run that found the package already ingested. */
    public IngestReceipt again() {
        return new IngestReceipt(sip, sipSha256, sipBytes, receivedAt, archiveName, archiveCode, submitter, sipObjectId,
                sipKind, Outcome.ALREADY_INGESTED, reasons, aips, documents, findings);
    }

    public boolean accepted() {
        return outcome != Outcome.REFUSED;
    }
}
