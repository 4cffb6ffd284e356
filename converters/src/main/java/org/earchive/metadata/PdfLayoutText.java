package org.earchive.metadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text for the metadata reader, read by where the words stand rather than in the order the file draws
 * them: rows by position, a row cut where a gap wider than one and a half times the text size parts two columns,
 * and the two-column header of NĐ 30/2020 on the first page given left column first (tên cơ quan, số và ký hiệu,
 * V/v), then right (quốc hiệu, tiêu ngữ, địa danh và ngày). Columns of other rows (nơi nhận beside the signature)
 * are parted by a tab, which the extractor takes as a column break.
 *
 * <p>Why positions: a PDF's drawing order is not its reading order. LibreOffice draws a Vietnamese letter such
 * as "ệ" after the rest of its line, so that a plain extraction reads "S  Y T  T NH" for "SỞ Y TẾ TỈNH"; and a
 * scan's invisible OCR layer, like a table's cells, may be drawn in any order.
 *
 * <p>Each piece of a row on the first page is also weighed: whether its letters were drawn in a bold font
 * ({@link TypeWeights}), since NĐ 30/2020 prints the parent organ regular and the issuing organ bold.
 */
public final class PdfLayoutText {

    /** A gap wider than this many times the text size parts two columns (word spaces are a third of it). */
    private static final float COLUMN_GAP = 1.5f;
    /** The header is read within the top of the first page. */
    private static final float HEADER_HEIGHT = 0.4f;

    /** "Hà Nội, ngày 10 tháng 6 năm 2025", also with the day left blank for the pen; "Huế, 10/6/2025". */
    private static final Pattern DATE_LINE = Pattern.compile("ngay\\b.*\\bnam\\s*\\d{4}|\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?\\d{4}");

    private PdfLayoutText() {
    }

    /** One run of words in a row, between column gaps, with how many of its letters were drawn bold. */
    record Segment(String text, float x0, float x1, float y, float size, int boldLetters, int letters) {
        Segment(String text, float x0, float x1, float y, float size) {
            this(text, x0, x1, y, size, 0, 0);
        }
    }

    /** A PDF's text read by layout, and the weights its first page's pieces were printed in. */
    public record Layout(String text, TypeWeights weights) {
    }

    public static String extract(Path pdf) throws IOException {
        return read(pdf).text();
    }

    public static String extract(PDDocument document) throws IOException {
        return read(document).text();
    }

