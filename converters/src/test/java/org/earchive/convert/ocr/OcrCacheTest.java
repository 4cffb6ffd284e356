package org.earchive.convert.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page image read once is not read again, whoever asks (the template, then convert); another image is. */
class OcrCacheTest {

    @TempDir
    Path folder;

    @Test
    void thePageIsReadOnceAndItsHocrComesBackTheSame() throws Exception {
        OcrCache cache = OcrCache.from(Map.of(OcrCache.ENVIRONMENT_VARIABLE, folder.resolve("cache").toString()),
                "tesseract 5.3.0");
        Path page = Files.write(folder.resolve("page.tif"), new byte[] {1, 2, 3});
        AtomicInteger reads = new AtomicInteger();
        OcrCache.Reader tesseract = () -> {
            reads.incrementAndGet();
            return Files.writeString(folder.resolve("out.hocr"), "<html>page " + reads.get() + "</html>");
        };
        Path first = cache.hocr(page, "vie", 200, tesseract);
        Path again = cache.hocr(page, "vie", 200, tesseract);
        assertEquals(1, reads.get());
        assertEquals(Files.readString(first), Files.readString(again));
        // read with other languages, or another image: read again
        cache.hocr(page, "vie+eng", 200, tesseract);
        Files.write(page, new byte[] {1, 2, 4});
        cache.hocr(page, "vie", 200, tesseract);
        assertEquals(3, reads.get());
    }

    @Test
    void offUnlessTheEnvironmentNamesAFolder() {
        assertNull(OcrCache.from(Map.of(), "tesseract 5.3.0"));
        assertNull(OcrCache.from(Map.of(OcrCache.ENVIRONMENT_VARIABLE, " "), "tesseract 5.3.0"));
    }
}
