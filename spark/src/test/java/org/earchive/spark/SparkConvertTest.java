package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.earchive.api.ConvertRequest;
import org.earchive.api.Earchive;
import org.earchive.core.Fixity;
import org.earchive.core.RunContext;
import org.earchive.fixtures.Fixtures;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.InputFilter;
import org.earchive.pipeline.Journal;
import org.earchive.pipeline.OutputLayout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in Spark's own local mode (two cores, one retry allowed) over a mixed folder: the sample folder (text
 * in three encodings, HTML with a picture from its folder, images and scans with OCR where Tesseract is installed), an
 * office document (LibreOffice where installed), a born-digital and a scanned PDF, an e-mail with an attachment, and
 * broken files (empty, truncated, damaged, encrypted) — against the library's batch (what {@code earchive convert} runs) for the same folder and SOURCE_DATE_EPOCH: the same files,
 * byte for byte, and the same reports except timings, even though one task is made to fail half-way through a
 * document and is retried by Spark. Then a second Spark run redoes nothing, the CLI's batch carries the Spark
 * output over as its own, and the Spark job the CLI's.
 */
class SparkConvertTest {

    private static final Instant EPOCH = Instant.ofEpochSecond(1_700_000_000L);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JavaSparkContext spark;

    @TempDir
    static Path work;

