package org.earchive.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A PDF's text as poppler's {@code pdftotext} reads it: glyphs put into lines and columns by their place on
 * the page, the reading of PDF viewers built on poppler (Evince, Okular) and of indexers that call it. It
 * is the second reading {@link WordFidelity} checks, beside PDFBox's; poppler-utils is optional, and where it
 * is missing the check reads with PDFBox alone.
 */
final class PopplerText {

    private static final String PROGRAM = "pdftotext";
    /** Enough for a thousand-page PDF on a slow disk; past it the reading is skipped, never waited for. */
    private static final long LIMIT_SECONDS = 120;

    private PopplerText() {
    }

    /** The text, pages separated by form feeds; null when pdftotext is not installed or does not finish. */
    static String read(Path pdf) throws IOException {
        Path text = Files.createTempFile("earchive-pdftotext", ".txt");
        Process process = null;
        try {
            try {
                process = new ProcessBuilder(PROGRAM, "-q", "-enc", "UTF-8", pdf.toAbsolutePath().toString(), text.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException notInstalled) {
                return null;
            }
            if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return Files.readString(text, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(text);
        }
    }
}
