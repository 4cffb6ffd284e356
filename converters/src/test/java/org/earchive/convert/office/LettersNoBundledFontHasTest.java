package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Japanese and Gothic words, which no bundled font draws, come out of the Java engine whole in the machine's own
 * fonts. CI installs them (fonts-droid-fallback, fonts-noto-core) and sets EARCHIVE_REQUIRE_SCRIPT_FONTS=1, so there
 * their absence fails the tests instead of skipping them.
 */
class LettersNoBundledFontHasTest {

    @TempDir
    Path work;

    @BeforeAll
    static void fontsInstalled() {
        boolean present = Files.isRegularFile(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"))
                && Files.isRegularFile(Path.of("/usr/share/fonts/truetype/noto/NotoSansGothic-Regular.ttf"));
        if (!present && "1".equals(System.getenv("EARCHIVE_REQUIRE_SCRIPT_FONTS"))) {
            throw new AssertionError("fonts for Japanese and Gothic are required here (EARCHIVE_REQUIRE_SCRIPT_FONTS=1):"
                    + " apt-get install fonts-droid-fallback fonts-noto-core");
        }
        assumeTrue(present, "no font for Japanese and Gothic on this machine: apt-get install fonts-droid-fallback fonts-noto-core");
    }

    @Test
    void japaneseAndGothicWordsAreDrawnWhole() throws Exception {
        Path docx = work.resolve("scripts.docx");
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Công văn gửi Đại sứ quán Nhật Bản:");
            document.createParagraph().createRun().setText("ゾルゲと尾崎、淡々と最期");
            document.createParagraph().createRun().setText("Chữ Gothic: 𐌲𐌿𐍄𐌹𐍃𐌺");
            try (var out = Files.newOutputStream(docx)) {
                document.write(out);
            }
        }
        Path target = work.resolve("scripts.pdf");
        TableGridTest.convertKeepingEveryWord(docx, target);
        String text = PdfText.comparable(Pdfs.text(target));
        assertTrue(text.contains("ゾルゲと尾崎") && text.contains("𐌲𐌿𐍄𐌹𐍃𐌺"), text);
        assertTrue(text.contains(PdfText.comparable("Đại sứ quán Nhật Bản")), text);
    }

    @Test
    void tikasWordSampleConvertsWithEveryWordAsDocxAndAsDoc() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        for (String name : List.of("testWORD_various.docx", "testWORD_various.doc")) {
            Path target = work.resolve(name + ".pdf");
            TableGridTest.convertKeepingEveryWord(corpus.resolve("tika/" + name), target);
        }
    }
}
