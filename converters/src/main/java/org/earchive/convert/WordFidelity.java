package org.earchive.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earchive.pdfa.PdfText;

/**
 * Whether the words of a source come back whole from its PDF, as a reader's search or an archive's full-text
 * index would find them. Characters alone do not show the damage a font fallback does: "Lưu trữ" extracted as
 * "L ưu tr ữ" has every character and no word. A source word counts as kept when the PDF's text has it whole
 * (NFC, letter case aside) and no letter of it is drawn in another font family than the rest of the word.
 */
public final class WordFidelity {

    /** Below this share of words kept, a PDF is not faithful enough to stand for its source. */
    public static final double THRESHOLD = 0.995;
    private static final int MAX_LISTED = 6;
    /**
     * Past this many characters a run without spaces (a path, a UUID, a run of x's in a forged file name) may
     * be longer than a line or a table cell: the layout must break it, so its words count as kept when their
     * pieces stand in order, line breaks aside.
     */
    private static final int LONGEST_LINE_WORD = 40;

    /**
     * A word: letters (with their combining marks) and digits, the way a search box reads a query; in scripts
     * written without spaces (Chinese, Japanese) each character, since a line may break between any two.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]"
            + "|[\\p{L}\\p{M}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]+");
    private static final Pattern NOTE_NUMBER = Pattern.compile("(.*\\p{L}\\p{M}*)\\p{N}{1,3}");
    /** An endnote's mark in Word's and Writer's default numbering, small Roman numerals (i to xiii), after its word. */
    private static final Pattern ENDNOTE_MARK = Pattern.compile("(\\p{L}[\\p{L}\\p{M}]{2,}?)(i{1,3}|iv|vi{0,3}|ix|xi{0,3})");
    /**
     * A number as a program prints a binary double ("4.4000000000000004", "2.9999999999999996"): how a chart's or
     * a cell's cached value is stored in office files (Tika reads it), never how a page shows it ("4.4", "3").
     */
    private static final Pattern FLOAT_NOISE = Pattern.compile("(?<![\\p{L}\\p{N}.])\\d+\\.\\d*?(?:0{8,}|9{8,})\\d{1,3}(?![\\p{L}\\p{N}])");
    /** A word broken over two lines by a hyphen the layout added: "docu-\nment" is searchable as "document". */
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("([\\p{L}\\p{M}\\p{N}]+)-\\r?\\n([\\p{L}\\p{M}\\p{N}]+)");

    /**
     * @param kept             distinct source words found whole and in one font family
     * @param total            distinct words in the source
     * @param damaged          the first few damaged words, as a reader would see them, with their page where known
     * @param outsideThePage   how many lost words the PDF draws wholly outside their page
     * @param rightToLeftSplit a source with Arabic or Hebrew letters has words split on the page: a right-to-left
     *                         line holding digits or Latin words, which openhtmltopdf draws piece by piece
     */
    public record Result(int kept, int total, List<String> damaged, int outsideThePage, boolean rightToLeftSplit) {

        public Result(int kept, int total, List<String> damaged) {
            this(kept, total, damaged, 0, false);
        }

        public double share() {
            return total == 0 ? 1.0 : (double) kept / total;
        }

        public boolean faithful() {
            return share() >= THRESHOLD;
        }

        /** "words kept 1234 of 1240", the report's fact. */
        public String keptOfTotal() {
            return kept + " of " + total;
        }

        /**
         * Into a converter's result: the fact "words-kept", a warning when some are damaged, and the reason the
         * PDF cannot stand for its source when fewer than {@link #THRESHOLD} of them are kept.
         */
        public void report(Map<String, String> facts, List<String> warnings, List<String> unmet) {
            facts.put("words-kept", keptOfTotal());
            String sentence = sentence();
            if (sentence != null) {
                (faithful() ? warnings : unmet).add(sentence);
            }
        }

        /** Nothing when every word is kept; a warning, or (below the threshold) the reason it is not faithful. */
        public String sentence() {
            if (kept == total) {
                return null;
            }
            String share = String.format(Locale.ROOT, "%.1f%%", 100.0 * share());
            return (total - kept) + " of the " + total + " different words of the source do not come out of the PDF whole (words kept: "
                    + share + "), e.g. " + String.join(", ", damaged) + ": a search for them in the PDF or in the"
                    + " archive's index would not find them: letters drawn in another font or apart from their word,"
                    + " letters no font had, or text the layout left off the page." + (why().isEmpty() ? "" : " " + why());
        }

