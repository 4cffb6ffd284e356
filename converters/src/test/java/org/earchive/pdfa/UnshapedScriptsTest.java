package org.earchive.pdfa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class UnshapedScriptsTest {

    @Test
    void vietnameseChineseArabicAndHebrewNeedNoWarning() {
        assertNull(UnshapedScripts.warning("Lưu trữ hồ sơ 中國 العربية עברית Русский"));
    }

    @Test
    void khmerThaiAndLaoAreNamedOnceEach() {
        assertEquals(Set.of("Khmer", "Lao", "Thai"),
                UnshapedScripts.in("ព្រះរាជាណាចក្រកម្ពុជា ភាសាខ្មែរ ที่นี่ ພາສາລາວ"));
        String warning = UnshapedScripts.warning("Biên bản: ព្រះរាជាណាចក្រកម្ពុជា");
        assertTrue(warning.startsWith("The Khmer text may be drawn without"), warning);
    }

    @Test
    void persianLettersICUCannotJoinAreNamedButArabicItselfIsNot() {
        assertNull(UnshapedScripts.warning("اللغة العربية"));
        assertEquals(Set.of("Persian or Urdu (Arabic letters such as \u067E \u0686 \u06AF)"),
                UnshapedScripts.in("زبان فارسی: پدر، چهار، گل"));
    }
}
