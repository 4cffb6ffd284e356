package org.earchive.convert.ocr;

import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * Grafts OCR text onto a page that already shows its scan: every word in text render mode 3 (neither
 * filled nor stroked, so it is never seen or printed), placed on the word's box and stretched (Tz) to its
 * width, so that selecting and searching find the word where the eye sees it. The page's existing content
 * (the image) is not touched. Words go in reading order with a space between them, each line on its own
 * baseline, so text extraction reads lines and words as Tesseract found them. Words read on a straightened
 * copy of an askew page are carried back to where they start on the page as scanned.
 */
public final class InvisibleTextLayer {

    private final PDDocument document;
    private final GlyphlessFont font;
    private int droppedCharacters;
    /** Where the current text line starts (Td moves are relative to it); reset for each page. */
    private float lineX;
    private float lineY;
    /** Where a word's start on the page read moves to on the page shown, for a page read straightened; else null. */
    private AffineTransform place;

    private InvisibleTextLayer(PDDocument document, GlyphlessFont font) {
        this.document = document;
        this.font = font;
    }

    /**
     * A layer whose font ({@link GlyphlessFont}: no glyph shapes, any character of the Basic Multilingual Plane)
     * is embedded once in {@code document}, shared by every page grafted.
     */
    public static InvisibleTextLayer embeddedIn(PDDocument document) throws IOException {
        return new InvisibleTextLayer(document, GlyphlessFont.embed(document));
    }

    /** Characters Tesseract read that the text layer cannot carry (controls, beyond the BMP), left out of the text. */
    public int droppedCharacters() {
        return droppedCharacters;
    }

