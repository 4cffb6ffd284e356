package org.earchive.metadata;

/**
 * One field's value, with how sure earchive is of it and where it came from.
 *
 * @param value      NFC text; a date is ISO 8601 (yyyy-MM-dd)
 * @param confidence 0 to 1: 1 for what a clerk or the pipeline states, less for what was read from text
 * @param origin     where the value came from
 * @param evidence   for a value read from text, what its confidence rests on ("OCR text, clean"); else null
 */
public record FieldValue(String value, double confidence, Origin origin, String evidence) {

    public FieldValue(String value, double confidence, Origin origin) {
        this(value, confidence, origin, null);
    }

    /** Where a value came from, lowest precedence first. */
    public enum Origin {
        /** The batch-wide defaults file. */
        DEFAULTS,
        /** The source file's own properties (Office, PDF, EXIF). */
        SOURCE_PROPERTIES,
        /** Read from the document's text. */
        TEXT,
        /** Known from the conversion itself (pages, born-digital or scanned). */
        PIPELINE,
        /** Typed by a clerk in the metadata CSV. */
        CLERK
    }

    public FieldValue {
        value = VietnameseText.nfc(value);
    }
}
