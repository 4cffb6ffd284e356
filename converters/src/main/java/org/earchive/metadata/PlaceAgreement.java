package org.earchive.metadata;

import java.util.Locale;

/**
 * An issuing body's name and the date line name one place twice: "ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC" issues from "Đại
 * Lộc, ngày ...", "TRUNG TÂM Y TẾ HUYỆN ĐỨC PHỔ" from "Đức Phổ". OCR reads the two apart, the name in bold capitals and
 * the place in italics; when the name holds the place's words spelt with other marks ("ĐẠI LỌC", "ĐỨC PHÔ" beside
 * "Đại Lộc", "Đức Phổ"), one of the two readings lost or changed a mark, and the name is not to be trusted, however
 * sure Tesseract was of its words; and so it is when the place its level calls for opens as the date line's place and
 * then names another ("XÃ QUẢNG ĐÓ" beside "Quảng Phú"), or is the date line's place and then goes on ("THÀNH PHỐ HỘI
 * AN SẾP 0014 ÔNG" beside "Hội An"), or stops short of it ("HUYỆN BẢO" beside "Bảo Lâm").
 */
final class PlaceAgreement {

    private PlaceAgreement() {
    }

    /** Whether the name holds the place's words, letter for letter, with a mark that differs. */
    static boolean disagrees(String organ, String place) {
        if (organ == null || place == null || place.isBlank()) {
            return false;
        }
        String[] name = words(organ);
        String[] at = words(place);
        String[] nameFolded = fold(name);
        String[] atFolded = fold(at);
        for (int start = 0; start + at.length <= name.length; start++) {
            boolean same = true;
            boolean marks = true;
            for (int i = 0; i < at.length && same; i++) {
                same = nameFolded[start + i].equals(atFolded[i]);
                marks &= name[start + i].equals(at[i]);
            }
            if (same && !marks) {
                return true;
            }
        }
        return namedOtherwise(OrganNameWrap.placeAfterLevel(organ), atFolded, at);
    }

    /**
     * The place the name's level calls for opens as the date line's place ends, then goes another way: "XÃ QUẢNG ĐÓ"
     * beside "..., Quảng Phú, ngày": one of the two lines was misread (the date line's place is compared from its end,
     * since OCR may glue another column's words before it).
     */
    private static boolean namedOtherwise(java.util.List<String> named, String[] atFolded, String[] at) {
        if (named.size() > at.length && goesOnPast(named, atFolded)) {
            return true;
        }
        if (!named.isEmpty() && named.size() < at.length && stopsShort(named, atFolded)) {
            return true;
        }
        if (named.isEmpty() || at.length < named.size()) {
            return false;
        }
        int from = at.length - named.size();
        if (!VietnameseText.fold(named.get(0)).equals(atFolded[from])) {
            return false;
        }
        for (int i = 0; i < named.size(); i++) {
            if (!named.get(i).equals(at[from + i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * The place the name's level calls for is the date line's place, then more words: "THÀNH PHỐ HỘI AN SẾP 0014 ÔNG"
     * beside "Hội An, ngày ...", a stamp's or another column's words read onto the name's last line.
     */
    private static boolean goesOnPast(java.util.List<String> named, String[] atFolded) {
        for (int i = 0; i < atFolded.length; i++) {
            if (!VietnameseText.fold(named.get(i)).equals(atFolded[i])) {
                return false;
            }
        }
        return atFolded.length > 0;
    }

    /**
     * The place the name's level calls for is the date line's place without its last words: "ỦY BAN NHÂN DÂN HUYỆN
     * BẢO" beside "Bảo Lâm, ngày ...", the name's last word lost (past the column's edge, under a stamp).
     */
    private static boolean stopsShort(java.util.List<String> named, String[] atFolded) {
        for (int i = 0; i < named.size(); i++) {
            if (!VietnameseText.fold(named.get(i)).equals(atFolded[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] words(String text) {
        return VietnameseText.nfc(text).toUpperCase(Locale.ROOT).strip().split("[\\s,]+");
    }

    private static String[] fold(String[] words) {
        String[] folded = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            folded[i] = VietnameseText.fold(words[i]);
        }
        return folded;
    }
}
