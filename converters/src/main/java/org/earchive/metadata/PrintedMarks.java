package org.earchive.metadata;

import java.util.regex.Pattern;

/**
 * The punctuation a trích yếu or an organ's name is printed with, so that a mark OCR put there which no clerk
 * prints is seen as a misreading. A subject is one phrase naming what the document is about: its items are parted
 * by commas ("công tác văn thư, lưu trữ"), ranges and paired names by dashes ("giai đoạn 2025 - 2030", "Văn thư -
 * Lưu trữ"), a citation by slashes ("số 30/2020/NĐ-CP"), a name by quotes or brackets; it is not a sentence, so it
 * carries no semicolon, no colon past "V/v:", no full stop between its words and none at its end. An organ's name
 * carries fewer still. Tesseract reads a comma dirtied by noise as a semicolon with every word around it sure
 * ("văn thư; lưu trữ"), so the words' confidences cannot catch it: the mark itself does.
 */
final class PrintedMarks {

    /** Marks printed in subjects and names besides letters, digits and spaces. */
    private static final String PRINTED = ",-\u2013\u2014/()\"\u201C\u201D%&+.";
    /** "V/v:" opens a công văn's subject: the one place a colon is printed. */
    private static final Pattern VV_COLON = Pattern.compile("^V\\s?/\\s?v\\s?:", Pattern.CASE_INSENSITIVE);
    /** A full stop ending a sentence ("văn thư. lưu trữ"), or the value: a comma misread, or a speck. */
    private static final Pattern FULL_STOP = Pattern.compile("\\.(?:\\s+\\p{Ll}|\\s*$)");

    private PrintedMarks() {
    }

    /** Whether the value holds a mark no subject or organ's name is printed with. */
    static boolean unprinted(String value) {
        String text = VV_COLON.matcher(value.strip()).replaceFirst("V/v");
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.NON_SPACING_MARK && PRINTED.indexOf(c) < 0) {
                return true;
            }
        }
        return FULL_STOP.matcher(text).find() || unbalanced(text) || stopAfterWord(text);
    }

    /** A full stop after a word, then a capital: "CỤC CẢNH SÁT. QUẢN LÝ" (a speck), not "TP. HỒ CHÍ MINH". */
    private static final Pattern STOP_THEN_CAPITAL = Pattern.compile("(\\p{L}+)\\.\\s+\\p{Lu}");

    /**
     * Whether a full stop stands after a whole word and before a capital: names and subjects abbreviate with one
     * ("TP. Hồ Chí Minh", "TX. Nghi Sơn": no vowel, or a lone letter), never after a word Vietnamese is spelt with.
     */
    private static boolean stopAfterWord(String text) {
        java.util.regex.Matcher stop = STOP_THEN_CAPITAL.matcher(text);
        while (stop.find()) {
            String word = VietnameseText.fold(stop.group(1)).toLowerCase(java.util.Locale.ROOT);
            if (word.length() > 1 && OcrTokens.isSyllable(word)) {
                return true;
            }
        }
        return false;
    }

    /** A bracket opened and not closed, or closed and never opened: "... 2026 - 2030)" is a speck or a cut. */
    private static boolean unbalanced(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth < 0) {
                return true;
            }
        }
        return depth != 0;
    }
}
