package org.earchive.detect;

/** The verdict on one signature, from the aspects {@link SignatureCheck} lists. */
public enum SignatureOutcome {
    /** Unchanged since signing, certificate valid then, chain trusted, not known to be revoked. */
    VALID("valid", "The signature is valid."),
    /** The bytes changed, the signature value does not verify, or the certificate was expired or revoked. */
    INVALID("invalid", "The signature is not valid."),
    /** Intact, but its certificate does not lead to any root in the trust store. */
    SIGNER_NOT_TRUSTED("signer-not-trusted", "The document is unchanged since signing, but the signer's certificate"
            + " does not lead to a trusted root."),
    /** Intact; no trust store was given, so who vouches for the signer is open. */
    SIGNER_NOT_CHECKED("signer-not-checked", "The document is unchanged since signing; the signer's certificate"
            + " was not checked against a trust store."),
    /** The signature could not be read or is of a kind earchive does not check. */
    NOT_CHECKED("not-checked", "The signature could not be checked.");

    private final String id;
    private final String sentence;

    SignatureOutcome(String id, String sentence) {
        this.id = id;
        this.sentence = sentence;
    }

    public String id() {
        return id;
    }

    public String sentence() {
        return sentence;
    }
}
