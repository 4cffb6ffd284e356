package org.earchive.pdfa;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts earchive embeds, all from Maven artifacts so that output never depends on what a machine has
 * installed. Liberation is metric-compatible with Times New Roman, Arial and Courier New (NĐ 30/2020
 * prescribes Times New Roman); DejaVu covers what Liberation lacks. Both cover Vietnamese.
 */
public final class BundledFonts {

    /** The family earchive typesets plain text in, and the first choice for HTML. */
    public static final String SERIF = "Liberation Serif";
    /** CSS font-family list used when a document names none: Liberation first, DejaVu as glyph fallback. */
    public static final String DEFAULT_FAMILY_LIST = "'Liberation Serif', 'DejaVu Serif', 'DejaVu Sans'";

    private record Face(String resource, String family, int weight, FontStyle style, List<String> aliases) {
    }

    // openhtmltopdf turns the CSS generic families serif, sans-serif and monospace into the names Serif, SansSerif
    // and Monospaced; left unregistered, they fall to PDF's base-14 fonts, which PDF/A mode drops with all their text
    private static final List<String> SERIF_ALIASES = List.of("Times New Roman", "Times", "serif", "Serif");
    private static final List<String> SANS_ALIASES = List.of("Arial", "Helvetica", "sans-serif", "SansSerif");
    private static final List<String> MONO_ALIASES = List.of("Courier New", "Courier", "monospace", "Monospaced");

