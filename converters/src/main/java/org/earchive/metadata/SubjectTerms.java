package org.earchive.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earchive.core.OcrWords;

/**
 * Gives back the marks OCR got wrong in terms of administration a trích yếu is made of: a 200-dpi scan reads "mức
 * chỉ" for "mức chi" (a hook Tesseract adds, as sure of it as of any word), "bảo đẳm" for "bảo đảm", "văn bẳn" for
 * "văn bản", "thông qùa" for "thông qua". Two words in lower case whose letters without marks spell one of these terms
 * are that term. Only terms whose other markings are no phrase a subject could hold are listed: "lưu trữ" is not
 * ("lưu trú", a residence), nor "công tác" ("công tắc", a switch), so their misreadings stay, and leave the subject
 * suspect. The OCR text and its words are mended alike, so that Tesseract's confidence in a mended word still counts.
 */
final class SubjectTerms {

    /** Terms in lower case with their marks ({@link OcrTokens} holds a reading of them with other marks suspect). */
    static final List<String> MENDED = List.of("mức chi", "bảo đảm", "văn bản", "thông qua", "kinh phí",
            "tài liệu", "hồ sơ", "số hóa", "quy định", "ban hành", "phê duyệt", "đề nghị", "thực hiện", "triển khai",
            "kiểm tra", "giai đoạn", "địa bàn", "hướng dẫn", "quản lý", "chuyển đổi", "điện tử", "nghiệp vụ", "tồn đọng",
            "chi trả", "chi thường", "trẻ mẫu", "trẻ em");
    private static final List<String[]> TERMS = MENDED.stream().map(term -> term.split(" ")).toList();

    /** A token's letters, between what OCR read around them (a comma, a quote). */
    private static final Pattern CORE = Pattern.compile("^(\\P{L}*)(\\p{L}+)(\\P{L}*)$");

    private SubjectTerms() {
    }

    /** An OCR text with its terms spelled as printed, line by line. */
    static String repairText(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = String.join(" ", mend(new ArrayList<>(List.of(lines[i].split(" ", -1)))));
        }
        return String.join("\n", lines);
    }

    /** Tesseract's words with the same terms mended, each keeping its confidence. */
    static OcrWords repairWords(OcrWords words) {
        List<String> texts = new ArrayList<>();
        words.words().forEach(word -> texts.add(word.text()));
        List<String> mended = mend(texts);
        List<OcrWords.Word> result = new ArrayList<>();
        for (int i = 0; i < mended.size(); i++) {
            result.add(new OcrWords.Word(mended.get(i), words.words().get(i).confidence()));
        }
        return new OcrWords(result);
    }

    private static List<String> mend(List<String> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Matcher first = CORE.matcher(tokens.get(i - 1));
            Matcher second = CORE.matcher(tokens.get(i));
            if (!first.matches() || !second.matches() || !first.group(3).isEmpty() || !second.group(1).isEmpty()) {
                continue; // a mark between the two words: not one term
            }
            for (String[] term : TERMS) {
                if (spells(first.group(2), term[0], true) && spells(second.group(2), term[1], false)) {
                    tokens.set(i - 1, first.group(1) + sameCase(first.group(2), term[0]) + first.group(3));
                    tokens.set(i, second.group(1) + term[1] + second.group(3));
                }
            }
        }
        return tokens;
    }

    /** The word's letters without marks are the term's, in lower case (the first word may open with a capital). */
    private static boolean spells(String word, String termWord, boolean mayOpenCapital) {
        String rest = mayOpenCapital ? word.substring(word.offsetByCodePoints(0, 1)) : word;
        return rest.equals(rest.toLowerCase(Locale.ROOT))
                && VietnameseText.fold(word).toLowerCase(Locale.ROOT).equals(VietnameseText.fold(termWord));
    }

    /** The term's word, opening with a capital where the word read did ("Quy định" at a subject's start). */
    private static String sameCase(String read, String term) {
        return Character.isUpperCase(read.codePointAt(0))
                ? term.substring(0, 1).toUpperCase(Locale.ROOT) + term.substring(1) : term;
    }
}
