package org.earchive.metadata;

import java.io.IOException;
import java.nio.file.Path;
import org.earchive.core.OcrWords;
import org.earchive.detect.Detection;

/**
 * A scan's text as OCR reads it, for the clerk's template: what {@code convert} would find in the scan, so that the
 * sheet is filled for scans too. Implemented where the OCR engine is ({@code pipeline.ScanOcrReading}).
 */
@FunctionalInterface
public interface ScanText {

    /** No OCR: scans give the template empty rows. */
    ScanText NONE = (source, detection) -> null;

    /**
     * @return the text and words read, or null when the source is not a scan this reads, or nothing was recognised
     */
    Recognised read(Path source, Detection detection) throws IOException;

    /** @param text the text as the PDF's OCR layer gives it back; @param words the words with Tesseract's confidences */
    record Recognised(String text, OcrWords words) {
    }
}
