package org.earchive.metadata;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a trích yếu read by OCR cannot look like, whatever Tesseract's confidence in its words: a phrase that stops on
 * a word which needs another after it ("... tài liệu cho": the line under it was not joined) or on a comma, or one with words in
 * capitals inside it ("dân VĂN PHÒNG UBND TỈNH cư": a stamp's or another column's line read into it), or the date
 * line's "Bắc Ninh, ngày 1 tháng 10 năm 2025" read into the middle of a V/v beside it. Such a subject
 * is suspect and left for the clerk.
 */
final class SubjectShape {

    /** Words a subject cannot end on: prepositions, conjunctions and determiners that need what follows them. */
    private static final Set<String> CANNOT_END = Set.of("cho", "của", "và", "với", "về", "trong", "tại", "theo", "các",
            "những", "đối", "trên", "đến", "từ", "để", "hoặc", "nhằm", "thuộc", "giữa", "khi", "mà", "vào", "tới", "bởi",
            // "... quý I năm": a year follows (fresh8, the stamp's name read between "năm" and "2027")
            "năm",
            // "... đầu tư dự": "dự án", "dự thảo", "dự toán" (fresh10-19 read with the red stamp taken out)
            "dự");
    /** "..., ngày 1 tháng 10 năm 2025": a date line's words, read into a V/v beside it; a subject names no such date. */
    private static final Pattern DATE_LINE = Pattern.compile(",\\s*ngay\\s*\\d{1,2}\\s*thang\\s*\\d{1,2}\\s*nam",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
    /**
     * "Tình hình tiếp nhận, giải quyết khiếu nại,": a list that stops on its comma (fresh10: a three-line trích yếu whose
     * third line the received stamp's "Ngày:" line stood before). No trích yếu ends on a comma, semicolon or dash.
     */
    private static final Pattern OPEN_END = Pattern.compile("[,;\u2010-\u2015-]$");

    private SubjectShape() {
    }

    static boolean suspect(String subject) {
        String[] words = subject.strip().split("\\s+");
        if (words.length == 0) {
            return false;
        }
        // compared with its marks: "từ" cannot end a subject, "điện tử" can
        String last = VietnameseText.nfc(words[words.length - 1]).toLowerCase(Locale.ROOT);
        if (CANNOT_END.contains(last) || OPEN_END.matcher(subject.strip()).find()
                || DATE_LINE.matcher(VietnameseText.fold(subject)).find()) {
            return true;
        }
        for (int i = 1; i < words.length; i++) {
            if (capitalWord(words[i - 1]) && capitalWord(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the subject holds a date line's words ("... văn bản Thanh Thủy, ngày 21 tháng 11 năm điện tử 2027"): a
     * PDF whose V/v and date line share a row read as one line; typed or read by OCR, no subject names such a date.
     */
    static boolean holdsDateLine(String subject) {
        return DATE_LINE.matcher(VietnameseText.fold(subject)).find();
    }

    /** "VĂN", "PHÒNG", "TỈNH": a whole word in capitals ("UBND", "HĐND", "06" are not words of this kind). */
    private static boolean capitalWord(String token) {
        if (!WORD.matcher(token).matches() || token.length() < 2 || !token.equals(token.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return OcrTokens.isSyllable(VietnameseText.fold(token).toLowerCase(Locale.ROOT));
    }
}
