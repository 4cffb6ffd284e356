package org.earchive.pdfa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which font draws each writing system earchive's own engines meet beyond the bundled fonts' Latin, Greek and
 * Cyrillic, on this machine: what {@code doctor} shows, so that a clerk learns before a conversion, not from a refused
 * document, that Korean or chữ Nôm would have no font here. Each script is asked for with a few of its letters, the
 * way a conversion asks: a bundled family first, then the machine's fonts ({@link MachineFonts}).
 */
public final class ScriptFonts {

    /**
     * One script as this machine draws it.
     *
     * @param script  its English name
     * @param letters the letters asked for
     * @param bundled the bundled family that has them all, or null
     * @param machine the installed font files that draw them when no bundled family does (empty when none)
     * @param missing how many of the letters no font here has
     * @param install the Debian package that brings a font for it
     */
    public record Script(String script, String letters, String bundled, List<Path> machine, int missing, String install) {
        public Script {
            machine = List.copyOf(machine);
        }

        public boolean drawn() {
            return missing == 0;
        }
    }

    /** Name, sample letters, the Debian package with a font for them. */
    private static final String[][] SCRIPTS = {
        {"Chinese (Hán)", "中國漢字文書", "fonts-droid-fallback"},
        {"Chữ Nôm", "𡨸喃𠊛𡗶", "fonts-hanazono"},
        {"Japanese", "ひらがなカタカナ", "fonts-droid-fallback"},
        {"Korean", "한국어문서", "fonts-nanum"},
        {"Lao", "ພາສາລາວ", "fonts-noto-core"},
        {"Khmer", "ភាសាខ្មែរ", "fonts-noto-core"},
        {"Thai", "ภาษาไทย", "fonts-noto-core"},
        {"Arabic", "العربية", "fonts-noto-core"},
        {"Hebrew", "עברית", "fonts-noto-core"},
        {"Devanagari", "हिन्दी", "fonts-noto-core"},
    };

    private ScriptFonts() {
    }

    /** Every script above, in that order. Runs fontconfig once or twice per script not bundled. */
    public static List<Script> survey() {
        List<Script> found = new ArrayList<>();
        for (String[] script : SCRIPTS) {
            found.add(of(script[0], script[1], script[2]));
        }
        return List.copyOf(found);
    }

    static Script of(String name, String letters, String install) {
        String bundled = BundledFonts.firstFamilyCovering(letters);
        if (bundled != null) {
            return new Script(name, letters, bundled, List.of(), 0, install);
        }
        BitSet missing = BundledFonts.uncovered(letters);
        List<Path> machine = new ArrayList<>();
        for (MachineFonts.Font font : MachineFonts.covering(missing)) {
            machine.add(font.file());
        }
        for (Path font : machine) {
            missing.andNot(MachineFonts.lettersOf(font));
        }
        return new Script(name, letters, null, machine, missing.cardinality(), install);
    }
}
