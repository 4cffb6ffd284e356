package org.earchive.formats.vietnamese;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyHtmlTest {

    private final LegacyHtml legacy = new LegacyHtml();

    @Test
    void runsInLegacyFontsAreDecodedInTheirFontsCodeAndTheFontReplaced() {
        Document html = Jsoup.parse("<html><head><style>p.MsoNormal { font-family: \".VnTime\"; }</style></head><body>"
                + "<p class=MsoNormal><span style='font-family:\".VnTimeH\"'>céng hoµ x· héi chñ nghÜa viÖt nam</span></p>"
                + "<p class=MsoNormal>§éc lËp - Tù do - H¹nh phóc</p>"
                + "<p><font face='VNI-Times'>Coäng hoøa</font></p>"
                + "<p style='font-family: Times New Roman'>Hà Nội, Đà Nẵng</p></body></html>");
        LegacyHtml.Result result = legacy.convert(html);
        assertEquals("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Cộng hòa Hà Nội, Đà Nẵng",
                html.body().text());
        assertEquals(3, result.fontRuns());
        assertEquals(LegacyEncoding.TCVN3, result.encoding());
        assertFalse(html.outerHtml().contains(".Vn"), html.outerHtml());
        assertFalse(html.outerHtml().contains("VNI-"), html.outerHtml());
        assertTrue(html.outerHtml().contains("Times New Roman"));
    }

    @Test
    void withoutFontsTheCharactersDecide(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("vni.html");
        String body = LegacyEncoding.VNI.encode(LegacyTextEvidenceTest.CONG_VAN);
        // no charset declared and not UTF-8: the bytes must survive to be decoded
        Files.write(page, ("<html><body><p>" + body + "</p></body></html>").getBytes(StandardCharsets.ISO_8859_1));
        Document html = LegacyHtml.parse(page, page.toUri().toString());
        LegacyHtml.Result result = legacy.convert(html);
        assertTrue(result.converted());
        assertEquals(LegacyEncoding.VNI, result.encoding());
        assertTrue(html.body().text().startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập"), html.body().text());
    }

    @Test
    void aFrenchPageIsLeftAlone() {
        String french = "<p>Le conseil municipal s'est réuni à la mairie le 12 février. Étaient présents le maire et"
                + " ses adjoints. Après délibération, le conseil décide à l'unanimité de créer un poste.</p>";
        Document html = Jsoup.parse(french);
        String before = html.outerHtml();
        assertFalse(legacy.convert(html).converted());
        assertEquals(before, html.outerHtml());
    }
}
