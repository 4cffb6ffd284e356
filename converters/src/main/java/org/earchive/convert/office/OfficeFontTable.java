package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.earchive.pdfa.VietnameseLetters;

/**
 * Which of earchive's bundled fonts LibreOffice lays out each common Office font in. LibreOffice left to
 * itself asks the machine for a look-alike, and a Debian machine answers Times New Roman with Nimbus Roman,
 * which has no Vietnamese letters with tone marks: LibreOffice then draws each such letter in another font,
 * inside the word, and the word no longer comes out of the PDF whole ("L ưu tr ữ"). Every font named here
 * covers Vietnamese, and the metric twins keep Word's line and page breaks.
 */
public final class OfficeFontTable {

    /**
     * One row: documents that ask for {@code officeFont} are laid out in {@code family}.
     *
     * @param why what keeps the layout: a metric twin has the same advance widths, a stand-in only a similar look
     */
    public record Replacement(String officeFont, String family, String why) {
    }

    private static final String TWIN = "metric twin";
    private static final String STAND_IN = "stand-in (other widths: lines may break elsewhere)";

    public static final List<Replacement> REPLACEMENTS = List.of(
            new Replacement("Times New Roman", "Liberation Serif", TWIN),
            new Replacement("Times", "Liberation Serif", TWIN),
            new Replacement("Times-Roman", "Liberation Serif", TWIN),
            new Replacement("Times New Roman Bold", "Liberation Serif", TWIN),
            new Replacement("Arial", "Liberation Sans", TWIN),
            new Replacement("Helvetica", "Liberation Sans", TWIN),
            new Replacement("Courier New", "Liberation Mono", TWIN),
            new Replacement("Courier", "Liberation Mono", TWIN),
            new Replacement("Calibri", "Liberation Sans", STAND_IN),
            new Replacement("Cambria", "Liberation Serif", STAND_IN),
            new Replacement("Tahoma", "DejaVu Sans Condensed", STAND_IN),
            new Replacement("Verdana", "DejaVu Sans", STAND_IN),
            new Replacement("Segoe UI", "Liberation Sans", STAND_IN));

    /** The files LibreOffice is given: every family above in the faces the bundled font artifacts have. */
    static final List<String> FONT_FILES = List.of(
            "/liberation/LiberationSerif-Regular.ttf", "/liberation/LiberationSerif-Bold.ttf",
            "/liberation/LiberationSerif-Italic.ttf", "/liberation/LiberationSerif-BoldItalic.ttf",
            "/liberation/LiberationSans-Regular.ttf", "/liberation/LiberationSans-Bold.ttf",
            "/liberation/LiberationSans-Italic.ttf", "/liberation/LiberationSans-BoldItalic.ttf",
            "/liberation/LiberationMono-Regular.ttf", "/liberation/LiberationMono-Bold.ttf",
            "/liberation/LiberationMono-Italic.ttf", "/liberation/LiberationMono-BoldItalic.ttf",
            dejaVu("DejaVuSerif"), dejaVu("DejaVuSerif-Bold"), dejaVu("DejaVuSerif-Italic"), dejaVu("DejaVuSerif-BoldItalic"),
            dejaVu("DejaVuSans"), dejaVu("DejaVuSans-Bold"), dejaVu("DejaVuSans-Oblique"), dejaVu("DejaVuSans-BoldOblique"),
            dejaVu("DejaVuSansCondensed"), dejaVu("DejaVuSansCondensed-Bold"),
            dejaVu("DejaVuSansCondensed-Oblique"), dejaVu("DejaVuSansCondensed-BoldOblique"));

    /** The regular face of each family, whose character table says what the family covers. */
    private static final Map<String, String> REGULAR_FACE = Map.of(
            "Liberation Serif", "/liberation/LiberationSerif-Regular.ttf",
            "Liberation Sans", "/liberation/LiberationSans-Regular.ttf",
            "Liberation Mono", "/liberation/LiberationMono-Regular.ttf",
            "DejaVu Sans", dejaVu("DejaVuSans"),
            "DejaVu Sans Condensed", dejaVu("DejaVuSansCondensed"));

    private OfficeFontTable() {
    }

    private static String dejaVu(String name) {
        return "/net/sf/jasperreports/fonts/dejavu/" + name + ".ttf";
    }

    /** The Vietnamese letters the bundled {@code family} has no glyph for: empty when it covers them all. */
    public static String missingVietnamese(String family) {
        String resource = REGULAR_FACE.get(family);
        if (resource == null) {
            throw new IllegalArgumentException("not a family earchive gives LibreOffice: " + family);
        }
        try (InputStream in = open(resource);
             TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            return VietnameseLetters.missing(cp -> cmap.getGlyphId(cp) != 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream open(String resource) throws IOException {
        InputStream in = OfficeFontTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new java.io.FileNotFoundException("bundled font " + resource + " is missing from the classpath");
        }
        return in;
    }
}
