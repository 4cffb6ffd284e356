package org.earchive.convert.ocr;

import java.io.IOException;
import java.text.Normalizer;

/**
 * Which of the languages asked for a page is read with. A list that starts with Vietnamese and adds others
 * ({@code vie+eng}, the default) is read with {@code vie} alone first, and again with the whole list only when
 * the page turns out not to be Vietnamese.
 *
 * <p>Why: with {@code eng} beside it, Tesseract takes short Vietnamese lines for English and drops their tone
 * marks; {@code vie} alone read the bench's held-out scans at a mean character error rate of 0.0061 against
 * 0.0107 (better on five pages of six, worse on none) and the fixture scans at 0.0017 against 0.0152. But
 * {@code vie} alone reads an English page badly ("baek", "oŸ", "elear" on a scanned book page: 2-8% of
 * characters off against 0.2-0.5% with {@code vie+eng}). What tells the two apart is the script: in Vietnamese
 * text 85-91% of words carry a Vietnamese letter (a tone mark, đ, ơ, ư...), and an English page read as
 * Vietnamese has 1.5-5% such words; a page under a quarter is read again with the whole list.
 */
final class VietnameseFirst {

    static final String VIETNAMESE = "vie";
    /** The share of words with a Vietnamese letter under which a page is taken for another language. */
    static final double MIN_VIETNAMESE_WORDS = 0.25;

    /** One recognition of the page with a Tesseract language list. */
    interface Recognition {
        OcrPage read(String languages) throws IOException, ExternalProcess.TimedOut, InterruptedException, OcrException;
    }

    private VietnameseFirst() {
    }

    static OcrPage read(String languages, Recognition recognition)
            throws IOException, ExternalProcess.TimedOut, InterruptedException, OcrException {
        if (!languages.startsWith(VIETNAMESE + "+")) {
            return recognition.read(languages);
        }
        OcrPage vietnamese = recognition.read(VIETNAMESE);
        return looksVietnamese(vietnamese) ? vietnamese : recognition.read(languages);
    }

    /** True when a quarter or more of the words of two letters or more hold a letter outside ASCII; or no words. */
    static boolean looksVietnamese(OcrPage page) {
        int words = 0;
        int vietnamese = 0;
        for (OcrPage.Line line : page.lines()) {
            for (OcrPage.Word word : line.words()) {
                String text = Normalizer.normalize(word.text(), Normalizer.Form.NFC);
                if (text.codePoints().filter(Character::isLetter).count() < 2) {
                    continue;
                }
                words++;
                if (text.codePoints().anyMatch(cp -> Character.isLetter(cp) && cp > 0x7F)) {
                    vietnamese++;
                }
            }
        }
        return words == 0 || vietnamese >= MIN_VIETNAMESE_WORDS * words;
    }
}
