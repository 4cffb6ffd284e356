package org.earchive.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The service speaks both languages fully, and picks the one a request asks for. */
class TextsTest {

    @Test
    void bothLanguagesHaveTheSameTexts() {
        assertEquals(keys("en"), keys("vi"));
    }

    @Test
    void vietnameseUnlessEnglishIsAskedForOrPreferred() {
        assertEquals("vi", Texts.choose(null, null).language());
        assertEquals("vi", Texts.choose(null, "fr-FR,fr;q=0.9").language());
        assertEquals("en", Texts.choose(null, "en-US,en;q=0.9,vi;q=0.8").language());
        assertEquals("vi", Texts.choose(null, "vi-VN,vi;q=0.9,en;q=0.8").language());
        assertEquals("vi", Texts.choose(null, "fr;q=0.9,vi;q=0.5,en;q=0.4").language());
        assertEquals("en", Texts.choose("en", "vi").language());
        assertEquals("vi", Texts.choose("vi", "en").language());
        assertEquals("vi", Texts.choose(null, ";;;garbage").language());
    }

    @Test
    void uploadNamesAreReducedToOneSafeName() {
        assertEquals("báo cáo.txt", Upload.fileName("../../b\u0061\u0301o cáo.txt", "document"));
        assertEquals("x.docx", Upload.fileName("C:\\Users\\clerk\\x.docx", "document"));
        assertEquals("document", Upload.fileName("..", "document"));
        assertEquals("document", Upload.fileName(".bashrc", "document"));
        assertEquals("a_b.txt", Upload.fileName("a\u0000b.txt", "document"));
        assertEquals("document", Upload.fileName(null, "document"));
    }

    private static TreeSet<String> keys(String language) {
        return new TreeSet<>(ResourceBundle.getBundle("org.earchive.serve.texts", java.util.Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet());
    }
}
