package org.earchive.convert.ocr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.earchive.core.AtomicFiles;
import org.earchive.core.Fixity;

/**
 * Tesseract's hOCR of page images already read, kept in a folder so that a page is recognised once: the clerk's
 * template ({@code metadata template}) and the {@code convert} after it (or before it) read the same scans, and each
 * page costs seconds of Tesseract. A page's key is the SHA-256 of the exact image handed to Tesseract with the
 * languages, resolution and Tesseract version it was read with: any other image, or another reading, is a miss.
 *
 * <p>Off unless {@value #ENVIRONMENT_VARIABLE} names a folder (created when missing): a batch of a hundred thousand
 * pages leaves 5-10 GB of hOCR, which is the user's to place and to remove. An entry that cannot be written costs
 * the next run its time, never this one its text.
 */
final class OcrCache {

    /** The environment variable naming the cache folder. */
    static final String ENVIRONMENT_VARIABLE = "EARCHIVE_OCR_CACHE";

    /** Reads a page when it is not in the cache. */
    @FunctionalInterface
    interface Reader {
        Path hocr() throws IOException, ExternalProcess.TimedOut, InterruptedException, OcrException;
    }

    private final Path folder;
    private final String engine;

    private OcrCache(Path folder, String engine) {
        this.folder = folder;
        this.engine = engine;
    }

    /** The cache the environment names, or none (null). */
    static OcrCache from(Map<String, String> environment, String engineVersion) {
        String folder = environment.get(ENVIRONMENT_VARIABLE);
        return folder == null || folder.isBlank() ? null : new OcrCache(Path.of(folder), engineVersion);
    }

    /** The page's hOCR from the cache, else read by {@code reader} and kept. */
    Path hocr(Path image, String languages, int dpi, Reader reader)
            throws IOException, ExternalProcess.TimedOut, InterruptedException, OcrException {
        Path entry = folder.resolve(key(image, languages, dpi) + ".hocr");
        if (Files.isRegularFile(entry)) {
            return entry;
        }
        Path read = reader.hocr();
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(entry, Files.readAllBytes(read));
        } catch (IOException e) {
            // a full or read-only cache folder: this page is read all the same
        }
        return read;
    }

    private String key(Path image, String languages, int dpi) throws IOException {
        String reading = Fixity.sha256(image) + "\n" + languages + "\n" + dpi + "\n" + engine;
        return Fixity.sha256(reading.getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }
}
