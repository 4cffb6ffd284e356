import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.earchive.convert.BoundedText;
import org.earchive.convert.WordFidelity;

/**
 * For bench/words.sh: how many of each source document's words come back whole from its PDF. The source's
 * words are Tika's text of the original; the first measure is earchive's own check (WordFidelity: whole in
 * both PDFBox's and pdftotext's readings, and in one font family), the second pdftotext's reading alone.
 *
 *   java -cp 'cli/target/lib/*:cli/target/earchive.jar' bench/WordsKept.java SOURCES PDFS [--each]
 *
 * A source X.ext pairs with PDFS/X.pdf (or X.NOT-COMPLIANT.pdf). Prints one summary line, and with --each a
 * line per document first.
 */
public class WordsKept {

    public static void main(String[] args) throws Exception {
        boolean each = args.length > 2 && args[2].equals("--each");
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            sources = files.filter(Files::isRegularFile).sorted().toList();
        }
        int pdfs = 0, lostPdfbox = 0, lostPoppler = 0, belowPdfbox = 0, belowPoppler = 0, mixedDocs = 0;
        long words = 0, keptPdfbox = 0, keptPoppler = 0;
        for (Path source : sources) {
            Path pdf = pdfOf(Path.of(args[1]), source);
            if (pdf == null) {
                if (each) System.out.printf("%-52s no PDF%n", source.getFileName());
                continue;
            }
            String text = tikaText(source);
            WordFidelity.Result pdfbox = WordFidelity.check(text, pdf);
            WordFidelity.Result poppler = WordFidelity.checkText(text, pdftotext(pdf));
            int mixed = WordFidelity.mixedFontWords(pdf);
            pdfs++;
            words += pdfbox.total();
            keptPdfbox += pdfbox.kept();
            keptPoppler += poppler.kept();
            lostPdfbox += pdfbox.kept() < pdfbox.total() ? 1 : 0;
            lostPoppler += poppler.kept() < poppler.total() ? 1 : 0;
            belowPdfbox += pdfbox.faithful() ? 0 : 1;
            belowPoppler += poppler.faithful() ? 0 : 1;
            mixedDocs += mixed > 0 ? 1 : 0;
            if (each) {
                System.out.printf(Locale.ROOT, "%-52s words %6d  earchive check kept %6.2f%%  pdftotext alone kept %6.2f%%  two-font words %4d  %s%n",
                        source.getFileName(), pdfbox.total(), 100 * pdfbox.share(), 100 * poppler.share(), mixed,
                        String.join(" ", poppler.damaged().stream().limit(3).toList()));
            }
        }
        System.out.printf(Locale.ROOT, "%d PDFs, %d source words; lose words: %d (check), %d (pdftotext alone); below %.1f%%:"
                        + " %d (check), %d (pdftotext alone); with two-font words: %d; words kept overall %.2f%% (check),"
                        + " %.2f%% (pdftotext alone)%n", pdfs, words, lostPdfbox, lostPoppler, 100 * WordFidelity.THRESHOLD,
                belowPdfbox, belowPoppler, mixedDocs, 100.0 * keptPdfbox / Math.max(1, words),
                100.0 * keptPoppler / Math.max(1, words));
    }

    private static Path pdfOf(Path folder, Path source) {
        String name = source.getFileName().toString();
        String base = name.substring(0, name.lastIndexOf('.'));
        for (String candidate : List.of(base + ".pdf", base + ".NOT-COMPLIANT.pdf")) {
            if (Files.isRegularFile(folder.resolve(candidate))) {
                return folder.resolve(candidate);
            }
        }
        return null;
    }

    private static String tikaText(Path source) throws Exception {
        BoundedText text = new BoundedText(50_000_000);
        try (var in = org.apache.tika.io.TikaInputStream.get(source)) {
            new AutoDetectParser().parse(in, text, new Metadata(), new ParseContext());
        }
        return text.toString();
    }

    private static String pdftotext(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return text;
    }
}
