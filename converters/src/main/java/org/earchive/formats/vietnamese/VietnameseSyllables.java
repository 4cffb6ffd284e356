package org.earchive.formats.vietnamese;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word is a well-formed Vietnamese syllable: an initial consonant from the language's set, a vowel
 * group the language has, an allowed final consonant, at most one tone mark, and a stopped syllable (final
 * c, ch, p, t) only with the sắc or nặng tone. Vietnamese prose is almost all such syllables; French or German
 * words, and legacy-code text read in the wrong code, almost never are. That difference is the statistical
 * evidence {@link LegacyTextEvidence} weighs.
 */
public final class VietnameseSyllables {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern SYLLABLE = Pattern.compile(
            "(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
            + "(iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|"
            + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|"
            + "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
            + "(ch|nh|ng|c|m|n|p|t)?");

    private VietnameseSyllables() {
    }

    public static boolean isSyllable(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(VIETNAMESE), Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0) {
                    return false;
                }
                tone = c;
            } else {
                bare.append(c);
            }
        }
        Matcher parts = SYLLABLE.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC));
        if (!parts.matches()) {
            return false;
        }
        String initial = parts.group(1) == null ? "" : parts.group(1);
        char firstVowel = parts.group(2).charAt(0);
        boolean frontVowel = "eêiy".indexOf(firstVowel) >= 0;
        // spelling rules: k, gh, ngh before e ê i y only; c, g, ng never there
        if ((initial.equals("k") || initial.equals("gh") || initial.equals("ngh")) && !frontVowel) {
            return false;
        }
        if ((initial.equals("c") || initial.equals("ng")) && frontVowel) {
            return false;
        }
        String last = parts.group(3);
        boolean stopped = last != null && (last.equals("c") || last.equals("ch") || last.equals("p") || last.equals("t"));
        return !stopped || tone == '\u0301' || tone == '\u0323';
    }
}
