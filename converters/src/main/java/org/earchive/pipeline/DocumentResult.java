package org.earchive.pipeline;

import java.util.List;
import java.util.Map;
import org.earchive.core.DocumentStatus;

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
 * @param unchanged     true when this run found the input and its outputs exactly as an earlier run left them,
 *                      and so carried that run's result over instead of converting again
 */
public record DocumentResult(String source, DocumentStatus status, String message, String documentClass, String mime,
                             String puid, String pdfaLevel, int pages, List<String> outputs, List<String> warnings,
                             List<String> failedRules, Map<String, String> facts, String sourceSha256, long durationMs,
                             boolean unchanged) {

    public DocumentResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
        failedRules = List.copyOf(failedRules);
        facts = Map.copyOf(facts);
    }

    /** A result of this run. */
    public DocumentResult(String source, DocumentStatus status, String message, String documentClass, String mime,
                          String puid, String pdfaLevel, int pages, List<String> outputs, List<String> warnings,
                          List<String> failedRules, Map<String, String> facts, String sourceSha256, long durationMs) {
        this(source, status, message, documentClass, mime, puid, pdfaLevel, pages, outputs, warnings, failedRules, facts,
                sourceSha256, durationMs, false);
    }

    /** An outcome decided before any conversion (skipped, timed out): a status and a sentence, nothing written. */
    static DocumentResult of(SourceDocument document, DocumentStatus status, String message, long durationMs) {
        return new DocumentResult(document.displayPath(), status, message, null, null, null, null, 0, List.of(), List.of(),
                List.of(), Map.of(), null, durationMs);
    }

    /** The outcome of a document given up after {@code limit}: the batch goes on without it. */
    static DocumentResult timedOut(SourceDocument document, java.time.Duration limit, long durationMs) {
        return of(document, DocumentStatus.TIMEOUT, "Converting this file took longer than the limit of "
                + BatchRunner.describe(limit) + ", so earchive gave up on it and went on with the rest; a larger"
                + " time limit may let it finish.", durationMs);
    }

    /** The same document with another outcome whose outputs were removed (what was learnt about it is kept). */
    DocumentResult failedAs(DocumentStatus failure, String sentence) {
        return new DocumentResult(source, failure, sentence, documentClass, mime, puid, null, 0, List.of(), warnings,
                failedRules, facts, sourceSha256, durationMs, false);
    }

    /** This earlier result, carried over by a run that found nothing to redo. */
    DocumentResult carriedOver() {
        return new DocumentResult(source, status, message, documentClass, mime, puid, pdfaLevel, pages, outputs, warnings,
                failedRules, facts, sourceSha256, durationMs, true);
    }
}
