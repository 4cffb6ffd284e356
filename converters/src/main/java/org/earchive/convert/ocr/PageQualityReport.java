package org.earchive.convert.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What OCR made of each page of a document, for {@code report.json} and for a person: Tesseract's mean word
 * confidence, the steps the page went through (text layer removed, redrawn, straightened, turned upright,
 * read), and the pages read so poorly that someone should look at them. The facts are lists of "page N ..."
 * like the other per-page facts:
 * <ul>
 *   <li>{@code ocrConfidence}: "page 1 93, page 2 41" (mean x_wconf, 0-100; "-" for a page with no words);</li>
 *   <li>{@code ocrSteps}: "page 1 read-straightened 3.51° + ocr, page 2 ocr";</li>
 *   <li>{@code needsAttention}: "page 2": pages whose confidence is below {@link #ATTENTION_BELOW}.</li>
 * </ul>
 */
public final class PageQualityReport {

    /**
     * Mean word confidence below which a page is flagged. Pages read well score 94-96 (the bench pages of
     * bench/ocr.sh, character error rate under 3%, and the fixture scans): 70 leaves a wide margin, and
     * flags a page where many words are doubtful.
     */
    public static final int ATTENTION_BELOW = 70;

    private final List<String> confidences = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final List<String> attention = new ArrayList<>();
    private final List<String> lowSentences = new ArrayList<>();

    /**
     * @param index       0-based page index
     * @param page        what OCR gave (searchable)
     * @param stepsBefore what was done to the page before it was read ("text-layer-removed", "rasterised",
     *                    "stored-straightened 3.5°"), in order
     */
    public void add(int index, RecognisedPage page, List<String> stepsBefore) {
        List<String> done = new ArrayList<>(stepsBefore);
        if (page.deskew() != null) {
            done.add("read-straightened " + degrees(page.skewDegrees()) + "°");
        }
        if (page.clockwise() != 0) {
            done.add("turned-upright " + page.clockwise() + "°");
        }
        done.add("ocr");
        steps.add("page " + (index + 1) + " " + String.join(" + ", done));
        double mean = page.text().meanConfidence();
        confidences.add("page " + (index + 1) + " " + (Double.isNaN(mean) ? "-" : Long.toString(Math.round(mean))));
        // a page with no words at all is blank paper as often as an unreadable one: only words read badly count
        if (!Double.isNaN(mean) && mean < ATTENTION_BELOW) {
            attention.add("page " + (index + 1));
            lowSentences.add("Page " + (index + 1) + " was read with low confidence (" + Math.round(mean)
                    + " of 100): check its searchable text against the image.");
        }
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public void addFactsTo(Map<String, String> facts) {
        if (steps.isEmpty()) {
            return;
        }
        facts.put("ocrConfidence", String.join(", ", confidences));
        facts.put("ocrSteps", String.join(", ", steps));
        if (!attention.isEmpty()) {
            facts.put("needsAttention", String.join(", ", attention));
        }
    }

    /** One sentence per page flagged, for the report's warnings. */
    public List<String> warnings() {
        return List.copyOf(lowSentences);
    }

    private static String degrees(double degrees) {
        return java.math.BigDecimal.valueOf(degrees).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().toLowerCase(Locale.ROOT);
    }
}
