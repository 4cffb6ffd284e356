package org.earchive.formats.vietnamese;

import java.util.Locale;
import java.util.Optional;

/**
 * The pre-Unicode Vietnamese codes earchive reads: text typed in them looks like Western-European mojibake
 * ("Céng hßa" for "Cộng hòa") to every program that does not know the font it was typed in.
 */
public enum LegacyEncoding {

    /** TCVN 5712:1993 (VN3 as the ABC fonts .VnTime, .VnArial... draw it; VN1's capitals read too). */
    TCVN3("tcvn3", "TCVN3 (ABC)", "tcvn3.tsv", false),
    /** The VNI Windows fonts (VNI-Times, VNI-Helve...): base letter + modifier byte. */
    VNI("vni", "VNI Windows", "vni.tsv", false),
    /** RFC 1456; its fonts are named "VI Times", "VI Arial"... ("VI Times H" for the capitals). */
    VISCII("viscii", "VISCII", "viscii.tsv", true);

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String id;
    private final String displayName;
    private final String resource;
    /**
     * Whether bytes 0x80-0x9F are letters that a Windows program stores as their Windows-1252 characters: a
     * VISCII "Ộ" (0x93) typed in a "VI Times" run is "“" in a DOCX, an HTML page labelled windows-1252 or a PDF's
     * WinAnsi font. (TCVN3's .VnTime fonts draw nothing of VN1's capitals there, so a quote there stays a quote.)
     */
    private final boolean windowsLetters;
    private volatile LegacyTable table;

    LegacyEncoding(String id, String displayName, String resource, boolean windowsLetters) {
        this.id = id;
        this.displayName = displayName;
        this.resource = resource;
        this.windowsLetters = windowsLetters;
    }

    /** "tcvn3", "vni", "viscii": as {@code detect} and the report's facts name it. */
    public String id() {
        return id;
    }

    /** "TCVN3", "VNI", "VISCII": as the encoding field of {@code detect} and the report names it. */
    public String charsetName() {
        return id.toUpperCase(Locale.ROOT);
    }

    /** "TCVN3 (ABC)", "VNI Windows", "VISCII": as a sentence for a person names it. */
    public String displayName() {
        return displayName;
    }

    /** The Unicode (NFC) text of {@code legacy}, whose characters U+0000..U+00FF stand for this code's bytes. */
    public String decode(CharSequence legacy) {
        return table().decode(WindowsBytes.asBytes(legacy, windowsLetters));
    }

    /**
     * The code's byte a character a PDF font's map gives for one code stands for: itself for U+0000..U+00FF, the
     * byte of its Windows-1252 character where this code has letters at 0x80-0x9F ({@link WindowsBytes}); -1 for
     * any other character.
     */
    int byteOf(char c) {
        return c <= 0xFF ? c : WindowsBytes.byteOf(c, windowsLetters);
    }

    /**
     * As {@link #decode(CharSequence)}, for text in an upper-case font such as TCVN3's {@code .VnTimeH}: those
     * fonts draw every code, the lower-case ones included, as a capital, so the font decides the case.
     */
    public String decodeCapitals(CharSequence legacy) {
        return decode(legacy).toUpperCase(VIETNAMESE);
    }

    /** The legacy form of a Unicode text, one character per byte (for making test documents). */
    public String encode(CharSequence unicode) {
        return table().encode(unicode);
    }

    /** Whether the character stands for a byte this code gives a Vietnamese meaning (not ASCII). */
    boolean uses(char c) {
        return table().uses(c);
    }

    LegacyTable table() {
        LegacyTable loaded = table;
        if (loaded == null) {
            loaded = LegacyTable.load(resource);
            table = loaded;
        }
        return loaded;
    }

    /** "tcvn3" (any case) -> TCVN3; also the display names. */
    public static Optional<LegacyEncoding> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (LegacyEncoding encoding : values()) {
            if (encoding.id.equalsIgnoreCase(name.trim()) || encoding.name().equalsIgnoreCase(name.trim()) || encoding.displayName.equalsIgnoreCase(name.trim())) {
                return Optional.of(encoding);
            }
        }
        return Optional.empty();
    }
}
