package org.earchive.metadata;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The marks of urgency and secrecy NĐ 30/2020 prints in a box under the number line and trích yếu (Phụ lục I, ô 10a
 * and 10b): "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"; "MẬT", "TỐI MẬT", "TUYỆT MẬT". Printed after a công văn's V/v, such a
 * line is the next thing on the page, so the V/v ends whole above it, where capitals under it are more often the
 * received stamp's, over the V/v's end. Compared without marks ("HÓA TỐC" as OCR reads "HỎA TỐC") and without the
 * box's strokes OCR may give ("| KHẨN |"); "THƯỢNG" and "KHẨN" may be read as lines of their own.
 */
final class HandlingMarks {

    private static final Pattern MARK = Pattern.compile(
            "^[^\\p{L}\\d]*(?:thuong khan|khan|hoa toc|toi mat|tuyet mat|mat)[^\\p{L}\\d]*$");
    private static final Pattern FIRST_WORD_ALONE = Pattern.compile("^[^\\p{L}\\d]*thuong[^\\p{L}\\d]*$");

    private HandlingMarks() {
    }

    /**
     * Whether a line in capitals is such a mark, or "THƯỢNG" above a "KHẨN" line.
     *
     * @param text the line as read
     * @param nextText the line after it, or null
     */
    static boolean isMark(String text, String nextText) {
        if (!VietnameseText.isUpperCase(text)) {
            return false;
        }
        String folded = comparable(text);
        return MARK.matcher(folded).matches() || FIRST_WORD_ALONE.matcher(folded).matches() && nextText != null
                && VietnameseText.isUpperCase(nextText) && comparable(nextText).replaceAll("[^\\p{L}]", "").equals("khan");
    }

    private static String comparable(String text) {
        return VietnameseText.fold(VietnameseText.nfc(text)).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
