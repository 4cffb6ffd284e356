package org.earchive.pdfa;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;

/**
 * The characters a text is drawn with once its Arabic letters are joined. openhtmltopdf shapes Arabic with ICU
 * (through {@code ICUBidiReorderer}) into the presentation forms of Unicode's Arabic Presentation Forms-B ("ﺑﺮﺍﻭﻥ"
 * for "براون") and draws those: a font is only of use to such a word when it has the forms, whatever letters it
 * has. {@link WholeWordFonts} and the machine fonts ({@link BundledFonts#registerMachineFontsFor}) choose fonts by
 * this text, so no joined letter falls to another font in the middle of its word.
 */
final class ArabicForms {

    /** The options openhtmltopdf's ICU reorderer shapes with: letters only, in logical order. */
    private static final int AS_THE_RENDERER_SHAPES = ArabicShaping.LETTERS_SHAPE;

    private ArabicForms() {
    }

    /** {@code text} with its Arabic letters in the forms they are drawn in; the text itself when it has none. */
    static String asDrawn(String text) {
        if (text.codePoints().noneMatch(ArabicForms::isArabic)) {
            return text;
        }
        try {
            return new ArabicShaping(AS_THE_RENDERER_SHAPES).shape(text);
        } catch (ArabicShapingException unshapeable) {
            return text; // the renderer then draws the letters as they are too
        }
    }

    private static boolean isArabic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }
}
