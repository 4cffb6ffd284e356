package org.earchive.pdfa;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writing systems whose letters change shape, stack or move by their neighbours (Khmer's subscript consonants,
 * Devanagari's conjuncts and vowel signs written before the consonant they follow, Thai and Lao tone marks
 * stacked over vowel signs), which earchive's own layout engine (openhtmltopdf over PDFBox, which shapes only a few
 * Indic scripts) draws letter by letter: every letter is on the page and found by a search, but a reader sees broken
 * words. LibreOffice shapes them; the text,
 * HTML and Java office engines say so instead of passing such a page as faithful. Arabic and Hebrew are shaped and
 * ordered by the engine itself (ICU) and are not listed, but for the extended Arabic letters of Persian and Urdu.
 */
public final class UnshapedScripts {

    private static final Set<UnicodeScript> NEED_SHAPING = EnumSet.of(
            UnicodeScript.DEVANAGARI, UnicodeScript.BENGALI, UnicodeScript.GURMUKHI, UnicodeScript.GUJARATI,
            UnicodeScript.ORIYA, UnicodeScript.TAMIL, UnicodeScript.TELUGU, UnicodeScript.KANNADA,
            UnicodeScript.MALAYALAM, UnicodeScript.SINHALA, UnicodeScript.THAI, UnicodeScript.LAO,
            UnicodeScript.TIBETAN, UnicodeScript.MYANMAR, UnicodeScript.KHMER, UnicodeScript.TAI_THAM,
            UnicodeScript.TAI_VIET, UnicodeScript.BALINESE, UnicodeScript.JAVANESE, UnicodeScript.CHAM,
            UnicodeScript.NEW_TAI_LUE, UnicodeScript.BUGINESE, UnicodeScript.SUNDANESE, UnicodeScript.MONGOLIAN,
            UnicodeScript.SYRIAC, UnicodeScript.THAANA, UnicodeScript.NKO);

    /** Past this many characters the text is not looked at further: a script is told by its first letters. */
    private static final int MOST_CHARACTERS = 2_000_000;

    private UnshapedScripts() {
    }

    /** The scripts of TEXT the layout engine cannot shape, by English name ("Khmer", "Devanagari"), sorted. */
    public static Set<String> in(CharSequence text) {
        Set<String> found = new TreeSet<>();
        int end = Math.min(text.length(), MOST_CHARACTERS);
        for (int i = 0; i < end; ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (extendedArabic(cp)) {
                found.add(EXTENDED_ARABIC);
                continue;
            }
            if (cp < 0x0700) { // Latin, Greek, Cyrillic, Hebrew, basic Arabic: shaped or needing none
                continue;
            }
            UnicodeScript script = UnicodeScript.of(cp);
            if (NEED_SHAPING.contains(script)) {
                found.add(name(script));
            }
        }
        return found;
    }

    /** What the warning calls Arabic letters beyond the basic set, which ICU's shaper leaves unjoined. */
    private static final String EXTENDED_ARABIC = "Persian or Urdu (Arabic letters such as \u067E \u0686 \u06AF)";

    /**
     * Arabic letters beyond the 28 of Arabic itself (Persian's پ چ ژ گ, Urdu's, and the supplements): ICU's shaping
     * joins only letters that have presentation forms in Unicode's Arabic Presentation Forms-B, so these are drawn in
     * their lone form inside a joined word.
     */
    private static boolean extendedArabic(int cp) {
        return (cp >= 0x0671 && cp <= 0x06D3) || (cp >= 0x0750 && cp <= 0x077F) || (cp >= 0x08A0 && cp <= 0x08FF);
    }

    /** The report's warning for TEXT laid out by earchive's own engine, or null when it needs none. */
    public static String warning(CharSequence text) {
        Set<String> scripts = in(text);
        if (scripts.isEmpty()) {
            return null;
        }
        return "The " + String.join(", ", scripts) + " text may be drawn without the stacking, joining and reordering"
                + " its writing needs: earchive's own layout engine does not shape it (LibreOffice does). Check the pages"
                + " against the original before archiving.";
    }

    /** Adds the warning for TEXT to WARNINGS when it needs one. */
    public static void warnAbout(CharSequence text, java.util.List<String> warnings) {
        String warning = warning(text);
        if (warning != null) {
            warnings.add(warning);
        }
    }

    private static String name(UnicodeScript script) {
        String lower = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
