import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.RunContext;
import org.earchive.detect.Detection;
import org.earchive.metadata.DocumentMetadata;
import org.earchive.metadata.FieldValue;
import org.earchive.metadata.MetadataExtractor;
import org.earchive.metadata.MetadataField;
import org.earchive.metadata.ScanText;
import org.earchive.metadata.SourceText;
import org.earchive.metadata.TextSource;
import org.earchive.pipeline.ScanOcrReading;

/**
 * For run.sh's `calibrate` mode: how often each kind of value read from the text was the clerk's, counting the values
 * the calibration withholds too (an X.xml shows only those written). Reads each document as `earchive convert` did:
 * a born-digital source's own text (in/born-digital/NAME.*), a scan (in/scans/NAME.jpg) as the template reads it, which
 * is as convert did: its OCR layer and the words' confidences ({@code ScanOcrReading}); with EARCHIVE_OCR_CACHE set
 * as run.sh sets it for convert, Tesseract's pages are taken from the cache, not read again.
 * Prints calibration.tsv's rows: field, source, evidence, right, read, and the confidence: the lower bound of how
 * often such a value is right (Wilson, one-sided 90%); with --each, every value that was not the clerk's.
 *
 *   java -cp earchive's classpath Calibration.java truth.tsv WORK [--each]
 */
public class Calibration {

    static final Map<MetadataField, String> SCORED = Map.of(MetadataField.TYPE_NAME, "typeName",
            MetadataField.CODE_NUMBER, "codeNumber", MetadataField.CODE_NOTATION, "codeNotation",
            MetadataField.ISSUED_DATE, "issuedDate", MetadataField.ORGAN_NAME, "organName", MetadataField.SUBJECT, "subject");

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[1]);
        boolean each = args.length > 2 && args[2].equals("--each");
        Map<String, int[]> tally = new TreeMap<>();
        MetadataExtractor extractor = new MetadataExtractor();
        RunContext context = RunContext.defaults("calibration");
        // ScanOcrReading's scratch PDFs are written here and removed one by one; the folder goes at the end
        Path scratch = Files.createTempDirectory("calibration-");
        ScanOcrReading scans = new ScanOcrReading(context, TesseractOcr.start(context.ocr(), System.getenv()), scratch);
        for (Map.Entry<String, Map<String, String>> row : truth(Path.of(args[0])).entrySet()) {
            String name = row.getKey();
            Path typed = source(work.resolve("in/born-digital"), name);
            if (typed != null) {
                String text = new SourceText().read(typed, detection(typed));
                score(name, extractor.extract(text, TextSource.TYPED), TextSource.TYPED, row.getValue(), tally, each);
            }
            Path scan = work.resolve("in/scans/" + name + ".jpg");
            if (Files.isRegularFile(scan)) {
                ScanText.Recognised read = scans.read(scan, new Detection("image/jpeg", null, null));
                if (read != null) {
                    score(name, extractor.extract(read.text(), TextSource.OCR, read.words()), TextSource.OCR,
                            row.getValue(), tally, each);
                }
            }
        }
        Files.deleteIfExists(scratch);
        System.out.println("# field\tsource\tevidence\tright\tread\tconfidence");
        tally.forEach((key, counts) -> System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%.2f%n", key, counts[0], counts[1],
                lowerBound(counts[0], counts[1])));
    }

    /** z of a one-sided 90% bound. */
    static final double Z = 1.2816;

    /**
     * The confidence of a kind of value: the lower bound of how often it is right, not the rate seen, so that a
     * kind seen right 30 times in 32 (0.94, but perhaps 0.86) is not written as surely right as one seen 48 in 48.
     */
    static double lowerBound(int right, int read) {
        double n = read;
        double p = right / n;
        double z2 = Z * Z;
        double centre = p + z2 / (2 * n);
        double margin = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return (centre - margin) / (1 + z2 / n);
    }

    static void score(String name, DocumentMetadata metadata, TextSource source, Map<String, String> truth,
                      Map<String, int[]> tally, boolean each) {
        for (Map.Entry<MetadataField, String> field : SCORED.entrySet()) {
            FieldValue value = metadata.field(field.getKey()).orElse(metadata.withheld().get(field.getKey()));
            if (value == null || value.origin() != FieldValue.Origin.TEXT) {
                continue;
            }
            String evidence = value.evidence() == null ? "unmeasured" : value.evidence().replaceFirst("^.*, ", "");
            String got = value.value();
            if (field.getKey() == MetadataField.ISSUED_DATE && got.matches("\\d{4}-\\d\\d-\\d\\d")) {
                got = got.substring(8) + "/" + got.substring(5, 7) + "/" + got.substring(0, 4);
            }
            boolean right = norm(got).equals(norm(truth.get(field.getValue())));
            int[] counts = tally.computeIfAbsent(field.getValue() + "\t" + source + "\t" + evidence, k -> new int[2]);
            counts[1]++;
            if (right) {
                counts[0]++;
            } else if (each) {
                System.out.printf("WRONG %-5s %-16s %-12s %-8s clerk: %s | read: %s%n", source, name, field.getValue(),
                        evidence, truth.get(field.getValue()), got);
            }
        }
    }

    static Path source(Path folder, String name) throws Exception {
        for (String extension : List.of(".docx", ".html", ".pdf")) {
            if (Files.isRegularFile(folder.resolve(name + extension))) {
                return folder.resolve(name + extension);
            }
        }
        return null;
    }

    static Detection detection(Path file) {
        String name = file.getFileName().toString();
        String mime = name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".html") ? "text/html"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        return new Detection(mime, null, null);
    }

    static String norm(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    static Map<String, Map<String, String>> truth(Path tsv) throws Exception {
        Map<String, Map<String, String>> truth = new TreeMap<>();
        String[] header = null;
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> row = new TreeMap<>();
            for (int i = 1; i < header.length && i < cells.length; i++) {
                row.put(header[i], cells[i]);
            }
            truth.put(cells[0], row);
        }
        return truth;
    }
}
