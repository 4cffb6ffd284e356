package org.earchive.metadata;

import java.util.List;
import java.util.Locale;

/**
 * Where an organ's name wrapped in a narrow header column before its place: "ỦY BAN NHÂN DÂN HUYỆN" / "ĐẠI LỘC".
 * A line ending in an administrative level (tỉnh, huyện, xã ...) cannot end a name, since the level is always
 * followed by the place it names, and place names may open with words that also open organs' names ("ĐẠI LỘC",
 * "HỘI AN", "BẢO LỘC"): the next line is the place, unless it plainly opens another organ ("SỞ NỘI VỤ" under a
 * parent's "UBND TỈNH" cut short).
 */
final class OrganNameWrap {

    /** The levels of Vietnam's administrative units, folded, longest first ("THI XA" before "XA"). */
    private static final List<String> LEVELS = List.of("THANH PHO", "THI XA", "THI TRAN", "TINH", "HUYEN", "QUAN",
            "XA", "PHUONG");
    /**
     * Heads no place name opens with, compared with their marks: "PHÒNG" opens an organ, "PHONG ĐIỀN" is a huyện;
     * "SỞ", "CỤC", "ỦY BAN" open no place.
     */
    private static final List<String> OFFICE_HEADS = List.of("SỞ ", "PHÒNG ", "ỦY BAN", "UỶ BAN", "UBND", "CỤC ",
            "CHI CỤC", "VĂN PHÒNG", "TRUNG TÂM", "HỘI ĐỒNG", "HĐND", "ĐẢNG ỦY", "ĐẢNG UỶ", "BAN ", "BỘ ");

    private OrganNameWrap() {
    }

    /**
     * The words of a name after its last administrative level, the place it names ("ĐẠI LỘC" of "ỦY BAN NHÂN DÂN HUYỆN
     * ĐẠI LỘC", "HỘI AN" of "... THÀNH PHỐ HỘI AN"), as printed; empty when the name has no level followed by words.
     */
    static List<String> placeAfterLevel(String organ) {
        String[] words = VietnameseText.nfc(organ).toUpperCase(Locale.ROOT).strip().split("\\s+");
        int after = -1;
        for (int i = 0; i < words.length; i++) {
            String one = VietnameseText.fold(words[i]);
            String two = i + 1 < words.length ? one + " " + VietnameseText.fold(words[i + 1]) : "";
            if (LEVELS.contains(two)) {
                after = i + 2;
                i++;
            } else if (LEVELS.contains(one)) {
                after = i + 1;
            }
        }
        return after < 0 || after >= words.length ? List.of() : List.of(words).subList(after, words.length);
    }

    /** Whether a name read so far ends in an administrative level, which its place must follow: "... HUYỆN". */
    static boolean endsInLevel(String sofar) {
        String folded = VietnameseText.fold(VietnameseText.nfc(sofar)).toUpperCase(Locale.ROOT).strip();
        return LEVELS.stream().anyMatch(l -> folded.equals(l) || folded.endsWith(" " + l));
    }

    /**
     * @param sofar the organ's name read so far (upper case)
     * @param next  the next header line (upper case)
     * @return whether the next line is the place the name's last word calls for
     */
    static boolean placeFollows(String sofar, String next) {
        if (!endsInLevel(sofar)) {
            return false;
        }
        String head = VietnameseText.nfc(next).toUpperCase(Locale.ROOT).strip() + " ";
        return OFFICE_HEADS.stream().noneMatch(head::startsWith);
    }
}
