package org.earchive.convert.ocr;

import java.util.List;

/**
 * The text Tesseract found on one page image, in reading order, with where each word stands.
 * Coordinates are image pixels, origin at the top left, y growing downwards (as hOCR has them).
 *
 * @param width  of the image Tesseract read, in pixels
 * @param height of the image Tesseract read, in pixels
 */
public record OcrPage(int width, int height, List<Line> lines) {

    public OcrPage {
        lines = List.copyOf(lines);
    }

    /** A box in image pixels: left, top, right, bottom. */
    public record Box(int x0, int y0, int x1, int y1) {
        public int width() {
            return x1 - x0;
        }

        public int height() {
            return y1 - y0;
        }
    }

    /** @param confidence Tesseract's confidence in the word, 0-100 (hOCR's {@code x_wconf}); -1 when not given */
    public record Word(String text, Box box, int confidence) {
        public Word(String text, Box box) {
            this(text, box, -1);
        }
    }

    /**
     * One line of text.
     *
     * @param baselineSlope  rise of the baseline per pixel to the right (hOCR's {@code baseline p1})
     * @param baselineOffset where the baseline meets the line's left edge, relative to the box's bottom
     *                       (hOCR's {@code baseline p0}; negative is above the bottom)
     * @param size           the line's text size in pixels (hOCR's {@code x_size}, else the box's height)
     */
    public record Line(Box box, double baselineSlope, double baselineOffset, double size, List<Word> words) {
        public Line {
            words = List.copyOf(words);
        }

        /** The baseline's y at pixel column {@code x}. */
        public double baselineAt(double x) {
            return box.y1() + baselineOffset + baselineSlope * (x - box.x0());
        }
    }

    /**
     * The mean of the words' confidences (0-100), the figure OCRmyPDF and Tesseract's users read a page's quality
     * by; NaN when no word carries one (no words, or hOCR without {@code x_wconf}).
     */
    public double meanConfidence() {
        return lines.stream().flatMap(line -> line.words().stream()).filter(word -> word.confidence() >= 0)
                .mapToInt(Word::confidence).average().orElse(Double.NaN);
    }

    public int wordCount() {
        return lines.stream().mapToInt(line -> line.words().size()).sum();
    }

    /** The words, a space between them and a line break after each line: what a reader should extract. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(String.join(" ", line.words().stream().map(Word::text).toList())).append('\n');
        }
        return text.toString();
    }
}
