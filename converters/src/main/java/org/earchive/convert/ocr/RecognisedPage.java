package org.earchive.convert.ocr;

/**
 * The outcome of OCR for one page.
 *
 * @param text      what Tesseract read, in the coordinates of the upright image; null when OCR failed
 * @param clockwise how far the page is turned (clockwise) to stand upright: its PDF {@code /Rotate}
 * @param problem   why the page is not searchable, as a sentence for the report; null when it is
 */
public record RecognisedPage(OcrPage text, int clockwise, String problem) {

    static RecognisedPage failed(String problem) {
        return new RecognisedPage(null, 0, problem);
    }

    public boolean searchable() {
        return text != null;
    }
}
