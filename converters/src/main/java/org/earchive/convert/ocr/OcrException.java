package org.earchive.convert.ocr;

/** OCR of one page failed; the page stays image-only and the report says why. */
final class OcrException extends Exception {

    private static final long serialVersionUID = 1L;

    OcrException(String sentence) {
        super(sentence);
    }
}
