package org.earchive.formats.vietnamese;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * The legacy-font words of a Word 97-2003 document (.doc), read with POI's HWPF: each character run's font
 * says whether its text is TCVN3 or VNI, and each word of such a run (as Tika's reading of the same document
 * spells it) is paired with its Unicode form. The Java engine lays a DOC out from Tika's reading, which knows
 * no fonts; the pairs put the Unicode words into that reading. Writing a DOC back is not something POI does
 * reliably, so the document itself is not rewritten here (LibreOffice converts a DOC to DOCX for that).
 *
 * <p>A word spelled the same in a legacy run and in a Unicode run (a Latin-1 word such as "café" typed in
 * Times New Roman, identical to a TCVN3 word) cannot be told apart in a reading without fonts: it is left as
 * it is and counted in {@link #ambiguous()}.
 */
public final class LegacyDoc {

    /** Word's optional hyphen: LibreOffice saves TCVN3's "ư" (0xAD, the soft hyphen) as one in a DOC. */
    private static final char OPTIONAL_HYPHEN = '\u001F';
    /** How Tika's reading spells Word's optional hyphen. */
    private static final char TIKA_OPTIONAL_HYPHEN = '\u200B';
    private static final Pattern WORD = Pattern.compile("[^\\s\\u00A0]+");

    /** Whole paragraphs (trimmed) that hold legacy text, to their Unicode form: the font of each run is known there. */
    private final Map<String, String> paragraphs;
    private final Map<String, String> words;
    private final LegacyRuns runs;
    private final int ambiguous;

    private LegacyDoc(Map<String, String> paragraphs, Map<String, String> words, LegacyRuns runs, int ambiguous) {
        this.paragraphs = paragraphs;
        this.words = words;
        this.runs = runs;
        this.ambiguous = ambiguous;
    }

    /** The document's legacy words, or null when no run is in a legacy font. */
    public static LegacyDoc read(Path doc) throws IOException {
        try (InputStream in = Files.newInputStream(doc)) {
            return read(new HWPFDocument(in));
        } catch (RuntimeException unreadable) {
            throw new IOException("the Word document cannot be read: " + unreadable.getMessage(), unreadable);
        }
    }

    static LegacyDoc read(HWPFDocument document) {
        Map<String, String> paragraphs = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        Map<String, String> words = new HashMap<>();
        Set<String> unicodeWords = new HashSet<>();
        Set<String> fonts = new LinkedHashSet<>();
        int count = 0;
        Range range = document.getOverallRange();
        for (int p = 0; p < range.numParagraphs(); p++) {
            Paragraph paragraph = range.getParagraph(p);
            StringBuilder raw = new StringBuilder();
            StringBuilder unicode = new StringBuilder();
            for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
                CharacterRun run = paragraph.getCharacterRun(r);
                String text = run.text();
                LegacyFont font = LegacyFont.of(run.getFontName()).orElse(null);
                String tikaText = text.replace(OPTIONAL_HYPHEN, TIKA_OPTIONAL_HYPHEN);
                if (font == null) {
                    collect(tikaText, unicodeWords);
                    raw.append(tikaText);
                    unicode.append(tikaText);
                    continue;
                }
                String decoded = decodeWords(tikaText, font, words);
                if (!decoded.equals(tikaText)) {
                    fonts.add(font.fontName());
                    count++;
                }
                raw.append(tikaText);
                unicode.append(decoded);
            }
            pairWords(raw.toString(), unicode.toString(), words); // words that span runs (a bold first letter)
            String rawParagraph = raw.toString().strip();
            String unicodeParagraph = unicode.toString().strip();
            if (!rawParagraph.equals(unicodeParagraph) && !conflicting.contains(rawParagraph)) {
                String before = paragraphs.putIfAbsent(rawParagraph, unicodeParagraph);
                if (before != null && !before.equals(unicodeParagraph)) {
                    paragraphs.remove(rawParagraph);
                    conflicting.add(rawParagraph);
                }
            }
        }
        int ambiguous = 0;
        for (String word : unicodeWords) {
            if (words.remove(word) != null) {
                ambiguous++;
            }
        }
        LegacyRuns runs = LegacyRuns.of(fonts, count);
        return runs == null ? null : new LegacyDoc(paragraphs, words, runs, ambiguous);
    }

    /** What was found: the fonts and how many runs hold legacy text. */
    public LegacyRuns runs() {
        return runs;
    }

    /** Words that read the same in a legacy and in a Unicode run, left as they are. */
    public int ambiguous() {
        return ambiguous;
    }

    /**
     * {@code text} (Tika's reading of the document) in Unicode: a line that is a whole paragraph as the document
     * has it, by that paragraph's runs; any other text word by word.
     */
    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("(?<=\n)")) {
            String content = line.strip();
            String unicode = paragraphs.get(content);
            if (unicode != null) {
                int start = line.indexOf(content);
                out.append(line, 0, start).append(unicode).append(line, start + content.length(), line.length());
            } else {
                out.append(applyToWords(line));
            }
        }
        return out.toString();
    }

    private String applyToWords(String text) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (word.find()) {
            String unicode = words.get(word.group());
            if (unicode != null) {
                out.append(text, last, word.start()).append(unicode);
                last = word.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    /** The same for every text node of an HTML reading of the document. */
    public void apply(Document html) {
        html.body().select("*").forEach(element -> element.textNodes()
                .forEach(text -> text.text(apply(text.getWholeText()))));
    }

    /** The run's text decoded word by word (whitespace kept), each legacy word paired with its Unicode form. */
    private static String decodeWords(String text, LegacyFont font, Map<String, String> words) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (word.find()) {
            String legacy = word.group();
            String unicode = font.decode(legacy.replace(TIKA_OPTIONAL_HYPHEN, '\u00AD'));
            if (!unicode.equals(legacy)) {
                pair(words, legacy, unicode);
            }
            out.append(text, last, word.start()).append(unicode);
            last = word.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Pairs the words of a paragraph's raw and Unicode text (the same whitespace in both) that differ. */
    private static void pairWords(String raw, String unicode, Map<String, String> words) {
        Matcher rawWords = WORD.matcher(raw);
        Matcher unicodeWords = WORD.matcher(unicode);
        while (rawWords.find() && unicodeWords.find()) {
            if (!rawWords.group().equals(unicodeWords.group())) {
                pair(words, rawWords.group(), unicodeWords.group());
            }
        }
    }

    /**
     * One legacy spelling read two ways is the same letters in a .VnTime and a .VnTimeH run ("vô" is "vụ" and
     * "VỤ"): outside a whole paragraph the font is unknown, and the lower-case reading, body text's, is kept.
     */
    private static void pair(Map<String, String> words, String legacy, String unicode) {
        words.merge(legacy, unicode, (before, now) -> before.equals(before.toUpperCase(java.util.Locale.ROOT)) ? now : before);
    }

    private static void collect(String text, Set<String> into) {
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (word.group().chars().anyMatch(c -> c > 0x7F)) {
                into.add(word.group());
            }
        }
    }
}
