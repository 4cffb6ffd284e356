package org.earchive.cli;

import java.time.Duration;
import org.earchive.core.OcrSettings;
import picocli.CommandLine.Option;

/** How scans are read: Tesseract's languages and how long one page may take. */
final class OcrOptions {

    @Option(names = "--ocr-lang", paramLabel = "LANGS")
    String languages = OcrSettings.DEFAULT_LANGUAGES;

    @Option(names = "--ocr-timeout", paramLabel = "SECONDS")
    long pageTimeoutSeconds = OcrSettings.DEFAULT_PAGE_TIMEOUT.toSeconds();

    /**
     * @param processes the most Tesseract processes run at once, whether they serve one long TIFF or many files
     * @throws UsageException for a language list Tesseract would not take, or a timeout below one second
     */
    OcrSettings settings(int processes) {
        try {
            return new OcrSettings(languages, Duration.ofSeconds(pageTimeoutSeconds), processes);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ".");
        }
    }
}
