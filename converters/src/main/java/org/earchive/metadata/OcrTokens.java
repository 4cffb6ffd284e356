package org.earchive.metadata;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Words of a value read by OCR that a Vietnamese reader would not have printed: tokens no Vietnamese syllable
 * looks like ("XÃBÌNH", two words glued; "PHcQuy:định"), and common header words that OCR gave without their
 * marks ("CUC" for "CỤC", "DAN" for "DÂN", "TINH" for "TỈNH"). Such a value is evidence of a misreading: its
 * field's confidence is that of the suspect values measured on the tuning documents, below the threshold.
 */
final class OcrTokens {

    /** One syllable: an initial consonant, one run of vowels, a final consonant (on the folded, lower-case word). */
    private static final Pattern SYLLABLE = Pattern.compile(
            "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$");
    private static final Pattern VOWEL_RUNS = Pattern.compile("[aeiouy]+");
    /**
     * One syllable as {@link #SYLLABLE}, on the lower-case word with its tones taken off but its letters kept ("ươ",
     * "ă", "đ"): the vowels between the initial and the final, and the final.
     */
    private static final Pattern SPELT_SYLLABLE = Pattern.compile(
            "^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?([aăâeêioôơuưy]+)(ng|nh|ch|[cmnpt])?$");
    /**
     * The vowels a Vietnamese syllable is spelt with, without tones ("oai" of "thoại", "ươu" of "hươu"; "oo" of the
     * loanwords "xoong", "boong"). OCR gives others: "tưuư" for "lưu" under a stamp.
     */
    private static final Set<String> VOWELS = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ",
            "u", "ư", "y", "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo",
            "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "yêu", "oai",
            "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu");

    /**
     * Words printed with marks in organs' names (in capitals), whose bare spelling is no other word there: OCR that
     * gives the bare spelling lost the marks. Words whose bare or other-marked spelling is also used in names are
     * left out ("ĐỒNG" and "ĐÔNG", "KẾ" and "KÊ", "PHỐ" and "PHÓ", "ĐÀO" of "ĐÀO TẠO" and "ĐẠO" of "BAN CHỈ ĐẠO": the
     * terms below catch "ĐẠO TẠO").
     */
    private static final String MARKED_WORDS = "CỤC TỈNH DÂN XÃ VIỆN ĐA TÂM ĐẢNG ỦY HỘI THUẾ TRỮ SỞ BỘ PHÒNG QUỐC NỘI "
            + "VỤ CHÍNH NGHỆ GIÁO DỤC TẠO TẾ VIỆT PHƯỜNG QUẬN LỊCH SỬ BỆNH NHÂN HUYỆN LƯU NƯỚC VÙNG";
    // not "THÀNH" ("THANH TRA", "THANH HÓA", "XÃ THANH THỦY" print it bare) nor "HỌC" ("HUYỆN HÓC MÔN"): the terms
    // "thành phố", "khoa học", "đại học" catch their misreadings
    private static final Map<String, String> BY_FOLDED = new HashMap<>();

    /**
     * Two-word terms of administration, in any case: OCR's "KE HOẠCH", "NHÂN DAN", "văn thu" lost a mark that
     * the term has, though each word alone could be another word; and "mức chỉ", a hook Tesseract adds to "mức chi"
     * (the spending level of a budget's rules) with a confidence as high as any word's. The terms of a trích yếu that
     * {@link SubjectTerms} mends, and these, which it leaves as read (their other markings are words too: "lưu trú",
     * "công tắc") or which belong to names.
     */
    private static final List<String> MARKED_TERMS = Stream.concat(SubjectTerms.MENDED.stream(), Stream.of("kế hoạch",
            "nhân dân", "đa khoa", "văn thư", "lưu trữ", "hội đồng", "trung tâm", "công nghệ", "khoa học", "đào tạo",
            "giáo dục", "tài chính", "nội vụ", "y tế", "đảng ủy", "thống kê", "bệnh viện", "chủ nghĩa", "độc lập",
            "kết quả", "chuyên dụng", "công tác", "thông tin", "tổ chức", "chữ ký", "phát triển", "đầu tư", "thành phố",
            "khu vực", "môi trường", "kiểm lâm", "nông nghiệp", "lâm nghiệp", "xây dựng", "xúc tiến", "thương mại",
            "chỉ đạo", "đại học", "trung học")).toList();

    static {
        for (String word : MARKED_WORDS.split(" ")) {
            BY_FOLDED.put(VietnameseText.fold(word).toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
        }
    }

    private OcrTokens() {
    }

    /** Whether a folded, lower-case word is spelt as one Vietnamese syllable ("phong", not "ubnd" or "xabinh"). */
    static boolean isSyllable(String foldedLower) {
        return SYLLABLE.matcher(foldedLower).matches();
    }

    /** How many of the value's words look misread; a value that opens in lower case or mid-word counts too. */
    static int suspicious(String value) {
        return suspicious(value, null);
    }

    /**
     * As {@link #suspicious(String)}, for an organ's name beside the date line's place: the words after its
     * administrative level that spell that place with the same marks ("PHƯỜNG TAM KỲ" beside "Tam Kỳ", fresh13-08) are
     * the place as printed, read twice alike, whatever header word their letters spell ("TAM", "TÂM" of "TRUNG TÂM").
     */
    static int suspicious(String value, String datePlace) {
        String[] tokens = value.strip().split("[\\s,;()]+");
        List<String> place = OrganNameWrap.placeAfterLevel(value);
        boolean placeAgrees = datePlace != null && !place.isEmpty() && String.join(" ", place)
                .equals(VietnameseText.nfc(datePlace.strip()).toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        int placeFrom = placeAgrees ? tokens.length - place.size() : tokens.length;
        int count = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].isEmpty() && suspect(tokens[i], i >= placeFrom) && !inPlaceName(tokens, i)) {
                count++;
            }
            if (i > 0 && (termLostMark(tokens[i - 1], tokens[i]) || termOneLetterOff(tokens[i - 1], tokens[i]))) {
                count++;
            }
        }
        // a subject or a name opens with a capital: "ầu tư công ..." is the end of a line OCR cut
        if (tokens.length < 2 || !Character.isUpperCase(value.strip().codePointAt(0))) {
            count++;
        }
        return count;
    }

    /**
     * Names and terms that spell a header word with another mark: "TĨNH" is "TỈNH" misread, except in "HÀ TĨNH" (a
     * province) and "TĨNH GIA" (a district), "BỔ" is "BỘ" misread, except in "BỔ TRỢ" ("CỤC BỔ TRỢ TƯ PHÁP"), and
     * "QUAN" is "QUẬN" misread, except in "CƠ QUAN" ("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH"), and "THI" is "THỊ" misread,
     * except in "THI HÀNH", and "SỰ" is "SỬ" misread, except in "DÂN SỰ" ("THI HÀNH ÁN DÂN SỰ TỈNH BẮC NINH",
     * fresh13-03): there it is printed so.
     */
    private static final List<String> PLACES_WITH_OTHER_MARKS = List.of("hà tĩnh", "tĩnh gia", "bổ trợ", "cơ quan",
            "thi hành", "dân sự");

    private static boolean inPlaceName(String[] tokens, int i) {
        String before = i > 0 ? tokens[i - 1] + " " + tokens[i] : "";
        String after = i + 1 < tokens.length ? tokens[i] + " " + tokens[i + 1] : "";
        return PLACES_WITH_OTHER_MARKS.contains(VietnameseText.nfc(before).toLowerCase(Locale.ROOT))
                || PLACES_WITH_OTHER_MARKS.contains(VietnameseText.nfc(after).toLowerCase(Locale.ROOT));
    }

    /**
     * "ie", "ye" and "uo" never stand bare in a Vietnamese syllable: they are "iê", "yê", "uô" or "ươ" ("VIỆN",
     * "NGUYÊN", "QUỐC"). OCR's "NGUYEN", "VIEN" lost the mark.
     */
    private static final Pattern BARE_DIPHTHONG = Pattern.compile("ie|ye|uo");
    /**
     * The vowels "ia" and "ya" end a Vietnamese syllable ("kìa", "khuya"); before a final consonant the sound is spelt
     * "iê", "yê" ("tiến", "nguyên"). Only after "gi", whose "i" is the initial's ("gian", "giang"), does "ia" stand
     * before one. OCR's "sian" for "gian" (an italic g) is such a token, though it passes as initial, vowels, final.
     */
    private static final Pattern NO_FINAL_AFTER_IA = Pattern.compile("^(?!gi)[a-z]*[iy]a(?:ng|nh|ch|[cmnpt])$");
    /** A capital right after a lower-case letter: no Vietnamese word is printed so (abbreviations open upper: "TTr"). */
    private static final Pattern MIXED_CASE = Pattern.compile("\\p{Ll}\\p{Lu}");
    /** The five tone marks, as NFD writes them apart. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /** A syllable has one tone at most: "ĐẢẲNG" is two readings of one letter. */
    private static int toneMarks(String word) {
        return (int) Normalizer.normalize(word, Normalizer.Form.NFD).chars().filter(c -> TONES.indexOf(c) >= 0).count();
    }

    /**
     * Whether a lower-case word that passes as initial, vowels, final has vowels a syllable is spelt with, and a final
     * where its vowels need one: "ă" and "â" never end a syllable ("ăn", "ấp", "âu"; "sắ" is not a word).
     */
    static boolean spelt(String lower) {
        Matcher syllable = SPELT_SYLLABLE.matcher(Normalizer.normalize(withoutTones(lower), Normalizer.Form.NFC));
        if (!syllable.matches()) {
            return true; // not spelt as one syllable at all: the other checks judge it
        }
        String vowels = syllable.group(1);
        boolean endsOpen = vowels.endsWith("ă") || vowels.endsWith("â");
        return VOWELS.contains(vowels) && !(endsOpen && syllable.group(2) == null);
    }

    private static boolean termLostMark(String first, String second) {
        String pair = (first + " " + second).toLowerCase(Locale.ROOT);
        String folded = VietnameseText.fold(pair);
        return MARKED_TERMS.stream().anyMatch(term -> VietnameseText.fold(term).equals(folded) && !term.equals(pair));
    }

    /**
     * "thực biện" for "thực hiện": each word is a real syllable and Tesseract may be sure of both, but the pair is one
     * letter away from a term of administration while keeping the other word as printed. No clerk types such a
     * near-miss of a term by one look-alike letter; OCR reads one letter of it wrong (h/b, n/u, c/e).
     */
    private static boolean termOneLetterOff(String first, String second) {
        String a = VietnameseText.nfc(first).toLowerCase(Locale.ROOT);
        String b = VietnameseText.nfc(second).toLowerCase(Locale.ROOT);
        String foldedA = VietnameseText.fold(a);
        String foldedB = VietnameseText.fold(b);
        for (String term : MARKED_TERMS) {
            int space = term.indexOf(' ');
            String termFirst = term.substring(0, space);
            String termSecond = term.substring(space + 1);
            if (a.equals(termFirst) && oneLetterMisread(foldedB, VietnameseText.fold(termSecond))
                    || b.equals(termSecond) && oneLetterMisread(foldedA, VietnameseText.fold(termFirst))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Letters Tesseract takes for one another in Times at 200 dpi (h/b, n/u, c/e ...), unordered. A near-miss by
     * another letter is more likely a real word ("nhân văn" beside "nhân dân"), so it is not held against a value.
     */
    private static final List<String> LOOK_ALIKES = List.of("bh", "hk", "hn", "nu", "ce", "co", "eo", "il", "it", "lt",
            "ft", "mn", "gq", "uv", "vy", "ao", "rn");

    /** Whether the two folded words differ in exactly one letter, and those two letters look alike in print. */
    static boolean oneLetterMisread(String x, String y) {
        if (x.length() != y.length()) {
            return false;
        }
        int at = -1;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                if (at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at < 0) {
            return false;
        }
        char p = x.charAt(at);
        char q = y.charAt(at);
        return LOOK_ALIKES.contains("" + p + q) || LOOK_ALIKES.contains("" + q + p);
    }

    private static boolean suspect(String token, boolean placeWord) {
        String word = token.replaceAll("^[\"“”'.:-]+|[\"“”'.:-]+$", "");
        if (word.isEmpty() || word.chars().allMatch(c -> Character.isDigit(c) || c == '/' || c == '-' || c == '.')) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String folded = VietnameseText.fold(lower);
        if (folded.chars().anyMatch(c -> Character.isLetter(c) && (c < 'a' || c > 'z'))) {
            return true; // a letter Vietnamese is not spelt with: "QÐ" with the Icelandic eth OCR gives for "QĐ"
        }
        if (!folded.chars().allMatch(Character::isLetter)) {
            // "V/v", "QĐ-UBND", "2025/NĐ-CP" are fine; letters mixed with other marks are not
            return !folded.matches("[a-z0-9]+(?:[/-][a-z0-9]+)+");
        }
        if (NO_FINAL_AFTER_IA.matcher(folded).find()) {
            return true; // "sian" for "gian": "ia" takes no final consonant ("iê" does: "tiên", "kiểm")
        }
        if (!SYLLABLE.matcher(folded).matches()) {
            // an abbreviation in capitals ("UBND", "HĐND") has at most one run of vowels; glued words have more
            return !(word.equals(word.toUpperCase(Locale.ROOT)) && VOWEL_RUNS.matcher(folded).results().count() <= 1);
        }
        if (!spelt(lower)) {
            return true; // "sắ" ("ă" ends no syllable: "sắp" lost its "p" under a stamp), "tưuư"
        }
        if (MIXED_CASE.matcher(word).find()) {
            return true; // "sỐ", "gỬi", "vỆ": Tesseract read one letter of a lower-case word as a capital
        }
        if (toneMarks(lower) > 1 || BARE_DIPHTHONG.matcher(lower).find()) {
            return true;
        }
        if (!word.equals(word.toUpperCase(Locale.ROOT)) || placeWord) {
            return false;
        }
        String marked = BY_FOLDED.get(folded);
        return marked != null && !marked.equals(lower) && misreadOf(lower, marked);
    }

    /**
     * Whether {@code read} is how OCR misreads {@code marked}, a header word spelt with the same letters: it lost some
     * of the word's marks ("THUÊ", "HỌI", "CUC" for "THUẾ", "HỘI", "CỤC") or put another tone on them ("TĨNH" for
     * "TỈNH"). Another word spelt so is no misreading: "SỐ" in "PHÒNG CÔNG CHỨNG SỐ 1" is not "SỞ", nor "ĐỨC" in
     * "HUYỆN ĐỨC TRỌNG" "DỤC", nor "QUẢN" in "BAN QUẢN LÝ" "QUẬN": their letters carry marks the header word lacks.
     */
    private static boolean misreadOf(String read, String marked) {
        String readBare = withoutTones(read);
        String markedBare = withoutTones(marked);
        if (readBare.equals(markedBare)) {
            return true; // the same letters, another tone
        }
        String readMarks = Normalizer.normalize(read.replace('đ', 'd'), Normalizer.Form.NFD);
        String markedMarks = Normalizer.normalize(marked, Normalizer.Form.NFD).replace('đ', 'd');
        if (read.indexOf('đ') >= 0 && marked.indexOf('đ') < 0) {
            return false; // a stroke the header word has not
        }
        // every mark of the reading is one the header word has on that letter
        int r = 0;
        for (int m = 0; m < markedMarks.length() && r < readMarks.length(); m++) {
            if (readMarks.charAt(r) == markedMarks.charAt(m)) {
                r++;
            } else if (Character.getType(markedMarks.charAt(m)) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return r == readMarks.length();
    }

    private static String withoutTones(String word) {
        StringBuilder bare = new StringBuilder();
        for (char c : Normalizer.normalize(word, Normalizer.Form.NFD).toCharArray()) {
            if (TONES.indexOf(c) < 0) {
                bare.append(c);
            }
        }
        return bare.toString();
    }
}
