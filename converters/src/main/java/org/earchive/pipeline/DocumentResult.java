package org.earchive.pipeline;

import java.util.List;
import java.util.Map;
import org.earchive.convert.DocumentStatus;

/**
 * What became of one input, as reports show it.
 *
 * @param source        the input's path relative to the folder it was found in
 * @param status        the outcome
 * @param message       one sentence for a records clerk
 * @param documentClass "born-digital" or "scanned", or null when unknown
 * @param mime          detected media type, or null
 * @param puid          PRONOM identifier, or null
 * @param pdfaLevel     the PDF/A level veraPDF confirmed, e.g. "PDF/A-2u"; null when none was
 * @param pages         pages written (0 when nothing was)
 * @param outputs       files written, relative to the output folder
 * @param warnings      things a person should check
 * @param failedRules   PDF/A rule ids the output broke
 * @param facts         detail about the source (encoding, resolution, ...)
 * @param sourceSha256  the input's SHA-256, or null when it could not be read
 * @param durationMs    time spent on this document
 */
public record DocumentResult(String source, DocumentStatus status, String message, String documentClass, String mime,
                             String puid, String pdfaLevel, int pages, List<String> outputs, List<String> warnings,
                             List<String> failedRules, Map<String, String> facts, String sourceSha256, long durationMs) {

    public DocumentResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
        failedRules = List.copyOf(failedRules);
        facts = Map.copyOf(facts);
    }
}