    private static final List<Face> FACES = List.of(
            new Face("/liberation/LiberationSerif-Regular.ttf", SERIF, 400, FontStyle.NORMAL, SERIF_ALIASES),
            new Face("/liberation/LiberationSerif-Bold.ttf", SERIF, 700, FontStyle.NORMAL, SERIF_ALIASES),
            new Face("/liberation/LiberationSerif-Italic.ttf", SERIF, 400, FontStyle.ITALIC, SERIF_ALIASES),
            new Face("/liberation/LiberationSerif-BoldItalic.ttf", SERIF, 700, FontStyle.ITALIC, SERIF_ALIASES),
            new Face("/liberation/LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL, SANS_ALIASES),
            new Face("/liberation/LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL, SANS_ALIASES),
            new Face("/liberation/LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC, SANS_ALIASES),
            new Face("/liberation/LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC, SANS_ALIASES),
            new Face("/liberation/LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL, MONO_ALIASES),
            new Face("/liberation/LiberationMono-Bold.ttf", "Liberation Mono", 700, FontStyle.NORMAL, MONO_ALIASES),
            new Face("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL, List.of()),
            new Face("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL, List.of()),
            new Face("/net/sf/jasperreports/fonts/dejavu/DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC, List.of()),
            new Face("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL, List.of()),
            new Face("/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL, List.of()));

    private BundledFonts() {
    }

    /**
     * Registers every bundled face, under its own family name and the names documents use for its metric twin.
     * Liberation Serif and DejaVu are also the last resort for text whose named fonts are all unknown
     * (".VnTime", "Calibri" with no generic family after it): without them openhtmltopdf falls to PDF's base-14
     * fonts, which PDF/A mode drops, and the text vanishes from the page.
     */
    public static void registerWith(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> open(face.resource()), face.family(), face.weight(), face.style(), true,
                    LAST_RESORT.contains(face.family()) ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
                            : EnumSet.of(FSFontUseCase.DOCUMENT));
            for (String alias : face.aliases()) {
                builder.useFont(() -> open(face.resource()), alias, face.weight(), face.style(), true);
            }
        }
    }

    /**
     * Families a text falls back to, in this order, when none of the fonts it names is here. openhtmltopdf
     * sizes lines by every font a text may use, so registering them moved the lines of HTML laid out in
     * Liberation by a few hundredths of a point (same text, same fonts, same pages).
     */
    private static final List<String> LAST_RESORT = List.of(SERIF, "DejaVu Serif", "DejaVu Sans");

    /**
     * The families a word may be given whole when not every family covers it ({@link WholeWordFonts}), in order
     * of preference: the serif faces documents mostly ask for, then the widest coverage.
     */
    private static final List<String> WHOLE_WORD_ORDER = List.of(SERIF, "DejaVu Serif", "DejaVu Sans",
            "Liberation Sans", "Liberation Mono");

    /** Whether every bundled family has a glyph for each character of {@code text} (white space aside). */
    static boolean everyFamilyCovers(CharSequence text) {
        Map<String, BitSet> coverage = Coverage.BY_FAMILY;
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isISOControl(cp)
                || Character.isSpaceChar(cp) || coverage.values().stream().allMatch(covered -> covered.get(cp)));
    }

    /** The characters of {@code text} no bundled family has a glyph for (white space and controls aside). */
    static BitSet uncovered(CharSequence text) {
        BitSet uncovered = new BitSet();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !Character.isSpaceChar(cp)
                && Coverage.BY_FAMILY.values().stream().noneMatch(covered -> covered.get(cp))).forEach(uncovered::set);
        return uncovered;
    }

    /**
     * Registers, as the very last resort, the machine's fonts for the letters of {@code text} no bundled family has
     * ({@link MachineFonts}); nothing for a text they all cover, so its layout stays the same on every machine.
     */
    static void registerMachineFontsFor(PdfRendererBuilder builder, CharSequence text) {
        BitSet uncovered = uncovered(ArabicForms.asDrawn(text.toString()));
        if (uncovered.isEmpty()) {
            return;
        }
        for (MachineFonts.Font font : MachineFonts.covering(uncovered)) {
            builder.useFont(() -> {
                try {
                    return java.nio.file.Files.newInputStream(font.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, font.family(), 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
        }
    }

    /** The first family with a glyph for every character of {@code word}, or null when none has them all. */
    static String firstFamilyCovering(CharSequence word) {
        for (String family : WHOLE_WORD_ORDER) {
            BitSet covered = Coverage.BY_FAMILY.get(family);
            if (word.codePoints().allMatch(covered::get)) {
                return family;
            }
        }
        return null;
    }

    /** Each family's characters, read once from its regular face's character map. */
    private static final class Coverage {
        private static final int LAST_CODE_POINT = 0x2FFFF;
        static final Map<String, BitSet> BY_FAMILY = read();

        private static Map<String, BitSet> read() {
            Map<String, BitSet> families = new LinkedHashMap<>();
            for (Face face : FACES) {
                if (face.weight() != 400 || face.style() != FontStyle.NORMAL || families.containsKey(face.family())) {
                    continue;
                }
                try (InputStream in = open(face.resource());
                     TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                    CmapLookup cmap = font.getUnicodeCmapLookup();
                    BitSet covered = new BitSet(LAST_CODE_POINT + 1);
                    for (int cp = 0; cp <= LAST_CODE_POINT; cp++) {
                        if (cmap.getGlyphId(cp) != 0) {
                            covered.set(cp);
                        }
                    }
                    families.put(face.family(), covered);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return Map.copyOf(families);
        }
    }

    /**
     * The face for invisible OCR text: DejaVu Sans, the widest coverage of the bundled faces, because what
     * Tesseract reads is not known in advance. Its metrics do not matter: each word is stretched to its box.
     */
    public static InputStream openTextLayerFont() {
        return open("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf");
    }

    /** Whether the font artifacts are on the classpath (reported by {@code earchive doctor}). */
    public static boolean present() {
        return FACES.stream().allMatch(face -> BundledFonts.class.getResource(face.resource()) != null);
    }

    public static List<String> families() {
        return FACES.stream().map(Face::family).distinct().toList();
    }

    private static InputStream open(String resource) {
        InputStream in = BundledFonts.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(
                    "bundled font " + resource + " is missing from the classpath"));
        }
        return in;
    }
}
