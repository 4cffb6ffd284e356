package org.earchive.pdfa;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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

    /** Registers every bundled face, under its own family name and the names documents use for its metric twin. */
    public static void registerWith(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> open(face.resource()), face.family(), face.weight(), face.style(), true);
            for (String alias : face.aliases()) {
                builder.useFont(() -> open(face.resource()), alias, face.weight(), face.style(), true);
            }
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