    @BeforeAll
    static void startSpark() {
        // local[2,2]: two cores, and a failed task is tried once more, as a cluster would; loopback only, no UI
        spark = new JavaSparkContext(new SparkConf().setMaster("local[2,2]").setAppName("earchive-spark-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1").set("spark.driver.memory", "512m"));
        spark.setLogLevel("ERROR");
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    /** The sample folder, with an office file, PDFs, an e-mail and broken files added beside it. */
    private static Path mixedFolder() throws IOException {
        Path mixed = work.resolve("in");
        Path samples = Fixtures.samples();
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                copy(file, mixed.resolve(samples.relativize(file).toString()));
            }
        }
        Path fixtures = Fixtures.root();
        for (String name : List.of("office/cong-van-times-new-roman.docx", "detect/born-digital.pdf",
                "detect/scanned.pdf", "mail/thu-co-dinh-kem.eml", "detect/damaged.pdf",
                "detect/encrypted-password.pdf", "bad/empty.txt", "bad/truncated.jpg")) {
            copy(fixtures.resolve(name), mixed.resolve("mixed").resolve(name));
        }
        return mixed;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }

    @Test
    void sparkWritesWhatTheCliWritesSurvivesARetriedTaskAndRedoesNothingTheSecondTime() throws Exception {
        Path samples = mixedFolder();
        JobSettings settings = new JobSettings(SparkConvert.producer(), EPOCH.getEpochSecond(), "", "vie+eng", 180,
                false, "tt05", "auto", 2, false, null, null, BatchOptions.DEFAULT_TIMEOUT.toMillis(), "en",
                "UTC", null, false, false, "auto", java.util.List.of());

        Path expected = work.resolve("cli");
        RunContext context = settings.context();
        BatchReport cli;
        try (Earchive earchive = Earchive.start(context, ClerkMetadata.none(), 2)) {
            cli = earchive.convert(new ConvertRequest(List.of(samples), expected, BatchOptions.defaults(2)),
                    new BatchListener() {
                    });
        }

        Path actual = work.resolve("spark");
        spark.setLocalProperty(DocumentTask.FAIL_ONCE_AFTER_FIRST_OUTPUT, "bao-cao-tong-ket.pdf");
        BatchReport report;
        try {
            report = new SparkBatch(spark, settings, null).run(List.of(samples.toString()), actual.toString(),
                    InputFilter.ALL);
        } finally {
            spark.setLocalProperty(DocumentTask.FAIL_ONCE_AFTER_FIRST_OUTPUT, null);
        }

        assertEquals(Map.of(), differences(hashes(expected), hashes(actual)),
                "the same files, with the same bytes, as the library's batch");
        assertFalse(Files.exists(actual.resolve(OutputLayout.STATE_FOLDER).resolve("tmp")),
                "no scratch upload is left behind by the failed attempt");
        List<String> everyFile;
        try (Stream<Path> files = Files.walk(samples)) {
            everyFile = files.filter(Files::isRegularFile).map(f -> samples.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        List<String> reported = report.documents().stream().map(d -> d.source()).sorted().toList();
        assertTrue(reported.containsAll(everyFile), "the report lists every document of the folder: " + reported);
        assertTrue(reported.contains("mixed/mail/thu-co-dinh-kem.eml#bao-cao-kiem-tra.docx"),
                "and the e-mail's attachments as documents of their own: " + reported);
        assertEquals(statuses(cli), statuses(report), "each document gets the status the CLI gives it");
        assertTrue(statuses(report).values().containsAll(List.of("CONVERTED", "CORRUPT", "ENCRYPTED", "EMPTY_FILE")),
                "the broken files are in the batch with their own statuses: " + statuses(report));
        assertEquals(withoutTimings(expected), withoutTimings(actual), "report.json as the CLI writes it, timings aside");
        assertTrue(Files.readString(actual.resolve(".earchive/report.html")).contains("bao-cao-tong-ket.pdf"));
        assertTrue(Files.readString(actual.resolve(".earchive/report.csv")).contains("scans/bao-cao-300dpi-g4.tif"));

        Map<String, String> journal = recorded(actual);
        BatchReport again = new SparkBatch(spark, settings, null).run(List.of(samples.toString()), actual.toString(),
                InputFilter.ALL);
        // what failed is tried again (the file may have been mended), what succeeded is carried over (and so is a
        // broken attachment of a message that converted: the message is settled)
        List<String> succeeded = report.documents().stream().filter(d -> d.status().isSuccess()).map(d -> d.source())
                .toList();
        List<String> carriedOver = carriedOver(again);
        assertTrue(carriedOver.containsAll(succeeded), "a second run carries every converted document over: " + carriedOver);
        assertTrue(again.documents().stream().filter(d -> !d.unchanged()).noneMatch(d -> d.status().isSuccess()),
                "and tries again only what failed");
        assertEquals(statuses(report), statuses(again), "and gives the broken files the same statuses");
        Map<String, String> journalAgain = recorded(actual);
        report.documents().stream().filter(d -> !d.status().isSuccess()).forEach(d -> {
            journal.remove(d.source());
            journalAgain.remove(d.source());
        });
        assertEquals(journal, journalAgain, "and journals nothing new for them");
        assertEquals(hashes(expected), hashes(actual));

        try (Earchive earchive = Earchive.start(context, ClerkMetadata.none(), 2)) {
            BatchReport carried = earchive.convert(new ConvertRequest(List.of(samples), actual, BatchOptions.defaults(2)),
                    new BatchListener() {
                    });
            assertEquals(carriedOver, carriedOver(carried), "the CLI finds Spark's output done, as its own");
        }
        BatchReport overCli = new SparkBatch(spark, settings, null).run(List.of(samples.toString()), expected.toString(),
                InputFilter.ALL);
        assertEquals(carriedOver, carriedOver(overCli), "and Spark finds the CLI's output done");
    }

    /** The files whose hash differs or that only one side has, with both hashes. */
    private static Map<String, String> differences(Map<String, String> expected, Map<String, String> actual) {
        Map<String, String> differences = new TreeMap<>();
        expected.forEach((file, hash) -> {
            if (!hash.equals(actual.get(file))) {
                differences.put(file, hash + " != " + actual.get(file));
            }
        });
        actual.keySet().stream().filter(file -> !expected.containsKey(file))
                .forEach(file -> differences.put(file, "only in the Spark output"));
        return differences;
    }

    /** The documents a run found done by an earlier one, by their source. */
    private static List<String> carriedOver(BatchReport report) {
        return report.documents().stream().filter(d -> d.unchanged()).map(d -> d.source()).sorted().toList();
    }

    /** Each document's status, by its source. */
    private static Map<String, String> statuses(BatchReport report) {
        Map<String, String> statuses = new TreeMap<>();
        report.documents().forEach(d -> statuses.put(d.source(), d.status().name()));
        return statuses;
    }

    /** When the journal's line for each document was written. */
    private static Map<String, String> recorded(Path output) throws IOException {
        Map<String, String> recorded = new TreeMap<>();
        Journal.read(output.resolve(OutputLayout.STATE_FOLDER)).forEach((source, entry) -> recorded.put(source, entry.recorded()));
        return recorded;
    }

    /** Every file under the output but the state folder, with its SHA-256. */
    private static Map<String, String> hashes(Path output) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = output.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(OutputLayout.STATE_FOLDER + "/")) {
                    hashes.put(relative, Fixity.sha256(file));
                }
            }
        }
        return hashes;
    }

    private static JsonNode withoutTimings(Path output) throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(output.resolve(".earchive/report.json").toFile());
        report.remove(List.of("started", "finished"));
        report.get("documents").forEach(d -> ((ObjectNode) d).remove("durationMs"));
        return report;
    }
}
