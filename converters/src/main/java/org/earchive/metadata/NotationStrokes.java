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
        StringBuilder restored = new StringBuilder();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= notation.length(); i++) {
            char c = i < notation.length() ? notation.charAt(i) : '-';
            if (c == '-' || c == '/') {
                restored.append(WITH_STROKE.getOrDefault(part.toString(), part.toString()));
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
}
