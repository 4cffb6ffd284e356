package org.earchive.formats.vietnamese;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A font name that says its text is in a legacy Vietnamese code, and the Unicode font that replaces it.
 * TCVN3's ABC fonts are named {@code .VnTime}, {@code .VnArial}, {@code .VnCentury Schoolbook}...; the
 * upper-case family adds an "H" (hoa, capital): {@code .VnTimeH}, {@code .VnArialH}. VNI's are named
 * {@code VNI-Times}, {@code VNI-Helve}...; VISCII's (as WinVNKey lists them) {@code VI Times}, {@code VI Arial}, with
 * {@code VI Times H} for the capitals. A name is evidence enough to convert: nobody types Unicode text in
 * those fonts, because they draw nothing sensible for it.
 *
 * @param fontName    the name as the document gives it
 * @param encoding    the code of the font's text
 * @param capitals    whether the font draws every letter as a capital (the {@code .Vn*H} family)
 * @param replacement the font the Unicode text is laid out in: "Times New Roman" (Liberation Serif's metrics)
 *                    or "Arial" (Liberation Sans's)
 */
public record LegacyFont(String fontName, LegacyEncoding encoding, boolean capitals, String replacement) {

    private static final Pattern STYLE_SUFFIX = Pattern.compile(
            "(?i)([ ,-]+(bold|italic|oblique|regular|normal|narrow))+$");
    /** "VI Times", "VI-Arial", "VI Times H": "VI" and a separator, then a face name. */
    private static final Pattern VISCII_NAME = Pattern.compile("(?i)^vi[ -][a-z].*");
    /** "VI Times H", "VI TimesH": the capitals family. */
    private static final Pattern VISCII_CAPITALS = Pattern.compile("^.*(?: H|[a-z]H)$");
    private static final Pattern SANS = Pattern.compile(
            "(?i).*(arial|helve|helvetica|univers|avant|swiss|futura|gothic|sans).*");

    /** The legacy code a font name says, if it says one. */
    public static Optional<LegacyFont> of(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.trim().replaceAll("^['\"]|['\"]$", "");
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(".vn")) {
            String core = STYLE_SUFFIX.matcher(name).replaceAll("");
            boolean capitals = core.length() > 4 && core.endsWith("H");
            return Optional.of(new LegacyFont(fontName, LegacyEncoding.TCVN3, capitals, replacementFor(core)));
        }
        if (lower.startsWith("vni-") || lower.startsWith("vni ")) {
            return Optional.of(new LegacyFont(fontName, LegacyEncoding.VNI, false, replacementFor(name)));
        }
        if (VISCII_NAME.matcher(name).matches()) {
            String core = STYLE_SUFFIX.matcher(name).replaceAll("");
            return Optional.of(new LegacyFont(fontName, LegacyEncoding.VISCII, VISCII_CAPITALS.matcher(core).matches(),
                    replacementFor(core)));
        }
        return Optional.empty();
    }

    /** The legacy code text in this font is read in, as its text is decoded: {@code .VnTimeH}'s in capitals. */
    public String decode(CharSequence legacy) {
        return capitals ? encoding.decodeCapitals(legacy) : encoding.decode(legacy);
    }

    /**
     * The text one code of this font stands for, as a PDF's Unicode map gives each glyph: a letter (a capital
     * in a {@code .Vn*H} font), or a VNI modifier's combining marks. {@code code} is the code's byte as a
     * U+0000..U+00FF character.
     */
    public String glyph(char code) {
        String text = encoding.table().glyph(code);
        return capitals ? text.toUpperCase(java.util.Locale.forLanguageTag("vi")) : text;
    }

    private static String replacementFor(String name) {
        return SANS.matcher(name).matches() ? "Arial" : "Times New Roman";
    }
}
