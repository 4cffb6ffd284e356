import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.earchive.pdfa.PdfText;

/**
 * For bench/deskew.sh: the character error rate of the text a reader extracts from each PDF (PDFBox, NFC,
 * whitespace removed) against the text printed on the scan it came from ({@code NAME.txt} beside the scan in
 * IN), side by side for several output folders of the same scans (one column each), with the file size.
 *
 *   java -cp 'cli/target/lib/*:cli/target/earchive.jar' bench/ScanCer.java IN LABEL=OUT [LABEL=OUT]...
 */
public class ScanCer {

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        List<String> labels = new ArrayList<>();
        List<Path> outs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            labels.add(args[i].substring(0, args[i].indexOf('=')));
            outs.add(Path.of(args[i].substring(args[i].indexOf('=') + 1)));
        }
        List<Path> expected;
        try (Stream<Path> files = Files.list(in)) {
            expected = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-40s", "scan"));
        for (String label : labels) {
            header.append(String.format(Locale.ROOT, " %14s %10s", label + " CER", "bytes"));
        }
        System.out.println(header);
        double[] sums = new double[outs.size()];
        double[] worst = new double[outs.size()];
        long[] bytes = new long[outs.size()];
        for (Path text : expected) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            String printed = Files.readString(text, StandardCharsets.UTF_8);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-40s", name));
            for (int i = 0; i < outs.size(); i++) {
                Path pdf = outs.get(i).resolve(name + ".pdf");
                double cer = Files.isRegularFile(pdf) ? cer(printed, PdfText.extract(pdf)) : 1;
                long size = Files.isRegularFile(pdf) ? Files.size(pdf) : 0;
                sums[i] += cer;
                worst[i] = Math.max(worst[i], cer);
                bytes[i] += size;
                row.append(String.format(Locale.ROOT, " %14.4f %10d", cer, size));
            }
            System.out.println(row);
        }
        StringBuilder mean = new StringBuilder(String.format(Locale.ROOT, "%-40s", "mean (worst)"));
        for (int i = 0; i < outs.size(); i++) {
            mean.append(String.format(Locale.ROOT, " %6.4f (%.4f) %10d", sums[i] / expected.size(), worst[i], bytes[i]));
        }
        System.out.println(mean);
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
