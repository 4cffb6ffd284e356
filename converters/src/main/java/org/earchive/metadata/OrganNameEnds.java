package org.earchive.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An issuing body's name read by OCR whose end shows it is not whole: a name never ends in a lone letter ("VĂN PHÒNG
 * UBND T", a line cut at the column's edge), a people's committee or council never stands without the place its level
 * calls for ("VĂN PHÒNG UBND TỈNH": the received stamp's own name, printed over the header, not an issuer's), a
 * province is one of the country's provinces ("TỈNH BẮC NIN" lost a letter of "BẮC NINH"), and an organ is never of a
 * higher level than the parent printed above it (a commune's committee over "... UBND TỈNH"), and a name does not end
 * on "VIỆT" (its "NAM" lost) or on "KHU VỰC" (the region's number lost).
 */
final class OrganNameEnds {

    /** The provinces of Việt Nam before and after the merger of July 2025 (the merged ones kept their names), folded. */
    private static final Set<String> PROVINCES = Set.of("AN GIANG", "BA RIA - VUNG TAU", "BA RIA VUNG TAU", "BAC GIANG",
            "BAC KAN", "BAC LIEU", "BAC NINH", "BEN TRE", "BINH DINH", "BINH DUONG", "BINH PHUOC", "BINH THUAN", "CA MAU",
            "CAO BANG", "DAK LAK", "DAK NONG", "DIEN BIEN", "DONG NAI", "DONG THAP", "GIA LAI", "HA GIANG", "HA NAM",
            "HA TINH", "HAI DUONG", "HAU GIANG", "HOA BINH", "HUNG YEN", "KHANH HOA", "KIEN GIANG", "KON TUM", "LAI CHAU",
            "LAM DONG", "LANG SON", "LAO CAI", "LONG AN", "NAM DINH", "NGHE AN", "NINH BINH", "NINH THUAN", "PHU THO",
            "PHU YEN", "QUANG BINH", "QUANG NAM", "QUANG NGAI", "QUANG NINH", "QUANG TRI", "SOC TRANG", "SON LA",
            "TAY NINH", "THAI BINH", "THAI NGUYEN", "THANH HOA", "THUA THIEN HUE", "TIEN GIANG", "TRA VINH",
            "TUYEN QUANG", "VINH LONG", "VINH PHUC", "YEN BAI");
    /** A people's committee or council, then its level and nothing after: "... UBND TỈNH", "HỘI ĐỒNG NHÂN DÂN HUYỆN". */
    private static final Pattern LOCAL_BODY_WITHOUT_PLACE = Pattern.compile(
            "(?:UBND|HDND|UY BAN NHAN DAN|HOI DONG NHAN DAN) (?:TINH|THANH PHO|HUYEN|QUAN|THI XA|XA|PHUONG|THI TRAN|DAC KHU)$");
    /**
     * The levels of local government, from the commune up, with their marks (folded, "QUẢN" of "BAN QUẢN LÝ" would be
     * "QUẬN"): a parent is never below its organ.
     */
    private static final List<List<String>> RANKS = List.of(List.of("XÃ", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU"),
            List.of("HUYỆN", "QUẬN", "THỊ XÃ"), List.of("TỈNH"));

    private OrganNameEnds() {
    }

    /** Whether the issuing body's name, read by OCR under {@code parent} (null when none), is cut or not an issuer's. */
    static boolean notWhole(String organ, String parent) {
        String folded = fold(organ);
        String[] words = folded.split(" ");
        String last = words[words.length - 1];
        if (last.length() == 1 && Character.isLetter(last.charAt(0))) {
            return true;
        }
        if (LOCAL_BODY_WITHOUT_PLACE.matcher(folded).find()) {
            return true;
        }
        List<String> place = OrganNameWrap.placeAfterLevel(organ);
        if (folded.endsWith(" KHU VUC")) {
            // "BẢO HIỂM XÃ HỘI KHU VỰC" / "xI": a region's office is named by its number or place, on the next line
            return true;
        }
        if (last.equals("VIET") && place.isEmpty()) {
            // "TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT": an organ's name says "VIỆT NAM" whole; "VIỆT" ends only a place's name
            // after its level ("XÃ ĐẠI VIỆT"), which the date line's place then checks
            return true;
        }
        if (!place.isEmpty() && folded.matches(".*\\bTINH " + Pattern.quote(fold(String.join(" ", place))))
                && !fold(place.get(0)).equals("UY") && !PROVINCES.contains(fold(String.join(" ", place)))) {
            return true;
        }
        return parent != null && rank(organ) > rank(parent) && rank(parent) >= 0;
    }

    /** The level a name's people's committee, council or organ names (0 commune, 1 district, 2 province), -1 none. */
    private static int rank(String name) {
        int found = -1;
        String[] words = VietnameseText.nfc(name).toUpperCase(Locale.ROOT).strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String next = i + 1 < words.length ? words[i + 1] : "";
            boolean secondOfTwo = i > 0 && (words[i - 1].equals("THỊ") || words[i - 1].equals("ĐẶC"));
            for (int r = 0; r < RANKS.size(); r++) {
                boolean two = RANKS.get(r).contains(words[i] + " " + next);
                // "XÃ HỘI" (of "BẢO HIỂM XÃ HỘI") names no commune
                boolean one = RANKS.get(r).contains(words[i]) && !secondOfTwo && !next.equals("HỘI");
                if (two || one) {
                    found = Math.max(found, r);
                }
            }
        }
        return found;
    }

    private static String fold(String text) {
        return VietnameseText.fold(VietnameseText.nfc(text)).toUpperCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }
}
