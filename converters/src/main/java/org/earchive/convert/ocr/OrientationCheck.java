package org.earchive.convert.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Decides whether a page needs turning before it is read, asking Tesseract's orientation detection ({@code --psm 0})
 * only where the page's first reading gives a reason to doubt it stands upright. Nearly every scanned page is
 * upright, and a second Tesseract run on each of them cost half as much again as reading it; the first reading
 * already says what the detection would:
 * <ul>
 *   <li>a page on its side is read by Tesseract's layout analysis as lines running down the page (lines taller
 *       than they are wide), often with confident words;</li>
 *   <li>a page upside down is read as lines across, but its words are guesses: the page's mean word confidence falls
 *       to 50-60, where upright pages, clean or stained, bilevel or colour, score 92-96 (measured on the bench and
 *       sample scans);</li>
 *   <li>a page with almost no words gives no evidence either way, and is checked (cheaply: there is little to look at).</li>
 * </ul>
 * A page read confidently across is kept as read. Where the detection runs, it decides as before: a turn is taken
 * only on confidence {@link #MIN_CONFIDENCE} or more, and a turn seen on weak evidence is looked at again on more text.
 */
final class OrientationCheck {

    /**
     * Orientation confidence below which a page is not turned: OCRmyPDF's default threshold for
     * {@code --rotate-pages}. On Tesseract's default 50 characters, clear Vietnamese pages score 13-22 (the
     * diacritics make the script look less certain), so weak evidence for a turn is checked on more text.
     */
    static final double MIN_CONFIDENCE = 14.0;
    /** Tesseract's own default sample for orientation: enough for most pages, and the cheapest. */
    private static final int FIRST_LOOK_CHARACTERS = 50;
    /**
     * The second look at a page the first look would turn on weak evidence. 300 characters lift clear pages
     * to confidences of 30-100 (measured on the fixtures), at two to three times the cost, paid only by
     * pages that seem turned, never by upright ones.
     */
    private static final int SECOND_LOOK_CHARACTERS = 300;
    /**
     * Mean word confidence under which a reading may be of a page upside down. Far above the 50-60 of turned pages
     * and below the 92-96 of upright ones, so that a poor upright scan is checked (as every page was before) rather
     * than a turned one missed.
     */
    static final double MIN_UPRIGHT_CONFIDENCE = 80;
    /** Fewer words than this say nothing about the page's direction. */
    static final int MIN_WORDS = 3;
    /** Share of lines running down the page above which the page may be on its side. */
    static final double MAX_DOWNWARD_LINES = 1.0 / 3;

    private OrientationCheck() {
    }

    /** Whether a page read as {@code firstReading} could be standing other than upright. */
    static boolean doubtful(OcrPage firstReading) {
        int words = firstReading.wordCount();
        if (words < MIN_WORDS) {
            return true;
        }
        double confidence = firstReading.meanConfidence();
        if (!Double.isNaN(confidence) && confidence < MIN_UPRIGHT_CONFIDENCE) {
            return true;
        }
        long downward = firstReading.lines().stream().filter(line -> line.box().height() > line.box().width()).count();
        return downward > MAX_DOWNWARD_LINES * firstReading.lines().size();
    }

    /**
     * How far the page image must be turned clockwise to be read upright (0, 90, 180 or 270), by Tesseract's
     * orientation detection; 0 when it cannot tell or is not sure enough.
     */
    static int clockwise(Tesseract tesseract, Path image, int dpi, Deadline deadline)
            throws IOException, ExternalProcess.TimedOut, InterruptedException {
        Orientation orientation = tesseract.orientation(image, dpi, FIRST_LOOK_CHARACTERS, deadline.remaining());
        if (orientation != null && orientation.clockwise() != 0 && orientation.confidence() < MIN_CONFIDENCE) {
            orientation = tesseract.orientation(image, dpi, SECOND_LOOK_CHARACTERS, deadline.remaining());
        }
        return orientation != null && orientation.clockwise() != 0 && orientation.confidence() >= MIN_CONFIDENCE
                ? orientation.clockwise() : 0;
    }

    /** What is left of a page's time. */
    interface Deadline {
        Duration remaining() throws ExternalProcess.TimedOut;
    }
}
