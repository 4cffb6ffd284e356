package org.earchive.metadata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What OCR glues to the ends of a trích yếu, taken off: before it, the rule under the header or the type name and
 * specks, read as marks ("-.--Quy định ...", "__ Về việc ...", "„Tổ chức ..."); after a công văn's V/v, the
 * addressee's line read into the same line ("... văn bản điện tử “-“- Kính gửi: Các cơ quan ..."). A subject opens
 * with a word (or a quote or bracket around one) and never holds "Kính gửi", which opens the letter itself.
 */
final class SubjectEdges {

    /** Marks no subject opens with, as a rule or a speck reads: dashes, dots, underscores, low quotes, strokes. */
    private static final Pattern LEADING_DEBRIS = Pattern.compile(
            "^[\\s\\-\u2010-\u2015_.,:;~'`\u201E\u201A\u00B7\u2022|*=]+(?=[\\p{L}\\p{N}\u201C\"(])");
    /** The addressee's line ("Kính gửi:"), on the folded text. */
    private static final Pattern ADDRESSEE = Pattern.compile("\\s+kinh\\s*gui\\b");
    /** What is left of a rule or quotes between the subject and the addressee's line: no subject ends in them. */
    private static final Pattern TRAILING_DEBRIS = Pattern.compile("[\\s\\-\u2010-\u2015_.,:;~'`\u201C\u201E\"|*=]+$");

    private SubjectEdges() {
    }

    static String trim(String subject) {
        String trimmed = LEADING_DEBRIS.matcher(subject).replaceFirst("");
        // the folded text keeps the original's length (one letter for one letter), so its offsets hold for both
        String folded = VietnameseText.fold(trimmed).toLowerCase(Locale.ROOT);
        Matcher addressee = ADDRESSEE.matcher(folded);
        if (folded.length() == trimmed.length() && addressee.find() && addressee.start() > 0) {
            trimmed = TRAILING_DEBRIS.matcher(trimmed.substring(0, addressee.start())).replaceFirst("");
        }
        return trimmed;
    }
}