    /**
     * Adds the text to the page and sets its /Rotate to {@code recognised.clockwise()}, so that it is shown
     * upright; the text was read from the upright image and is laid out in its coordinates. The page's
     * media box must be the recognised image, as stored (unturned, no /Rotate of its own).
     */
    public void graft(PDPage page, RecognisedPage recognised) throws IOException {
        OcrPage text = recognised.text();
        int clockwise = recognised.clockwise();
        page.setRotation(clockwise);
        if (text.lines().isEmpty() || text.width() <= 0 || text.height() <= 0) {
            return;
        }
        PDRectangle box = page.getMediaBox();
        boolean quarter = clockwise % 180 != 0;
        // the upright page, as a reader sees it, in points
        float shownWidth = quarter ? box.getHeight() : box.getWidth();
        float shownHeight = quarter ? box.getWidth() : box.getHeight();
        Deskew deskew = recognised.deskew();
        // points per pixel of the image as scanned; a straightened copy has the same pixels, turned
        double sx = shownWidth / (deskew == null ? text.width() : deskew.uprightOriginalWidth(clockwise));
        double sy = shownHeight / (deskew == null ? text.height() : deskew.uprightOriginalHeight(clockwise));
        // the height, in points, of the image the words were read on: the page itself, or the straightened copy
        float readHeight = deskew == null ? shownHeight : (float) (text.height() * sy);
        try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            content.transform(uprightToPage(clockwise, box));
            // each word read on a straightened copy starts where it starts on the askew page, but is itself laid
            // level: text turned a few degrees is split into letters by poppler (pdftotext, Evince's search),
            // level words stay words, at the cost of a selection box a few pixels off at a long word's end
            place = deskew == null ? null : straightenedToUpright(deskew, clockwise, sx, sy, readHeight, shownHeight);
            content.beginText();
            lineX = 0;
            lineY = 0;
            content.setRenderingMode(RenderingMode.NEITHER);
            for (OcrPage.Line line : text.lines()) {
                writeLine(content, line, sx, sy, readHeight);
            }
            content.endText();
        }
        font.writeToUnicode();
    }

    /**
     * Maps the straightened copy, in points with y up (how {@link #writeLine} lays words out), onto the upright
     * page in points with y up: back to the copy's pixels, through the deskew's turn onto the scan's pixels,
     * and on to points.
     */
    static AffineTransform straightenedToUpright(Deskew deskew, int clockwise, double sx, double sy,
                                                 double readHeight, double shownHeight) {
        AffineTransform toPoints = new AffineTransform(sx, 0, 0, -sy, 0, shownHeight);
        toPoints.concatenate(deskew.straightenedToOriginal(clockwise));
        toPoints.concatenate(new AffineTransform(1 / sx, 0, 0, -1 / sy, 0, readHeight / sy));
        return toPoints;
    }

    /**
     * Each word starts with a Td move from the previous word's start (two numbers instead of a six-number
     * Tm), positions rounded to 0.01 pt and stretches to 0.1 %: invisible text needs no more precision, and
     * the text stream of a page of a report shrinks by about a third.
     */
    private void writeLine(PDPageContentStream content, OcrPage.Line line, double sx, double sy, float readHeight)
            throws IOException {
        float size = round((float) Math.max(1, line.size() * sy), 10);
        content.setFont(font.font(), size);
        List<OcrPage.Word> words = line.words();
        for (int i = 0; i < words.size(); i++) {
            OcrPage.Word word = words.get(i);
            String shown = encodableText(word.text());
            if (shown.isEmpty()) {
                continue;
            }
            float x = round((float) (word.box().x0() * sx), 100);
            float baseline = round((float) (readHeight - line.baselineAt(word.box().x0()) * sy), 100);
            if (place != null) {
                java.awt.geom.Point2D p = place.transform(new java.awt.geom.Point2D.Double(x, baseline), null);
                x = round((float) p.getX(), 100);
                baseline = round((float) p.getY(), 100);
            }
            // differences of values rounded to 0.01 are exact in two decimals: the moves add up without drift
            content.newLineAtOffset(round(x - lineX, 100), round(baseline - lineY, 100));
            lineX = x;
            lineY = baseline;
            content.setHorizontalScaling(stretch(shown, size, word.box().width() * sx));
            content.showText(shown);
            if (i + 1 < words.size()) {
                // a real space, stretched over the gap to the next word: extraction sees one word break, no more
                double gap = Math.max(1, words.get(i + 1).box().x0() - word.box().x1()) * sx;
                content.setHorizontalScaling(stretch(" ", size, gap));
                content.showText(" ");
            }
        }
    }

    private static float round(float value, int per) {
        return Math.round(value * per) / (float) per;
    }

    /** Tz, in percent, that makes {@code text} at {@code size} exactly {@code width} points wide. */
    private static float stretch(String text, float size, double width) {
        double natural = GlyphlessFont.width(text) * size;
        if (natural <= 0) {
            return 100f;
        }
        return round((float) Math.max(1, Math.min(10_000, 100.0 * width / natural)), 10);
    }

    private String encodableText(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (GlyphlessFont.encodable(cp)) {
                kept.appendCodePoint(cp);
            } else {
                droppedCharacters++;
            }
        });
        return kept.toString();
    }

    /**
     * Maps the upright page (what a reader sees once /Rotate is applied; origin bottom left) onto the page's
     * own coordinates. /Rotate turns the page clockwise for display, so this is the inverse turn.
     */
    static Matrix uprightToPage(int clockwise, PDRectangle box) {
        float w = box.getWidth();
        float h = box.getHeight();
        float x = box.getLowerLeftX();
        float y = box.getLowerLeftY();
        return switch (clockwise % 360) {
            case 0 -> new Matrix(1, 0, 0, 1, x, y);
            case 90 -> new Matrix(0, 1, -1, 0, x + w, y);
            case 180 -> new Matrix(-1, 0, 0, -1, x + w, y + h);
            case 270 -> new Matrix(0, -1, 1, 0, x, y + h);
            default -> throw new IllegalArgumentException("not a quarter turn: " + clockwise);
        };
    }
}
