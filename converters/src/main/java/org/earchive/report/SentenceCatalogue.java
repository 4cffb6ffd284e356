package org.earchive.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese of every sentence the library writes for people. The library writes its sentences in English,
 * and report.json, the JSON Lines log and {@code --json} keep them so, for scripts; what a person reads passes
 * through here. One file per library package in {@code sentences/}, each line
 * {@code English TAB Vietnamese}, where {@code {1}}, {@code {2}}... stand for the parts filled in at run time
 * (a file name, a number, a reason from another library) and may come in another order in Vietnamese.
 *
 * <p>Converters keep writing plain English sentences where they are; nothing in their code names a key. A part
 * that is itself one of the library's sentences (a ZIP refusal inside "The DOCX file is refused as...") is put
 * in Vietnamese too, but only where the line's own words make up a good part of it (at least 40% of its letters),
 * so that a reason quoted from another library keeps its English whole rather than having a word changed. When
 * several lines match, the one with the most written words wins, so the files need no order and lines added by
 * different people do not shadow each other. {@code SentenceCatalogueTest} reads the
 * library's sources and fails on any sentence the catalogue does not know.
 */
public final class SentenceCatalogue {

    /** The catalogue's files, one per package of the library (in {@code org/earchive/report/sentences/}). */
    public static final List<String> FILES = List.of("api", "convert", "core", "detect", "formats", "metadata",
            "packaging", "pdfa", "pipeline", "unpack", "validate");

    private static final Pattern HOLE = Pattern.compile("\\{(\\d)\\}");
    private static final int DEEPEST = 6;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.:;])\\s+(?=[A-Z])");

    private static final org.earchive.metadata.TemplateHeadings FIELDS = org.earchive.metadata.TemplateHeadings.vietnamese();
    private static final SentenceCatalogue VIETNAMESE = load();

    /**
     * One line of the catalogue.
     *
     * @param english    as the library writes it, holes as {1}...
     * @param vietnamese what a Vietnamese reader is shown
     * @param pattern    ENGLISH as a pattern: the written parts as they are, each hole any text
     * @param holes      the hole numbers in the order they come in ENGLISH (the pattern's groups)
     * @param written    how many characters of ENGLISH are written out, not holes: the more, the more specific
     */
    public record Entry(String english, String vietnamese, Pattern pattern, List<Integer> holes, int written, String file) {
    }

    private final List<Entry> entries;

    private SentenceCatalogue(List<Entry> entries) {
        // most specific first, so the first match is the best one whatever order the files list them in
        this.entries = entries.stream().sorted(Comparator.comparingInt(Entry::written).reversed()).toList();
    }

    /** The catalogue shipped in the jar. */
    public static SentenceCatalogue vietnamese() {
        return VIETNAMESE;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** SENTENCE in Vietnamese; a sentence the catalogue does not know comes back as written. */
    public String translate(String sentence) {
        return sentence == null ? null : translate(sentence, 0);
    }

    /** The entry SENTENCE matches, or null. */
    public Entry entryFor(String sentence) {
        for (Entry entry : entries) {
            if (entry.pattern().matcher(sentence).matches()) {
                return entry;
            }
        }
        return null;
    }

    private String translate(String sentence, int depth) {
        for (Entry entry : entries) {
            Matcher matcher = entry.pattern().matcher(sentence);
            if (matcher.matches()) {
                String[] parts = new String[10];
                int known = letters(entry.english());
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    String part = matcher.group(group);
                    String translated = fieldName(part).orElseGet(() -> depth < DEEPEST ? translate(part, depth + 1) : part);
                    parts[entry.holes().get(group - 1)] = translated;
                    // a name or a number is no one's English; a reason from another library is
                    known += !translated.equals(part) || !part.strip().contains(" ") ? letters(part) : 0;
                }
                if (depth > 0 && known * 10 < letters(sentence) * 4) {
                    continue; // "Page {1}" must not make PDFBox's "Page tree root must be..." half Vietnamese
                }
                Matcher hole = HOLE.matcher(entry.vietnamese());
                StringBuilder out = new StringBuilder();
                while (hole.find()) {
                    hole.appendReplacement(out, Matcher.quoteReplacement(parts[Integer.parseInt(hole.group(1))]));
                }
                return hole.appendTail(out).toString();
            }
        }
        String core = sentence.strip();
        if (!core.isEmpty() && core.length() < sentence.length() && depth < DEEPEST) {
            // " The document was changed..." after a colon: the same sentence, its spaces kept where they were
            int start = sentence.indexOf(core);
            return sentence.substring(0, start) + translate(core, depth + 1) + sentence.substring(start + core.length());
        }
        if (depth >= DEEPEST) {
            return sentence;
        }
        String bySentence = sentenceBySentence(sentence, depth);
        if (!bySentence.equals(sentence)) {
            return bySentence;
        }
        if (sentence.endsWith(".")) {
            // a front end that ends the library's clause with a full stop ("'x' is not a time zone (...).")
            String clause = sentence.substring(0, sentence.length() - 1);
            String translated = translate(clause, depth + 1);
            if (!translated.equals(clause)) {
                return translated.endsWith(".") ? translated : translated + ".";
            }
        }
        return sentence;
    }

    /** Several of the library's sentences in a row (a signature's failed checks): each put in Vietnamese. */
    private String sentenceBySentence(String text, int depth) {
        String[] sentences = SENTENCE_END.split(text);
        if (sentences.length < 2) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String sentence : sentences) {
            out.append(out.length() == 0 ? "" : " ").append(translate(sentence, depth + 1));
        }
        return out.toString();
    }

    /**
     * A TT 05 field named by its machine name ("typeName") as the clerk's spreadsheet heads it, the name kept for
     * whoever reads the XML: "Tên loại văn bản (typeName)".
     */
    private static java.util.Optional<String> fieldName(String part) {
        String heading = FIELDS.heading(part);
        return heading.equals(part) ? java.util.Optional.empty() : java.util.Optional.of(heading + " (" + part + ")");
    }

    /** How many letters TEXT has (holes and digits are not letters). */
    private static int letters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            count += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return count;
    }

    /** ENGLISH as a pattern that matches the whole sentence, each hole a group of any text. */
    static Pattern pattern(String english, List<Integer> holesFound) {
        StringBuilder regex = new StringBuilder();
        Matcher hole = HOLE.matcher(english);
        int last = 0;
        while (hole.find()) {
            regex.append(Pattern.quote(english.substring(last, hole.start()))).append("(.*?)");
            holesFound.add(Integer.parseInt(hole.group(1)));
            last = hole.end();
        }
        regex.append(Pattern.quote(english.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static SentenceCatalogue load() {
        List<Entry> entries = new ArrayList<>();
        for (String file : FILES) {
            entries.addAll(read(file));
        }
        return new SentenceCatalogue(entries);
    }

    /** The lines of sentences/FILE.tsv; # starts a comment. */
    public static List<Entry> read(String file) {
        String resource = "sentences/" + file + ".tsv";
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = SentenceCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw new IllegalStateException(resource + ": not 'English TAB Vietnamese': " + line);
                }
                List<Integer> holes = new ArrayList<>();
                Pattern pattern = pattern(parts[0], holes);
                int written = HOLE.matcher(parts[0]).replaceAll("").length();
                entries.add(new Entry(parts[0], parts[1], pattern, List.copyOf(holes), written, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
