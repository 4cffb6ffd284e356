package org.earchive.cli;

import java.time.Duration;
import org.earchive.core.DeskewMode;
import org.earchive.core.ImageOptimization;
import org.earchive.core.OcrMode;
import org.earchive.core.OcrSettings;
import picocli.CommandLine.Option;

/** How scans are read: Tesseract's languages, how long one page may take, and what is done about askew pages. */
final class OcrOptions {

    @Option(names = "--ocr-lang", paramLabel = "LANGS")
    String languages = OcrSettings.DEFAULT_LANGUAGES;

    @Option(names = "--ocr-timeout", paramLabel = "SECONDS")
    long pageTimeoutSeconds = OcrSettings.DEFAULT_PAGE_TIMEOUT.toSeconds();

    /** Described under "deskew" in messages_vi/en.properties, as every option is. */
    @Option(names = "--deskew")
    boolean deskew;

    @Option(names = "--no-ocr-deskew")
    boolean noOcrDeskew;

    @Option(names = "--ocr", paramLabel = "MODE")
    String mode = OcrMode.SKIP_TEXT.id();

    @Option(names = {"--optimize", "--optimise"}, paramLabel = "LEVEL")
    int optimize = ImageOptimization.LOSSLESS.level();

    /**
     * @param processes the most Tesseract processes run at once, whether they serve one long TIFF or many files
     * @throws UsageException for a language list Tesseract would not take, a timeout below one second, or an
     *                        OCR mode that is not skip-text, redo or force, or an optimisation level but 0, 1, 2
     */
    OcrSettings settings(int processes) {
        try {
            return new OcrSettings(languages, Duration.ofSeconds(pageTimeoutSeconds), processes,
                    deskew ? DeskewMode.IMAGE : noOcrDeskew ? DeskewMode.OFF : DeskewMode.OCR, OcrMode.parse(mode),
                    ImageOptimization.ofLevel(optimize));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ".");
        }
    }
}
