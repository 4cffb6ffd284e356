package org.earchive.metadata;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives back the stroke of "Đ" that OCR loses in a ký hiệu: a scan read "QD-UBND" for "QĐ-UBND" and "BC/DU" for
 * "BC/ĐU". Only a part of the ký hiệu that is, stroke aside, a known abbreviation is restored (the type names' of
 * TT 05's list, and the few organ abbreviations NĐ 30 and Hướng dẫn 36 print with "Đ"), and only when no known
 * abbreviation is spelled that way without the stroke: "DA" stays (Dự án as well as Đề án), and so does "HD"
 * (Hướng dẫn as well as Hợp đồng).
 */
final class NotationStrokes {

    /** Organ abbreviations printed with "Đ" (Đảng ủy, Hội đồng nhân dân, Đảng ủy khối, Đại học quốc gia). */
    private static final List<String> ORGANS = List.of("ĐU", "HĐND", "ĐUK", "ĐHQG", "ĐĐBQH", "ĐTN");

    private static final Map<String, String> WITH_STROKE = new HashMap<>();

    /**
     * Parts of organ abbreviations whose "Đ" is an initial no other name there spells bare, found inside longer
     * abbreviations: Giáo dục và Đào tạo (BGDĐT, SGDĐT, PGDĐT), Kế hoạch và Đầu tư (SKHĐT), Lao động - Thương binh và
     * Xã hội (SLĐTBXH).
     */
    private static final List<String> STEMS = List.of("GDĐT", "KHĐT", "LĐTBXH");
    /** Words of an organ's name that its abbreviation skips. */
    private static final Set<String> SKIPPED_WORDS = Set.of("VA", "-", "–", "&", ",");
    /** An abbreviation this short is matched only whole, never as the start of an organ's initials. */
    private static final int MIN_INITIALS = 3;

    static {
        Set<String> plain = new HashSet<>();
        Map<String, String> stroked = new HashMap<>();
        for (CodeList.Entry entry : CodeList.named("typeName").entries()) {
            note(entry.extra(), plain, stroked);
        }
        ORGANS.forEach(organ -> note(organ, plain, stroked));
        stroked.forEach((folded, printed) -> {
            if (!plain.contains(folded)) {
                WITH_STROKE.put(folded, printed);
            }
        });
    }

    private NotationStrokes() {
    }

    private static void note(String abbreviation, Set<String> plain, Map<String, String> stroked) {
        if (abbreviation == null || abbreviation.isEmpty()) {
            return;
        }
        if (abbreviation.indexOf('Đ') >= 0) {
            stroked.put(abbreviation.replace('Đ', 'D'), abbreviation);
        } else {
            plain.add(abbreviation);
        }
    }

    /** @return the ký hiệu with its known abbreviations' "Đ" given back ("QD-UBND" to "QĐ-UBND") */
    static String restore(String notation) {
        return restore(notation, List.of());
    }

    /**
     * The same, and an abbreviation that spells the initials of an organ named on the page gets the "Đ" those
     * initials have: "BGDDT" under "BỘ GIÁO DỤC VÀ ĐÀO TẠO" is "BGDĐT". Only a "D" where the name has "Đ" changes.
     *
     * @param organs the organs' names as printed in the header (with their marks), the issuing body's first
     */
    static String restore(String notation, List<String> organs) {
        StringBuilder restored = new StringBuilder();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= notation.length(); i++) {
            char c = i < notation.length() ? notation.charAt(i) : '-';
            if (c == '-' || c == '/') {
                restored.append(restorePart(part.toString(), organs));
                if (i < notation.length()) {
                    restored.append(c);
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        return restored.toString();
    }

    /** Icelandic eth, which Vietnamese never prints: Tesseract's reading of a "Đ", alone or after one ("QĐÐ"). */
    private static final char ETH = '\u00D0';

    private static String restorePart(String part, List<String> organs) {
        if (part.indexOf(ETH) >= 0) {
            return withoutEth(part, organs);
        }
        String known = WITH_STROKE.get(part);
        if (known != null) {
            return known;
        }
        if (part.indexOf('D') < 0) {
            return part;
        }
        for (String organ : organs) {
            String initials = initials(organ);
            if (part.length() >= MIN_INITIALS && initials.length() >= part.length()
                    && VietnameseText.fold(initials.substring(0, part.length())).equals(part)) {
                return strokesOf(part, initials);
            }
        }
        String result = part;
        for (String stem : STEMS) {
            result = result.replace(stem.replace('Đ', 'D'), stem);
        }
        return result;
    }

    /**
     * A part OCR read with an eth: "QĐÐ" and "QÐ" for "QĐ", "BC/ĐÐU" for "BC/ĐU". The eth is one "Đ" read twice, or
     * once: whichever reading is a known abbreviation (a type's, an organ's, the initials of an organ on the page) is
     * taken; a part neither reading makes known is left as read, eth and all, for the calibration to withhold.
     */
    private static String withoutEth(String part, List<String> organs) {
        String once = part.replace("Đ" + ETH, "Đ").replace(ETH, 'Đ');
        String twice = part.replace(ETH, 'Đ');
        for (String reading : List.of(once, twice)) {
            if (WITH_STROKE.containsValue(reading) || initialsOfAny(reading, organs)) {
                return reading;
            }
        }
        return part;
    }

    private static boolean initialsOfAny(String part, List<String> organs) {
        return organs.stream().map(NotationStrokes::initials).anyMatch(initials -> initials.equals(part)
                || part.length() >= MIN_INITIALS && initials.startsWith(part));
    }

    /** The part with "Đ" wherever the initials have it. */
    private static String strokesOf(String part, String initials) {
        StringBuilder result = new StringBuilder(part);
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) == 'D' && initials.charAt(i) == 'Đ') {
                result.setCharAt(i, 'Đ');
            }
        }
        return result.toString();
    }

    /** "BỘ GIÁO DỤC VÀ ĐÀO TẠO" to "BGDĐT": the first letter of each word, in capitals. */
    static String initials(String organ) {
        StringBuilder initials = new StringBuilder();
        for (String word : organ.strip().split("\\s+")) {
            if (word.isEmpty() || SKIPPED_WORDS.contains(VietnameseText.fold(word).toUpperCase(java.util.Locale.ROOT))
                    || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials.toString();
    }
}
