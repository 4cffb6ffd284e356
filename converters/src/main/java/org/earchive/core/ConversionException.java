package org.earchive.core;

/** A document that cannot be converted, with the status it gets and one sentence a records clerk understands. */
public final class ConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final DocumentStatus status;

    public ConversionException(DocumentStatus status, String sentence) {
        this(status, sentence, null);
    }

    public ConversionException(DocumentStatus status, String sentence, Throwable cause) {
        super(sentence, cause);
        this.status = status;
    }

    public DocumentStatus status() {
        return status;
    }

    /** The sentence for the report. */
    public String sentence() {
        return getMessage();
    }
}
