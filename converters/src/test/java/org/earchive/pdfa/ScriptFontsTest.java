package org.earchive.pdfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What doctor says of each writing system is what a conversion would draw it with. */
class ScriptFontsTest {

    private static final Path DROID = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    @Test
    void aScriptTheBundledFontsHaveIsDrawnInThemOnEveryComputer() {
        ScriptFonts.Script russian = ScriptFonts.of("Cyrillic", "Русский язык", "-");

        assertEquals("Liberation Serif", russian.bundled(), "the first family a word is given whole");
        assertEquals(List.of(), russian.machine(), "no machine font is asked for");
        assertTrue(russian.drawn());
    }

    @Test
    void chineseIsDrawnInTheInstalledFontThatHasItAndAPrivateLetterIsMissing() {
        boolean present = Files.isRegularFile(DROID);
        if (!present && "1".equals(System.getenv("EARCHIVE_REQUIRE_SCRIPT_FONTS"))) {
            throw new AssertionError("fonts-droid-fallback is required here (EARCHIVE_REQUIRE_SCRIPT_FONTS=1)");
        }
        assumeTrue(present, "no font for Chinese on this machine: apt-get install fonts-droid-fallback");

        ScriptFonts.Script chinese = ScriptFonts.of("Chinese (Hán)", "中國漢字文書", "fonts-droid-fallback");
        assertNull(chinese.bundled());
        assertTrue(chinese.drawn(), chinese::toString);
        assertFalse(chinese.machine().isEmpty(), chinese::toString);

        // a letter of the last private-use plane: no font of any computer draws it
        ScriptFonts.Script nowhere = ScriptFonts.of("Nowhere", "\uDBFF\uDFFD", "nothing");
        assertEquals(1, nowhere.missing());
        assertFalse(nowhere.drawn());
    }

    @Test
    void theSurveyNamesEveryScriptOnceInTheOrderDoctorPrints() {
        List<ScriptFonts.Script> survey = ScriptFonts.survey();
        assertEquals("Chinese (Hán)", survey.get(0).script());
        assertEquals(survey.size(), survey.stream().map(ScriptFonts.Script::script).distinct().count());
        assertTrue(survey.stream().anyMatch(s -> s.script().equals("Chữ Nôm")), "Vietnam's own older script");
    }

    @Test
    void aScriptIsDrawnInAnUprightRegularFaceWhereOneIsInstalled() {
        Path khmerRegular = Path.of("/usr/share/fonts/truetype/noto/NotoSansKhmer-Regular.ttf");
        boolean present = Files.isRegularFile(khmerRegular);
        if (!present && "1".equals(System.getenv("EARCHIVE_REQUIRE_SCRIPT_FONTS"))) {
            throw new AssertionError("fonts-noto-core is required here (EARCHIVE_REQUIRE_SCRIPT_FONTS=1)");
        }
        assumeTrue(present, "no Khmer font on this machine: apt-get install fonts-noto-core");

        ScriptFonts.Script khmer = ScriptFonts.of("Khmer", "ភាសាខ្មែរ", "fonts-noto-core");

        // the font is registered as the text's regular face: NotoSansKhmer-Bold.ttf, first by path, drew it all bold
        assertTrue(khmer.machine().stream().noneMatch(f -> f.getFileName().toString().matches("(?i).*(bold|italic).*")),
                khmer::toString);
        assertTrue(khmer.drawn(), khmer::toString);
    }
}
