package org.earchive.testing;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs a PDF's first page draws, line by line, with where each stands: what a reader's eye sees, not what a
 * text extractor makes of it. For right-to-left text, {@link Line#fromTheRight()} is the line as it is read.
 */
public final class DrawnLines {

    /** One glyph: the character its font maps it to (an Arabic presentation form as such) and its left edge. */
    public record Glyph(String unicode, float x, float width) {
    }

    /** The glyphs of one line, in the order the PDF draws them. */
    public record Line(float y, List<Glyph> glyphs) {

        /** The characters from the right edge to the left, presentation forms as their letters. */
        public String fromTheRight() {
            return read(Comparator.comparingDouble((Glyph glyph) -> glyph.x()).reversed());
        }

        /** The characters from the left edge to the right. */
        public String fromTheLeft() {
            return read(Comparator.comparingDouble(Glyph::x));
        }

        public String drawn() {
            return glyphs.stream().map(Glyph::unicode).collect(Collectors.joining());
        }

        public float left() {
            return (float) glyphs.stream().mapToDouble(Glyph::x).min().orElse(0);
        }

        public float right() {
            return (float) glyphs.stream().mapToDouble(glyph -> glyph.x() + glyph.width()).max().orElse(0);
        }

        private String read(Comparator<Glyph> order) {
            String text = glyphs.stream().sorted(order).map(Glyph::unicode).collect(Collectors.joining());
            return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        }
    }

    private DrawnLines() {
    }

    /** The first page's lines, top to bottom. */
    public static List<Line> firstPage(Path pdf) throws IOException {
        Map<Float, List<Glyph>> lines = new TreeMap<>();
        try (PDDocument document = Pdfs.open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        float y = Math.round(position.getYDirAdj() * 2) / 2f;
                        lines.computeIfAbsent(y, line -> new ArrayList<>())
                                .add(new Glyph(position.getUnicode(), position.getXDirAdj(), position.getWidthDirAdj()));
                    }
                }
            };
            stripper.setSortByPosition(false);
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.writeText(document, new StringWriter());
        }
        return lines.entrySet().stream().map(line -> new Line(line.getKey(), line.getValue())).toList();
    }
}
