package org.earchive.convert.ocr;

import java.util.List;
import org.earchive.core.OcrWords;

/**
 * The outcome of OCR for one page.
 *
 * @param text      what Tesseract read, in the coordinates of the upright (and, with {@code deskew},
 *                  straightened) image; null when OCR failed
 * @param clockwise how far the page is turned (clockwise) to stand upright: its PDF {@code /Rotate}
 * @param deskew    how the image was straightened before it was read, to carry the words back onto the page
 *                  as scanned; null when it was read as it is
 * @param problem   why the page is not searchable, as a sentence for the report; null when it is
 */
public record RecognisedPage(OcrPage text, int clockwise, Deskew deskew, String problem) {

    public RecognisedPage(OcrPage text, int clockwise, String problem) {
        this(text, clockwise, null, problem);
    }

    static RecognisedPage failed(String problem) {
        return new RecognisedPage(null, 0, null, problem);
    }

    /** The words read, in reading order, with Tesseract's confidence in each; none when OCR failed. */
    public List<OcrWords.Word> words() {
        if (text == null) {
            return List.of();
        }
        return text.lines().stream().flatMap(line -> line.words().stream())
                .map(word -> new OcrWords.Word(word.text(), word.confidence())).toList();
    }

    public boolean searchable() {
        return text != null;
    }

    /** How far the page's lines were found turned, in degrees clockwise; 0 when it was read as it is. */
    public double skewDegrees() {
        return deskew == null ? 0 : deskew.degrees();
    }
}
