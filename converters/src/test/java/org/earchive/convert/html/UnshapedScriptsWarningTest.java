package org.earchive.convert.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.convert.ConvertedPdf;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page in a script the layout engine cannot shape is not passed as faithful without a word to the clerk. */
class UnshapedScriptsWarningTest {

    @TempDir
    Path work;

    @Test
    void aKhmerPageIsConvertedWithAWarningToCheckItAgainstTheOriginal() throws Exception {
        Path html = work.resolve("bien-ban.html");
        Files.writeString(html, "<html><body><p>Biên bản làm việc với phía Campuchia</p>"
                + "<p>ព្រះរាជាណាចក្រកម្ពុជា ជាតិ សាសនា ព្រះមហាក្សត្រ</p></body></html>");

        ConvertedPdf result = new HtmlToPdfaConverter(Pdfs.FINISHER).convert(Pdfs.request(html, work.resolve("out.pdf")));

        assertTrue(result.warnings().stream().anyMatch(w -> w.startsWith("The Khmer text may be drawn without")),
                result.warnings()::toString);
    }

    @Test
    void aVietnamesePageGetsNoSuchWarning() throws Exception {
        Path html = work.resolve("cong-van.html");
        Files.writeString(html, "<html><body><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></body></html>");

        ConvertedPdf result = new HtmlToPdfaConverter(Pdfs.FINISHER).convert(Pdfs.request(html, work.resolve("out.pdf")));

        assertEquals(0, result.warnings().stream().filter(w -> w.contains("may be drawn without")).count());
    }
}