    public static Layout read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return read(document);
        }
    }

    public static Layout read(PDDocument document) throws IOException {
        Rows rows = new Rows(true);
        rows.getText(document);
        StringBuilder text = new StringBuilder();
        TypeWeights.Builder weights = new TypeWeights.Builder();
        for (int page = 0; page < rows.pages.size(); page++) {
            List<List<Segment>> pageRows = rows.pages.get(page);
            List<String> lines = page == 0 ? headerFirst(pageRows, rows.heights.get(page)) : plain(pageRows);
            for (String line : lines) {
                text.append(line).append('\n');
            }
            text.append('\n');
            if (page == 0) {
                pageRows.forEach(row -> row.forEach(s -> weights.add(s.text(), s.boldLetters(), s.letters())));
            }
        }
        return new Layout(text.toString(), weights.build());
    }

    /**
     * A scan's invisible OCR layer, in the order earchive drew it (Tesseract's lines, the NĐ 30 header already
     * put column by column from the hOCR boxes): a line ends where the next word steps back to the left or off the
     * line's height. Positions cannot be sorted into rows here: a scan's lines slope with its skew, so words of
     * two columns' lines interleave when sorted by height.
     */
    public static String extractOcrLayer(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Rows rows = new Rows(false);
            rows.getText(document);
            StringBuilder text = new StringBuilder();
            for (List<List<Segment>> page : rows.pages) {
                for (String line : plain(page)) {
                    text.append(line).append('\n');
                }
                text.append('\n');
            }
            return text.toString();
        }
    }

    private static List<String> plain(List<List<Segment>> rows) {
        List<String> lines = new ArrayList<>();
        for (List<Segment> row : rows) {
            lines.add(String.join("\t", row.stream().map(Segment::text).toList()));
        }
        return lines;
    }

    /**
     * The header's left column, then its right column, then the rest. The line between the columns is where the
     * rows standing in two columns part; the header is the run of rows from the top whose every segment keeps to
     * one side of that line, and it ends at the first row across it (the title, "Kính gửi", a body line).
     */
    static List<String> headerFirst(List<List<Segment>> rows, float pageHeight) {
        float[] gap = columnGap(rows, pageHeight);
        if (gap == null) {
            return plain(rows);
        }
        float boundary = (gap[0] + gap[1]) / 2;
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        boolean dated = false;
        int end = 0;
        for (; end < rows.size(); end++) {
            List<Segment> row = rows.get(end);
            // a name typed with tabs wraps in its own column past the middle of the gap ("CỤC CẢNH SÁT QUẢN LÝ" /
            // "HÀNH CHÍNH VỀ TRẬT TỰ XÃ" / "HỘI"): a row alone on the left that stops short of the right column's
            // start is the left column's, above the date
            boolean wrappedLeft = !dated && row.size() == 1 && row.get(0).x0() < boundary
                    && row.get(0).x1() < gap[1] - row.get(0).size() / 2;
            if (row.get(0).y() > pageHeight * HEADER_HEIGHT || !wrappedLeft && row.stream().anyMatch(s -> across(s, boundary))
                    // below the date only the left column goes on (a công văn's V/v); a title is the page's
                    || dated && row.stream().anyMatch(s -> s.x1() > boundary)) {
                break;
            }
            for (Segment segment : row) {
                boolean isLeft = wrappedLeft || segment.x1() <= boundary;
                (isLeft ? left : right).add(segment.text());
                dated |= !isLeft && DATE_LINE.matcher(VietnameseText.fold(segment.text()).toLowerCase(Locale.ROOT)).find();
            }
        }
        if (left.isEmpty() || right.isEmpty()) {
            return plain(rows);
        }
        List<String> lines = new ArrayList<>(left);
        lines.add("");
        lines.addAll(right);
        lines.add("");
        lines.addAll(plain(rows.subList(end, rows.size())));
        return lines;
    }

    private static boolean across(Segment segment, float boundary) {
        float slack = segment.size() / 2;
        return segment.x0() < boundary - slack && segment.x1() > boundary + slack;
    }

    /**
     * The gap between the header's columns: the rightmost end of a left segment and the leftmost start of a right one,
     * over the rows that stand in two columns; null when none does, or when the columns overlap (no straight gap parts
     * them). Its middle is the line between the columns.
     */
    private static float[] columnGap(List<List<Segment>> rows, float pageHeight) {
        float leftEnd = Float.NEGATIVE_INFINITY;
        float rightStart = Float.POSITIVE_INFINITY;
        for (List<Segment> row : rows) {
            if (row.get(0).y() > pageHeight * HEADER_HEIGHT) {
                break;
            }
            if (row.size() == 2) {
                leftEnd = Math.max(leftEnd, row.get(0).x1());
                rightStart = Math.min(rightStart, row.get(1).x0());
            }
        }
        return leftEnd < rightStart ? new float[] {leftEnd, rightStart} : null;
    }

    /** PDFBox's own grouping of glyphs into rows and words, sorted by position, kept with where they stand. */
    private static final class Rows extends PDFTextStripper {
        final List<List<List<Segment>>> pages = new ArrayList<>();
        final List<Float> heights = new ArrayList<>();
        private List<List<Segment>> page;
        private List<Word> words;

        private final boolean sorted;
        private Word previous;

        /** @param sorted rows as PDFBox sorts them by position; else lines in drawing order */
        Rows(boolean sorted) {
            this.sorted = sorted;
            setSortByPosition(sorted);
            setShouldSeparateByBeads(false);
        }

        @Override
        protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                       List<org.apache.pdfbox.cos.COSBase> operands) throws java.io.IOException {
            org.earchive.core.Cancellation.check(); // a document given up stops reading here
            super.processOperator(operator, operands);
        }

        @Override
        protected void startPage(PDPage pdPage) {
            page = new ArrayList<>();
            words = new ArrayList<>();
            previous = null;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (text.isBlank() || positions.isEmpty()) {
                return;
            }
            if (sorted || text.length() != positions.size()) {
                add(Word.of(text.strip(), positions));
                return;
            }
            // in drawing order PDFBox may glue the end of one line to the start of the next: "THANH HÓASỞ TÀI"
            int start = 0;
            for (int i = 1; i <= positions.size(); i++) {
                if (i == positions.size() || breaksLine(positions.get(i - 1), positions.get(i))) {
                    String part = text.substring(start, i).strip();
                    if (!part.isEmpty()) {
                        add(Word.of(part, positions.subList(start, i)));
                    }
                    start = i;
                }
            }
        }

        private static boolean breaksLine(TextPosition before, TextPosition after) {
            float size = Math.max(before.getHeightDir(), before.getFontSizeInPt());
            return after.getXDirAdj() < before.getXDirAdj() - size / 2
                    || Math.abs(after.getYDirAdj() - before.getYDirAdj()) > 0.7f * size;
        }

        private void add(Word word) {
            if (!sorted && previous != null && (word.x0() < previous.x1() - previous.size() / 2
                    || Math.abs(word.y() - previous.y()) > 0.7f * Math.max(word.size(), previous.size()))) {
                endLine();
            }
            words.add(word);
            previous = word;
        }

        @Override
        protected void writeWordSeparator() {
        }

        @Override
        protected void writeLineSeparator() {
            if (sorted) {
                endLine();
            }
        }

        private void endLine() {
            if (!words.isEmpty()) {
                page.add(segments(words));
                words = new ArrayList<>();
            }
        }

        @Override
        protected void endPage(PDPage pdPage) {
            endLine();
            pages.add(page);
            heights.add(pdPage.getCropBox().getHeight());
        }

        /** The row's words in segments: a new one where the gap to the previous word is a column's. */
        private static List<Segment> segments(List<Word> words) {
            List<Segment> segments = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            Word start = null;
            float x1 = 0;
            int bold = 0;
            int letters = 0;
            for (Word word : words) {
                if (start != null && word.x0() - x1 > COLUMN_GAP * Math.max(start.size(), word.size())) {
                    segments.add(new Segment(text.toString(), start.x0(), x1, start.y(), start.size(), bold, letters));
                    start = null;
                }
                if (start == null) {
                    start = word;
                    text.setLength(0);
                    bold = 0;
                    letters = 0;
                } else {
                    text.append(' ');
                }
                text.append(word.text());
                x1 = Math.max(x1, word.x1());
                bold += word.boldLetters();
                letters += word.letters();
            }
            segments.add(new Segment(text.toString(), start.x0(), x1, start.y(), start.size(), bold, letters));
            return segments;
        }
    }

    /** Whether a font draws bold: by its name ("TimesNewRomanPS-BoldMT", "LiberationSerif-Bold") or its descriptor. */
    static boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return name.contains("bold") || name.contains("black") || name.contains("heavy")
                || descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
    }

    /** One word as PDFBox grouped its glyphs, with where it stands (PDF units, y growing downwards). */
    private record Word(String text, float x0, float x1, float y, float size, int boldLetters, int letters) {
        static Word of(String text, List<TextPosition> positions) {
            TextPosition first = positions.get(0);
            float x1 = first.getXDirAdj();
            int bold = 0;
            int letters = 0;
            for (TextPosition position : positions) {
                x1 = Math.max(x1, position.getXDirAdj() + position.getWidthDirAdj());
                String glyph = position.getUnicode();
                if (glyph != null && !glyph.isEmpty() && Character.isLetter(glyph.codePointAt(0))) {
                    letters++;
                    bold += bold(position.getFont()) ? 1 : 0;
                }
            }
            return new Word(text, first.getXDirAdj(), x1, first.getYDirAdj(),
                    Math.max(first.getHeightDir(), first.getFontSizeInPt()), bold, letters);
        }
    }
}
