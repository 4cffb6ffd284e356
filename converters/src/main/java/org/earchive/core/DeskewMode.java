package org.earchive.core;

/** What is done about a page scanned askew. */
public enum DeskewMode {
    /** Read as it is: Tesseract follows lines that slope a little, and breaks those that slope more. */
    OFF,
    /**
     * Read from a straightened copy, the words carried back over the askew lines of the page as scanned, whose
     * image is archived byte for byte (the default: the record stays what the scanner wrote).
     */
    OCR,
    /** The straightened image is what the PDF stores, and the report says so for each page turned. */
    IMAGE
}
