import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * For bench/metadata-eval/run.sh: scores the TT 05 descriptions {@code earchive convert} wrote (each {@code X.xml}
 * in OUT, any depth) field by field against a clerk's reading of the same documents (truth.tsv: one row per
 * document, keyed by its file name without extension, so a document's DOCX and its scan share one row).
 *
 *   java bench/metadata-eval/MetadataEval.java truth.tsv OUT [--each]
 *
 * Each field of each description is one of: right (the clerk's value), wrong (a value that is not the clerk's,
 * including one where the clerk reads none), left empty (the clerk reads one, earchive wrote none), or right
 * empty (neither has one). Values compare after NFC and with runs of white space as one space. Prints a table
 * per group (the folder under OUT: born-digital, scans, samples, samples/scans) and field, and with --each every wrong or missed value.
 */
public class MetadataEval {

    static final List<String> FIELDS = List.of("typeName", "codeNumber", "codeNotation", "issuedDate", "organName", "subject");

    record Tally(int[] counts) {
        Tally() {
            this(new int[4]);
        }
        int right() { return counts[0]; }
        int wrong() { return counts[1]; }
        int empty() { return counts[2]; }
        int rightEmpty() { return counts[3]; }
        int total() { return counts[0] + counts[1] + counts[2] + counts[3]; }
    }

    public static void main(String[] args) throws Exception {
        Map<String, Map<String, String>> truth = readTruth(Path.of(args[0]));
        boolean each = args.length > 2 && args[2].equals("--each");
        Map<String, Map<String, Tally>> byGroup = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        List<Path> xmls;
        try (Stream<Path> files = Files.walk(Path.of(args[1]))) {
            xmls = files.filter(f -> f.toString().endsWith(".xml") && !f.toString().endsWith(".premis.xml")
                    && !f.toString().contains("/.earchive/")).sorted().toList();
        }
        for (Path xml : xmls) {
            String name = xml.getFileName().toString().replaceFirst("\\.xml$", "");
            Map<String, String> expected = truth.get(name);
            if (expected == null) {
                continue;
            }
            String group = Path.of(args[1]).relativize(xml).getParent().toString();
            Map<String, String> actual = readXml(xml);
            Map<String, Tally> tallies = byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>());
            for (String field : FIELDS) {
                String want = norm(expected.get(field));
                String got = norm(actual.get(field));
                int outcome = got.isEmpty() ? (want.isEmpty() ? 3 : 2) : got.equals(want) ? 0 : 1;
                tallies.computeIfAbsent(field, f -> new Tally()).counts()[outcome]++;
                tallies.computeIfAbsent("all", f -> new Tally()).counts()[outcome]++;
                if (outcome == 1 || outcome == 2) {
                    misses.add(String.format("%-6s %-12s %-30s %-12s clerk: %s | earchive: %s", outcome == 1 ? "WRONG" : "empty",
                            group, name, field, want.isEmpty() ? "(none)" : want, got.isEmpty() ? "(none)" : got));
                }
            }
        }
        System.out.println("| documents | field | right | wrong | left empty | right empty | exact | precision | recall |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (var group : byGroup.entrySet()) {
            int documents = group.getValue().get("all").total() / FIELDS.size();
            for (var row : group.getValue().entrySet()) {
                Tally t = row.getValue();
                System.out.printf(Locale.ROOT, "| %s (%d) | %s | %d | %d | %d | %d | %s | %s | %s |%n", group.getKey(), documents,
                        row.getKey().equals("all") ? "**all**" : row.getKey(), t.right(), t.wrong(), t.empty(), t.rightEmpty(),
                        percent(t.right() + t.rightEmpty(), t.total()), percent(t.right(), t.right() + t.wrong()),
                        percent(t.right(), t.right() + t.wrong() + t.empty()));
            }
        }
        if (each) {
            misses.forEach(System.out::println);
        }
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    static String norm(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    static Map<String, Map<String, String>> readTruth(Path tsv) throws Exception {
        Map<String, Map<String, String>> truth = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        String[] header = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 1; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            truth.put(cells[0], row);
        }
        return truth;
    }

    static Map<String, String> readXml(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(xml.toFile());
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            NodeList nodes = document.getElementsByTagName(field);
            values.put(field, nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent());
        }
        return values;
    }
}
