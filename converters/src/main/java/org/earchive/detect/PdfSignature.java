package org.earchive.detect;

/**
 * A digital signature found in a PDF.
 *
 * @param signer           the signer's name from the signature dictionary or its certificate, or null
 * @param signedAt         the signing time the signature states (ISO 8601), or null
 * @param subFilter        the signature format, e.g. "adbe.pkcs7.detached", "ETSI.CAdES.detached"
 * @param coversWholeFile  true when the signed byte range reaches the end of the file: nothing was added
 *                         after signing. False for earlier signatures of a file signed several times.
 * @param check            what verifying it found (integrity, certificate, chain, timestamp, revocation)
 */
public record PdfSignature(String signer, String signedAt, String subFilter, boolean coversWholeFile,
                           SignatureCheck check) {
}
