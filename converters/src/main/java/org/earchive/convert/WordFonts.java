package org.earchive.convert;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Finds words whose letters a PDF draws in more than one font family: the mark of a layout engine that fell
 * back letter by letter ("Lưu" in Nimbus Roman with its "ư" in DejaVu Serif). Bold or italic inside a word is
 * the same family and is not counted.
 */
final class WordFonts {

    /** A word drawn in several families, on its (1-based) page. */
    record MixedWord(String word, int page, List<String> families) {
    }

    /** "ABCDEF+", the subset tag a PDF writer puts before an embedded subset's name. */
    private static final Pattern SUBSET_TAG = Pattern.compile("^[A-Z]{6}\\+");
    /** Style words at the end of a font's name: what is left names the family. */
    private static final Pattern STYLE = Pattern.compile("(Bold|Italic|Oblique|Regular|Roman|Book|Medium|Light|Semibold"
            + "|SemiBold|Black|MT|PS|PSMT)+$");

    private WordFonts() {
    }

    static List<MixedWord> mixedFontWords(PDDocument document) throws IOException {
        List<MixedWord> mixed = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                // PDFBox's "word" may be a whole run of text: each space-separated word is looked at alone
                StringBuilder word = new StringBuilder();
                Set<String> families = new LinkedHashSet<>();
                for (TextPosition position : positions) {
                    String unicode = position.getUnicode();
                    if (unicode == null || unicode.isBlank()) {
                        flush(word, families, getCurrentPageNo(), mixed);
                        continue;
                    }
                    word.append(unicode);
                    if (Character.isLetter(unicode.codePointAt(0)) && position.getFont() != null) {
                        families.add(family(position.getFont()));
                    }
                }
                flush(word, families, getCurrentPageNo(), mixed);
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(false);
        stripper.writeText(document, new StringWriter());
        return mixed;
    }

    private static void flush(StringBuilder word, Set<String> families, int page, List<MixedWord> mixed) {
        if (families.size() > 1) {
            String letters = word.toString().replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{M}\\p{N}]+$", "");
            mixed.add(new MixedWord(letters, page, List.copyOf(families)));
        }
        word.setLength(0);
        families.clear();
    }

    /** "BAAAAA+NimbusRomanBold" and "NimbusRoman-Regular" are both "NimbusRoman". */
    static String family(PDFont font) {
        String name = font.getName() == null ? "" : SUBSET_TAG.matcher(font.getName()).replaceFirst("");
        int style = indexOfAny(name, "-,");
        if (style > 0) {
            name = name.substring(0, style);
        }
        String family = STYLE.matcher(name).replaceFirst("");
        return family.isEmpty() ? name : family;
    }

    private static int indexOfAny(String name, String separators) {
        for (int i = 0; i < name.length(); i++) {
            if (separators.indexOf(name.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
