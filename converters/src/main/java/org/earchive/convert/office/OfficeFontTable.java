package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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

    /** The table when the machine has no metric twin for Calibri and Cambria (Carlito, Caladea). */
    private static final List<Replacement> BUNDLED = List.of(
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

    /**
     * Calibri's and Cambria's metric twins, which no Maven artifact carries: used from the machine's fonts
     * (Debian's fonts-crosextra-carlito and fonts-crosextra-caladea) when installed and when they cover
     * Vietnamese. Carlito does; Caladea 2020 lacks the letters with a dot below or a hook, so Cambria stays
     * with Liberation Serif, whose toned letters are all there.
     */
    private static final Map<String, String> MACHINE_TWINS = Map.of("Calibri", "Carlito", "Cambria", "Caladea");
    private static final List<String> FACE_NAMES = List.of("Regular", "Bold", "Italic", "BoldItalic");
    private static final List<Path> FONT_FOLDERS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".local/share/fonts"), Path.of(System.getProperty("user.home"), ".fonts"));

    /** The table LibreOffice is given on this machine: {@link #BUNDLED}, with the metric twins it has. */
    public static List<Replacement> replacements() {
        return Machine.REPLACEMENTS;
    }

    /** Fonts of this machine LibreOffice is given too: the metric twins {@link #replacements()} uses. */
    static List<Path> machineFontFiles() {
        return Machine.FILES;
    }

    /** Looked up once: the machine's fonts do not change while earchive runs. */
    private static final class Machine {
        static final Map<String, List<Path>> TWIN_FILES = findTwins();
        static final List<Replacement> REPLACEMENTS = withTwins();
        static final List<Path> FILES = REPLACEMENTS.stream().map(Replacement::family).filter(TWIN_FILES::containsKey)
                .distinct().flatMap(family -> TWIN_FILES.get(family).stream()).toList();

        private static Map<String, List<Path>> findTwins() {
            Map<String, List<Path>> found = new java.util.HashMap<>();
            for (String family : MACHINE_TWINS.values()) {
                Path regular = find(family + "-Regular.ttf");
                if (regular != null) {
                    found.put(family, FACE_NAMES.stream().map(face -> regular.resolveSibling(family + "-" + face + ".ttf"))
                            .filter(Files::isRegularFile).toList());
                }
            }
            return found;
        }

        private static Path find(String fileName) {
            for (Path folder : FONT_FOLDERS) {
                if (!Files.isDirectory(folder)) {
                    continue;
                }
                try (Stream<Path> files = Files.find(folder, 4, (file, attributes) -> attributes.isRegularFile()
                        && file.getFileName().toString().equals(fileName))) {
                    Optional<Path> first = files.findFirst();
                    if (first.isPresent()) {
                        return first.get();
                    }
                } catch (IOException | UncheckedIOException unreadable) {
                    // a folder we may not read holds no font LibreOffice could use either
                }
            }
            return null;
        }

        private static List<Replacement> withTwins() {
            List<Replacement> table = new java.util.ArrayList<>();
            for (Replacement row : BUNDLED) {
                String twin = MACHINE_TWINS.get(row.officeFont());
                if (twin == null) {
                    table.add(row);
                } else if (!TWIN_FILES.containsKey(twin)) {
                    table.add(new Replacement(row.officeFont(), row.family(), "stand-in: " + twin + ", its metric twin,"
                            + " is not installed"));
                } else if (!missing(TWIN_FILES.get(twin).get(0)).isEmpty()) {
                    table.add(new Replacement(row.officeFont(), row.family(), "stand-in: " + twin
                            + ", its metric twin, lacks Vietnamese letters"));
                } else {
                    table.add(new Replacement(row.officeFont(), twin, TWIN + " (this machine's " + twin + ")"));
                }
            }
            return List.copyOf(table);
        }
    }

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

    /** The Vietnamese letters {@code family} (bundled, or a machine twin) has no glyph for: empty when it covers them all. */
    public static String missingVietnamese(String family) {
        String resource = REGULAR_FACE.get(family);
        if (resource != null) {
            try (InputStream in = open(resource)) {
                return missing(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Path> machine = Machine.TWIN_FILES.get(family);
        if (machine == null) {
            throw new IllegalArgumentException("not a family earchive gives LibreOffice: " + family);
        }
        return missing(machine.get(0));
    }

    private static String missing(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return missing(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String missing(InputStream in) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            return VietnameseLetters.missing(cp -> cmap.getGlyphId(cp) != 0);
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
