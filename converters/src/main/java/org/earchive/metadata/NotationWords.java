package org.earchive.metadata;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.earchive.core.OcrWords;

/**
 * How sure Tesseract was of the words a ký hiệu was read from. A ký hiệu is not words of a language: its letters are
 * an organ's initials and its digits a committee's or an office's number ("PCC1", "BCĐ389"), so a digit read as a
 * letter ("PCCI" for "PCC1") makes another ký hiệu that no spelling rule can catch; Tesseract's own doubt can. The
 * ký hiệu shares its OCR word with the number ("Số:59/QĐ-BCĐ389" is one word) or is spread over several ("636/",
 * "XTTM", "-", "VP"), so it is found by its letters and digits alone, across the words that hold them.
 */
final class NotationWords {

    /** A ký hiệu is read from at most this many OCR words ("Số", ":", "636/", "XTTM", "-", "VP"). */
    private static final int MAX_WORDS = 6;

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^A-Z0-9]");

    private static final Pattern D_RUN = Pattern.compile("D{2,}");

    private NotationWords() {
    }

    /**
     * The lowest confidence among the first run of OCR words whose letters and digits hold the ký hiệu's (a stroke the
     * extractor gave back, "QĐ" for OCR's "QD" or "QĐÐ", compares equal); empty when no run does or a word of it carries
     * no confidence.
     */
    static OptionalInt weakest(OcrWords ocrWords, String notation) {
        int[] run = run(ocrWords, notation);
        return run == null ? OptionalInt.empty() : weakestOf(ocrWords.words(), run[0], run[1]);
    }

    /**
     * Whether the OCR word the ký hiệu ends in holds a mark no ký hiệu is printed with, which OCR read in place of one
     * of its characters: "CCHQKV§" is "CCHQKV8" with its italic 8 read as "§" (fresh13-24), and the ký hiệu read from
     * it ("KH-CCHQKV") lost its last character. Marks a number line is typed with (":", ".", "/", dashes, quotes,
     * brackets) are not such.
     */
    static boolean endsInStrayMark(OcrWords ocrWords, String notation) {
        int[] run = run(ocrWords, notation);
        return run != null && STRAY_MARK.matcher(ocrWords.words().get(run[1]).text()).find();
    }

    /** Not a letter, a digit, a space or a mark a number line is typed with. */
    private static final Pattern STRAY_MARK = Pattern.compile("[^\\p{L}\\p{N}\\s/:.,;_()\\[\\]\"'\u201C\u201D\u2018\u2019\\-\u2013\u2014]");

    /** The first and last index of the first run of OCR words that holds the ký hiệu, as {@link #weakest} finds it. */
    private static int[] run(OcrWords ocrWords, String notation) {
        String wanted = comparable(notation);
        if (wanted.isEmpty()) {
            return null;
        }
        List<OcrWords.Word> words = ocrWords.words();
        String[] comparables = new String[words.size()];
        for (int i = 0; i < comparables.length; i++) {
            comparables[i] = comparable(words.get(i).text());
        }
        for (int start = 0; start < words.size(); start++) {
            int own = comparables[start].length();
            StringBuilder run = new StringBuilder();
            for (int end = start; end < words.size() && end < start + MAX_WORDS; end++) {
                run.append(comparables[end]);
                int at = run.indexOf(wanted);
                if (at >= 0) {
                    if (at < own) {
                        return new int[] {start, end};
                    }
                    break; // it opens in a later word, whose own run finds it
                }
            }
        }
        return null;
    }

    private static OptionalInt weakestOf(List<OcrWords.Word> words, int start, int end) {
        int weakest = Integer.MAX_VALUE;
        for (int i = start; i <= end; i++) {
            int confidence = words.get(i).confidence();
            if (confidence < 0) {
                return OptionalInt.empty();
            }
            weakest = Math.min(weakest, confidence);
        }
        return OptionalInt.of(weakest);
    }

    /**
     * Parts of a ký hiệu that name a kind of document or an office, not the issuing body: they need not be spelt by
     * its name ("QĐ", "TTr", "VP", "UBND" under "VĂN PHÒNG HĐND VÀ UBND").
     */
    private static final Set<String> KINDS = Set.of("QD", "NQ", "ND", "CT", "QC", "QYD", "TB", "HD", "BC", "KH", "TTR",
            "CV", "PA", "DA", "TT", "BB", "GM", "GUQ", "HDND", "UBND", "VP", "VPUB", "SY", "SL", "TRS", "PL", "CTR", "KL",
            "TC", "TD", "BTT");

    /**
     * Whether each part of the ký hiệu that names the issuing body is spelt by the initials of a name in the header,
     * in order ("TTLT" by "TRUNG TÂM LƯU TRỮ LỊCH SỬ", "BCĐ389" by "BAN CHỈ ĐẠO 389 ...", "KCB" by "CỤC QUẢN LÝ KHÁM,
     * CHỮA BỆNH"), or by the issuer's whole initials and then its parent's ("BTCTU": "BAN TỔ CHỨC" of "TỈNH ỦY"): OCR's
     * "TTUT" is not. True when no name is known to judge by.
     *
     * @param organs the issuing body first, then its parent (either may be null)
     */
    static boolean spelt(String notation, List<String> organs) {
        List<String> initials = organs.stream().filter(o -> o != null && !o.isBlank()).map(NotationWords::initials)
                .toList();
        if (initials.isEmpty()) {
            return true;
        }
        for (String part : notation.split("[-/]")) {
            String letters = comparable(part);
            if (letters.length() < 2 || KINDS.contains(letters) || letters.chars().allMatch(Character::isDigit)) {
                continue;
            }
            boolean spelt = initials.stream().anyMatch(name -> subsequence(letters, name))
                    || initials.size() > 1 && letters.startsWith(initials.get(0))
                    && subsequence(letters.substring(initials.get(0).length()), initials.get(1));
            if (!spelt) {
                return false;
            }
        }
        return true;
    }

    /**
     * A name's initials, a number in it whole, a Roman numeral as its digits: "BAN CHỈ ĐẠO 389 TỈNH QUẢNG NINH" gives
     * "BCD389TQN", "HỌC VIỆN CHÍNH TRỊ KHU VỰC IV" gives "HVCTKV4" (its ký hiệu "HVCTKV4-VP", fresh13-21).
     */
    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        String[] words = name.strip().split("[\\s,]+");
        for (int i = 0; i < words.length; i++) {
            String letters = comparable(words[i]);
            if (letters.isEmpty()) {
                continue;
            }
            // only the name's last word, printed without marks ("XÍ NGHIỆP" is no eleven)
            int roman = i > 0 && i == words.length - 1 && words[i].matches("[IVX]+") ? roman(letters) : 0;
            initials.append(Character.isDigit(letters.charAt(0)) ? letters
                    : roman > 0 ? Integer.toString(roman) : letters.substring(0, 1));
        }
        return initials.toString();
    }

    private static final Pattern ROMAN = Pattern.compile("X{0,3}(?:IX|IV|V?I{0,3})");

    /** The value of a Roman numeral up to 39 ("IV", "VIII", "XII"); 0 for any other word (and for "", none). */
    private static int roman(String word) {
        if (!ROMAN.matcher(word).matches()) {
            return 0;
        }
        int value = 0;
        for (int i = 0; i < word.length(); i++) {
            int digit = switch (word.charAt(i)) { case 'I' -> 1; case 'V' -> 5; default -> 10; };
            int next = i + 1 < word.length() ? switch (word.charAt(i + 1)) { case 'I' -> 1; case 'V' -> 5; default -> 10; } : 0;
            value += digit < next ? -digit : digit;
        }
        return value;
    }

    private static boolean subsequence(String part, String of) {
        int at = 0;
        for (int i = 0; i < part.length(); i++) {
            at = of.indexOf(part.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * Letters and digits alone, folded, in capitals, "Đ" and OCR's eth for it as "D", a run of them as one: "QĐÐ" and
     * "QĐ" and "QD" compare equal, as the extractor gives back a lost or doubled stroke.
     */
    private static String comparable(String text) {
        // fold already turns "Đ", "đ" and "Ð" into "D"/"d"; OCR's lower-case eth "ð" is left as it is and only
        // becomes "Ð" in capitals
        String folded = VietnameseText.fold(VietnameseText.nfc(text)).toUpperCase(Locale.ROOT).replace('Ð', 'D');
        return D_RUN.matcher(NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("")).replaceAll("D");
    }
}
