package org.earchive.metadata;

/** Where a document's text came from: what the values read from it may be trusted for. */
public enum TextSource {
    /** Typed: an office file's, a web page's or a born-digital PDF's own text. */
    TYPED,
    /** Recognised by OCR from a scan: letters may be misread. */
    OCR
}