        /** What the check can tell of where the words went, beyond the list: "" when nothing. */
        private String why() {
            List<String> why = new ArrayList<>();
            if (outsideThePage > 0) {
                why.add("Of them, " + outsideThePage + " stand outside the page, where the document itself places them (a"
                        + " text box that reaches past the edge of its page or slide): no viewer shows them there, and only"
                        + " a change to the document brings them onto the page.");
            }
            if (rightToLeftSplit) {
                why.add("Arabic or Hebrew lines that hold digits or Latin words are drawn piece by piece from the right: a"
                        + " reader that takes the text in the order it is drawn (Tika, so most indexes, and copy and paste)"
                        + " joins a number or a Latin word to the word beside it.");
            }
            return String.join(" ", why);
        }
    }

    private WordFidelity() {
    }

    /**
     * Checks a saved PDF against the text of its source, read twice as readers read it: by PDFBox in the order
     * the PDF draws its text (what Tika, and so most archives' full-text indexes, and copy and paste give), and
     * by poppler's pdftotext, which puts the glyphs into lines by their place on the page (PDF viewers on
     * Linux, many indexers). A word counts as kept only when both readings have it whole: a letter drawn apart
     * from its word breaks it in one reading or the other. Without poppler-utils, PDFBox reads alone.
     */
    public static Result check(String sourceText, Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return check(sourceText, drawingOrder(document), PopplerText.read(pdf), WordFonts.mixedFontWords(document),
                    () -> OffPageWords.find(document));
        }
    }

    /** The words a PDF draws wholly outside its pages, with where ({@link OffPageWords}). */
    interface OutsideThePage {
        Map<String, String> find() throws IOException;
    }

    /** {@link PdfText#extract}'s reading, pages apart by form feeds to say on which page a word is split. */
    private static String drawingOrder(PDDocument document) throws IOException {
        PDFTextStripper stripper = org.earchive.formats.CancellablePdf.textStripper();
        stripper.setSortByPosition(false);
        stripper.setPageEnd("\f");
        return stripper.getText(document);
    }

    /** Words only, for text another tool extracted (pdftotext): no font check. */
    public static Result checkText(String sourceText, String extracted) {
        return check(sourceText, extracted, List.of());
    }

    /** How many words the PDF draws in more than one font family. */
    public static int mixedFontWords(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return WordFonts.mixedFontWords(document).size();
        }
    }

    /**
     * @param extracted   the PDF's text
     * @param mixedFonts  words the PDF draws in more than one font family, as "word (page N)"
     */
    static Result check(String sourceText, String extracted, List<WordFonts.MixedWord> mixedFonts) {
        return check(sourceText, extracted, null, mixedFonts);
    }

    /**
     * @param extracted    the PDF's text in its drawing order
     * @param readingOrder the same text in page order (pdftotext's, pages apart by form feeds), or null when
     *                     there is only one reading
     * @param mixedFonts   words the PDF draws in more than one font family
     */
    static Result check(String sourceText, String extracted, String readingOrder, List<WordFonts.MixedWord> mixedFonts) {
        try {
            return check(sourceText, extracted, readingOrder, mixedFonts, Map::of);
        } catch (IOException cannotHappen) {
            throw new java.io.UncheckedIOException(cannotHappen); // Map.of reads nothing
        }
    }

    /**
     * @param outsideThePage the words the PDF draws wholly outside its pages, with where ({@link OffPageWords}),
     *                       asked for only when a word is lost, and then once: most PDFs never need it
     */
    static Result check(String sourceText, String extracted, String readingOrder, List<WordFonts.MixedWord> mixedFonts,
                        OutsideThePage outsideThePage) throws IOException {
        // distinct words: a heading repeated on every page, or a text Tika reads twice, counts once; the damage a
        // font fallback does is the same wherever the word stands
        Set<String> source = new LinkedHashSet<>(words(FLOAT_NOISE.matcher(sourceText).replaceAll(" ")));
        Set<String> available = new HashSet<>(searchableWords(extracted));
        if (readingOrder != null) {
            available.retainAll(new HashSet<>(searchableWords(readingOrder)));
        }
        Set<String> damaged = new LinkedHashSet<>();
        for (WordFonts.MixedWord mixed : mixedFonts) {
            // a word drawn in two fonts is no match for the source's word, even where its text came out whole
            if (available.remove(normalize(mixed.word()))) {
                damaged.add("\"" + mixed.word() + "\" (page " + mixed.page() + ", letters in "
                        + String.join(" and ", mixed.families()) + ")");
            }
        }
        List<String> pages = Stream.of(normalize(readingOrder == null ? extracted : readingOrder).split("\f"))
                .map(page -> page.replaceAll("\\s+", "")).toList();
        // words of a run without spaces longer than a line (a path, a UUID, a code): the layout must break it
        Set<String> inLongRuns = new HashSet<>();
        for (String run : normalize(sourceText).split("\\s+")) {
            if (run.length() > LONGEST_LINE_WORD) {
                inLongRuns.addAll(words(run));
            }
        }
        List<String> unbroken = null;
        Map<String, String> offPageWords = null;
        boolean split = false;
        int kept = 0;
        int outside = 0;
        for (String word : source) {
            boolean breakable = word.length() > LONGEST_LINE_WORD || inLongRuns.contains(word);
            if (breakable && unbroken == null) {
                unbroken = Stream.of(extracted, readingOrder).filter(java.util.Objects::nonNull)
                        .map(reading -> normalize(reading).replaceAll("\\s+", "")).toList();
            }
            String whole = word;
            if (available.contains(word) || (breakable && unbroken.stream().allMatch(reading -> reading.contains(whole)))) {
                kept++;
            } else {
                if (offPageWords == null) {
                    offPageWords = outsideThePage.find();
                }
                String offPage = offPageWords.get(word);
                if (offPage != null) {
                    outside++;
                }
                if (damaged.size() < MAX_LISTED) {
                    String where = offPage != null ? offPage : whereSplit(word, pages);
                    split |= offPage == null && !where.isEmpty();
                    damaged.add("\"" + word + "\"" + where);
                }
            }
        }
        boolean rightToLeftSplit = split && sourceText.codePoints().anyMatch(WordFidelity::isRightToLeft);
        return new Result(kept, source.size(), damaged.stream().limit(MAX_LISTED).toList(), outside, rightToLeftSplit);
    }

    /**
     * " (page N, split)" when the word's letters stand on page N with a space or line break among them (a
     * letter drawn apart, "L ưu"), "" when the word is not on any page at all.
     *
     * @param pages the text of each page without its white space
     */
    private static String whereSplit(String word, List<String> pages) {
        for (int page = 0; page < pages.size(); page++) {
            if (pages.get(page).contains(word)) {
                return " (page " + (page + 1) + ", split)";
            }
        }
        return "";
    }

    /**
     * The PDF's words as a search finds them: a word the layout hyphenated at a line end counts whole, and its
     * two halves count too, in case the hyphen was the source's own ("Hòa-" "Bình").
     */
    static List<String> searchableWords(String extracted) {
        Matcher hyphen = LINE_END_HYPHEN.matcher(normalize(extracted));
        List<String> words = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        while (hyphen.find()) {
            words.add(hyphen.group(1));
            words.add(hyphen.group(2));
            hyphen.appendReplacement(joined, Matcher.quoteReplacement(hyphen.group(1) + hyphen.group(2)));
        }
        hyphen.appendTail(joined);
        for (String word : words(joined.toString())) {
            words.add(word);
            // a footnote's number is set right after its word ("prostoy¹" is extracted "prostoy1"), an endnote's
            // small Roman numeral too ("endnoteⁱ" is "endnotei")
            Matcher noteNumber = NOTE_NUMBER.matcher(word);
            if (noteNumber.matches()) {
                words.add(noteNumber.group(1));
            }
            Matcher endnoteMark = ENDNOTE_MARK.matcher(word);
            if (endnoteMark.matches()) {
                words.add(endnoteMark.group(1));
            }
        }
        return words;
    }

    /** The words of a text, NFC and lower case, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(normalize(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static String normalize(String text) {
        return Normalizer.normalize(withoutPresentationForms(text.replace("\u00AD", "")), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Arabic and Hebrew presentation forms (U+FB1D to U+FDFF, U+FE70 to U+FEFF) as the letters they are forms of.
     * A PDF draws Arabic in its joined forms ("ﺑﺮﺍﻭﻥ" for "براون"); PDFBox gives them back as the letters
     * themselves, pdftotext as the forms, and a search in poppler's viewers, pdf.js or Acrobat folds them as
     * PDFBox does, so a joined word is found. Only these two blocks are folded, not every compatibility
     * character: the check stays as strict for every other script.
     */
    static String withoutPresentationForms(String text) {
        if (text.chars().noneMatch(WordFidelity::isPresentationForm)) {
            return text;
        }
        StringBuilder folded = new StringBuilder(text.length());
        text.chars().forEach(c -> folded.append(isPresentationForm(c)
                ? Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKC) : String.valueOf((char) c)));
        return folded.toString();
    }

    /** Whether the letter is written right to left (Hebrew, Arabic and the scripts written as they are). */
    public static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static boolean isPresentationForm(int c) {
        return (c >= 0xFB1D && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }
}
