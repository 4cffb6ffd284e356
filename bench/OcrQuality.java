import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.earchive.fixtures.FixtureGenerator;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.validate.VeraPdfValidator;

/**
 * For bench/ocr.sh: every PDF in a folder checked the same way, whichever tool wrote it. The text a reader
 * extracts (PDFBox, NFC, whitespace removed) against the text printed on the fixture scan it came from
 * (character error rate, Levenshtein), and veraPDF's verdict on PDF/A-2b.
 *
 *   java -cp 'cli/target/lib/*:cli/target/earchive.jar:fixtures/target/classes' bench/OcrQuality.java FOLDER
 *
 * Prints one line: pdfs, mean CER, worst CER, how many pass veraPDF 2b, total bytes; with a second argument
 * {@code --each}, a line per PDF first.
 */
public class OcrQuality {

    private static final List<String> SCANS = List.of("scans/bao-cao-300dpi-g4.tif", "scans/cong-van-200dpi.jpg",
            "scans/thong-bao-200dpi-lzw.tif");

    public static void main(String[] args) throws Exception {
        VeraPdfValidator verapdf = new VeraPdfValidator();
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf") && scanOf(f) != null).sorted().toList();
        }
        double sum = 0;
        double worst = 0;
        int compliant = 0;
        long bytes = 0;
        for (Path pdf : pdfs) {
            String scan = scanOf(pdf);
            double cer = cer(FixtureGenerator.printedText(scan), PdfText.extract(pdf));
            sum += cer;
            worst = Math.max(worst, cer);
            compliant += verapdf.validate(pdf, PdfaLevel.PDFA_2B).compliant() ? 1 : 0;
            bytes += Files.size(pdf);
            if (args.length > 1 && args[1].equals("--each")) {
                System.out.printf(Locale.ROOT, "  %-32s CER %.4f  %d bytes%n", pdf.getFileName(), cer, Files.size(pdf));
            }
        }
        System.out.printf(Locale.ROOT, "%d pdfs  mean CER %.4f  worst CER %.4f  veraPDF 2b %d/%d  %d bytes%n",
                pdfs.size(), sum / pdfs.size(), worst, compliant, pdfs.size(), bytes);
    }

    /** The fixture scan a PDF was made from, by name ("cong-van-200dpi-01.pdf"); null for any other PDF. */
    static String scanOf(Path pdf) {
        return SCANS.stream().filter(s -> pdf.getFileName().toString().startsWith(s.substring(6, s.lastIndexOf('.'))))
                .findFirst().orElse(null);
    }

    static double cer(String expected, String actual) {
        int[] a = PdfText.comparable(expected).codePoints().toArray();
        int[] b = PdfText.comparable(actual).codePoints().toArray();
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                current[j] = Math.min(previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (double) previous[b.length] / a.length;
    }
}
