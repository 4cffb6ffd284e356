package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose name promises another format than its content is said so, by detect and by triage alike. */
class NameCheckTest {

    private static final FileInspector INSPECTOR = new FileInspector(new TikaDetector());

    @TempDir
    Path folder;

    @Test
    void aTwoByteTextNamedDocxIsReadAsTextAndSaidSo() throws IOException {
        Path file = Files.writeString(folder.resolve("bao-cao.docx"), "hi");
        FileInspection inspection = INSPECTOR.inspect(file, "bao-cao.docx");
        assertEquals("ok", inspection.status());
        assertEquals("text/plain", inspection.detection().mime());
        assertTrue(inspection.nameWarning().startsWith("The name ends in .docx (Office Open XML Document)"),
                inspection.nameWarning());
        assertTrue(inspection.nameWarning().contains("Plain Text File"), inspection.nameWarning());
    }

    @Test
    void aPictureNamedPdfIsSaidSoEvenWhenOnlyIdentified() throws IOException {
        Path png = Fixtures.root().resolve("samples/anh");
        Path picture;
        try (var files = Files.list(png)) {
            picture = files.filter(p -> p.toString().endsWith(".png") || p.toString().endsWith(".jpg")).findFirst().orElseThrow();
        }
        Path file = Files.copy(picture, folder.resolve("scan.pdf"));
        FileInspection inspection = INSPECTOR.identify(file, "scan.pdf");
        assertTrue(inspection.nameWarning().contains(".pdf (Portable Document Format)"), inspection.nameWarning());
    }

    @Test
    void namesThatAgreeOrSayNothingGetNoWarning() throws IOException {
        assertNull(warningFor("thong-bao.txt", "Thông báo\n"));
        assertNull(warningFor("nhat-ky.log", "2025-01-01 started\n"), "a log is plain text underneath");
        assertNull(warningFor("README", "no extension promises nothing\n"));
        assertNull(warningFor("trang.htm", "<!DOCTYPE html><html><body><p>Trang</p></body></html>"));
        assertNull(warningFor("trang.html", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<body><p>Trang</p></body></html>"), "XHTML is still a web page");
    }

    @Test
    void logsAndCsvAreReadAsPlainTextNotRefused() throws IOException {
        Path log = Files.writeString(folder.resolve("nhat-ky.log"), "Nhật ký lưu trữ\nngày 10/06/2025\n", StandardCharsets.UTF_8);
        FileInspection inspection = INSPECTOR.inspect(log, "nhat-ky.log");
        assertEquals("ok", inspection.status(), inspection.message());
        assertTrue(MediaTypes.isPlainText(inspection.detection().mime()), inspection.detection().mime());
        assertTrue(MediaTypes.isPlainText("text/csv"));
        assertTrue(!MediaTypes.isPlainText("text/html") && !MediaTypes.isPlainText("application/pdf"));
    }

    private String warningFor(String name, String content) throws IOException {
        Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        return INSPECTOR.inspect(file, name).nameWarning();
    }
}
