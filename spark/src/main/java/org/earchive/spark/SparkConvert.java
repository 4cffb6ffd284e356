package org.earchive.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.earchive.core.DocumentStatus;
import org.earchive.core.OcrSettings;
import org.earchive.core.RunContext;
import org.earchive.detect.TrustStore;
import org.earchive.metadata.MetadataInputException;
import org.earchive.pipeline.BatchPlan;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.InputFilter;
import org.earchive.pipeline.OutputBusyException;
import org.earchive.pipeline.OutputLayout;
import org.earchive.report.JsonEventLog;
import org.earchive.report.PlanJson;
import org.earchive.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code earchive spark}: {@code earchive convert} as a Spark application. Run it with {@code spark-submit --class
 * org.earchive.spark.SparkConvert} on a cluster (YARN, Kubernetes, standalone), or through {@code ./earchive spark
 * --master local[N]} on one machine. Same options, outputs, reports and exit codes as {@code convert}.
 */
@Command(name = "earchive spark", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = SparkConvert.Version.class,
        description = {"Converts folders of records to PDF/A on an Apache Spark cluster (or Spark's local mode): the",
            "same per-document pipeline, outputs, journal, reports and exit codes as 'earchive convert'.",
            "IN and --out are paths or Hadoop file system URIs (file://, hdfs://, s3a://)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"  0:all done and valid", "  1:some documents failed or are not compliant (details in the report)",
            "  2:bad command line or configuration", "  3:an input path is missing or unreadable",
            "  4:output not writable (another run is writing to it, disk full)", " 70:internal error (a bug, or the Spark job failed)"})
public final class SparkConvert implements Callable<Integer> {

    static final int OK = 0;
    static final int SOME_DOCUMENTS_FAILED = 1;
    static final int USAGE = 2;
    static final int INPUT_MISSING = 3;
    static final int OUTPUT_NOT_WRITABLE = 4;
    static final int INTERNAL_ERROR = 70;

    @Parameters(paramLabel = "IN", arity = "1..*", description = "Files or folders to convert (paths or URIs).")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Output folder (path or URI).")
    String output;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] for this machine; under spark-submit, leave it to spark-submit.")
    String master;

    @Option(names = "--include", paramLabel = "GLOB", description = "Convert only files matching GLOB (repeatable).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files and folders matching GLOB (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--force", description = "Convert everything again, even documents an earlier run finished.")
    boolean force;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password for documents that need one to open (sent to the executors, never written).")
    String password = "";

    @Option(names = "--ocr-lang", paramLabel = "LANGS", description = "Tesseract languages (default: ${DEFAULT-VALUE}).")
    String ocrLanguages = OcrSettings.DEFAULT_LANGUAGES;

    @Option(names = "--ocr-timeout", paramLabel = "SECONDS", description = "Longest one page's OCR may take (default: ${DEFAULT-VALUE}).")
    long ocrTimeoutSeconds = OcrSettings.DEFAULT_PAGE_TIMEOUT.toSeconds();

    @Option(names = "--engine", paramLabel = "auto|libreoffice|java", description = "Office documents' engine (default: ${DEFAULT-VALUE}).")
    String engine = "auto";

    @Option(names = "--tt05-strict", description = "A scan below 200 dpi is not-compliant (Thông tư 05/2025/TT-BNV, Điều 8).")
    boolean tt05Strict;

    @Option(names = "--metadata", paramLabel = "FILE.csv", description = "The clerk's metadata spreadsheet (on the driver's disk).")
    Path metadataCsv;

    @Option(names = "--metadata-defaults", paramLabel = "FILE", description = "Batch-wide element=value lines (on the driver's disk).")
    Path metadataDefaults;

    @Option(names = "--trust-store", paramLabel = "DIR",
            description = "A folder of PEM or DER certificates (on the driver's disk) signers' chains are checked against;"
                    + " they travel to the executors. Never the network.")
    Path trustStore;

    @Option(names = "--profile", paramLabel = "tt05|dc", description = "Descriptive metadata profile (default: ${DEFAULT-VALUE}).")
    String profile = "tt05";

    @Option(names = "--timeout", paramLabel = "DURATION", converter = TimeLimitConverter.class,
            description = "Longest one document may take before it is given up as 'timeout' and its task goes on"
                    + " (90s, 10m, 2h; default: 10m, as convert).")
    java.time.Duration timeout = org.earchive.pipeline.BatchOptions.DEFAULT_TIMEOUT;

    @Option(names = "--executor-jobs", paramLabel = "N",
            description = "Documents one executor converts at once (LibreOffice and Tesseract processes it starts);"
                    + " default: spark.executor.cores, or N of local[N].")
    Integer executorJobs;

    @Option(names = "--lang", paramLabel = "vi|en",
            description = "The reports' language (default: EARCHIVE_LANG, else the system's language when it is Vietnamese,"
                    + " else English).")
    String language;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "The zone the reports show times in (Asia/Ho_Chi_Minh, +07:00; default: EARCHIVE_TZ, else the"
                    + " driver's).")
    String timeZone;

    @Option(names = "--level", paramLabel = "1b|2b|2u|2a|3b|3u|3a",
            description = "The PDF/A level to write (default: earchive's choice: 2u for born-digital, 2b for scans, 3u for e-mails).")
    String level;

    @Option(names = "--ua", description = "Tagged PDF/UA-1 (accessible) as well as PDF/A.")
    boolean ua;

    @Option(names = "--embed-original", description = "Embed each source file in its PDF/A-3 (needs --level 3b, 3u or 3a).")
    boolean embedOriginal;

    @Option(names = "--legacy-encoding", paramLabel = "auto|tcvn3|vni|viscii|off", defaultValue = "auto",
            description = "Pre-Unicode Vietnamese text (default: ${DEFAULT-VALUE}).")
    String legacyEncoding;

    @Option(names = {"-q", "--quiet"}, description = "Print only the summary line (and errors).")
    boolean quiet;

    @Option(names = "--dry-run", description = "Say what the run would do (convert, convert again, unchanged, skip; each"
            + " document's type), judged on the executors as the run judges it, and write nothing.")
    boolean dryRun;

    @Option(names = "--log-format", paramLabel = "text|json",
            description = "text: a line per document on standard error (default); json: one JSON event per line, as"
                    + " 'earchive convert --log-format json' writes them (batch-started, finished, failed, batch-finished,"
                    + " error; no 'started': documents start on the executors).")
    LogFormat logFormat = LogFormat.text;

    @Option(names = "--log-file", paramLabel = "FILE",
            description = "With --log-format json: append the events to FILE (on the driver's disk) instead of standard error.")
    Path logFile;

    enum LogFormat { text, json }

    @Option(names = "--json", description = "Print the run's report as JSON on standard output (as 'earchive convert --json'"
            + " prints it, and as .earchive/report.json holds it) instead of the summary line, for scripts.")
    boolean json;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The exit code, for the launcher and for tests. {@code doctor} as the first word runs {@link SparkDoctor}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("doctor")) {
            return SparkDoctor.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        SparkConvert command = new SparkConvert();
        command.out = out;
        command.err = err;
        return SparkStart.commandLine(command, out, err, "internal error").execute(args);
    }

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    @Override
    public Integer call() throws IOException {
        InputFilter filter;
        JobSettings settings;
        try {
            filter = new InputFilter(include, exclude);
            settings = settings();
            settings.context(); // every option checked here, before a cluster is asked for anything
            checkClerkFiles(settings);
        } catch (IllegalArgumentException e) {
            err.println("earchive: " + e.getMessage() + ".");
            return USAGE;
        } catch (TrustStoreRefused e) {
            err.println("earchive: " + e.getMessage());
            return USAGE;
        } catch (MetadataInputException e) {
            e.errors().forEach(error -> err.println("earchive: " + error));
            err.println("earchive: nothing was converted; correct the metadata file(s) and run again.");
            return USAGE;
        }
        SparkConf conf = SparkStart.conf("earchive convert " + String.join(" ", inputs), master, err);
        if (conf == null) {
            return USAGE;
        }
        JavaSparkContext started = SparkStart.context(conf, err);
        if (started == null) {
            return USAGE;
        }
        JsonEventLog events = null;
        try (JavaSparkContext spark = started) {
            int jobs = executorJobs != null ? executorJobs
                    : conf.get("spark.master").startsWith("local") ? spark.defaultParallelism()
                    : conf.getInt("spark.executor.cores", 1);
            settings = withJobs(settings, Math.max(1, jobs));
            if (dryRun) {
                BatchPlan plan = new SparkBatch(spark, settings, null).plan(inputs, output, filter);
                out.println(json ? PlanJson.of(plan).toPrettyString() : PlanText.of(plan, output));
                return OK;
            }
            events = openEventLog();
            BatchReport report = new SparkBatch(spark, settings, quiet ? null : err, events).run(inputs, output, filter);
            int exitCode = report.allConverted() ? OK : SOME_DOCUMENTS_FAILED;
            if (events != null) {
                events.batchFinished(report, exitCode);
            }
            out.println(json ? ReportWriter.file(report).toPrettyString() : summary(report));
            return exitCode;
        } catch (InputListing.MissingInput e) {
            return failed(events, e.getMessage(), INPUT_MISSING);
        } catch (OutputBusyException e) {
            return failed(events, e.getMessage(), OUTPUT_NOT_WRITABLE);
        } catch (IOException e) {
            return failed(events, "The output " + output + " could not be written (" + e.getMessage() + ").",
                    OUTPUT_NOT_WRITABLE);
        } finally {
            if (events != null) {
                events.close();
            }
        }
    }

    /** The run cannot go on: the sentence on standard error, and as an {@code error} event when events are logged. */
    private int failed(JsonEventLog events, String sentence, int exitCode) {
        err.println("earchive: " + sentence);
        if (events != null) {
            events.error(sentence, exitCode);
        }
        return exitCode;
    }

    /** {@code --log-format json}'s log: standard error, or appended to {@code --log-file}; null for text. */
    private JsonEventLog openEventLog() throws IOException {
        return logFormat != LogFormat.json ? null
                : JsonEventLog.open(new java.io.PrintWriter(err, true, java.nio.charset.StandardCharsets.UTF_8), logFile);
    }

    /** The clerk's files read once on the driver, so that a bad cell stops the run before the cluster starts. */
    private static void checkClerkFiles(JobSettings settings) throws IOException, MetadataInputException {
        Path scratch = Files.createTempDirectory("earchive-clerk-check-");
        try {
            settings.clerk(scratch);
        } finally {
            org.earchive.core.Folders.delete(scratch);
        }
    }

    private JobSettings settings() throws IOException, TrustStoreRefused {
        return new JobSettings(producer(), sourceDateEpoch(), password, ocrLanguages, ocrTimeoutSeconds, tt05Strict,
                profile, engine, 1, force, metadataCsv == null ? null : Files.readAllBytes(metadataCsv),
                metadataDefaults == null ? null : Files.readAllBytes(metadataDefaults), timeout.toMillis(), language(),
                zoneName(), level, ua, embedOriginal, legacyEncoding, trustedCertificates());
    }

    /** The --trust-store folder's certificates, read here so that a bad folder stops the run on the driver. */
    private List<byte[]> trustedCertificates() throws TrustStoreRefused {
        TrustStore store;
        try {
            store = TrustStore.fromFolder(trustStore);
        } catch (IOException e) {
            throw new TrustStoreRefused(e.getMessage());
        }
        List<byte[]> encoded = new ArrayList<>();
        for (java.security.cert.X509Certificate certificate : store.certificates()) {
            try {
                encoded.add(certificate.getEncoded());
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new TrustStoreRefused("A certificate in " + trustStore + " cannot be encoded again (" + e.getMessage() + ").");
            }
        }
        return encoded;
    }

    /** The trust store cannot be used; its message is a sentence for the person who gave it. */
    private static final class TrustStoreRefused extends Exception {
        private static final long serialVersionUID = 1L;

        TrustStoreRefused(String sentence) {
            super(sentence);
        }
    }

    private static JobSettings withJobs(JobSettings s, int jobs) {
        return new JobSettings(s.producer(), s.sourceDateEpochSeconds(), s.password(), s.ocrLanguages(),
                s.ocrTimeoutSeconds(), s.tt05Strict(), s.profile(), s.officeEngine(), jobs, s.force(), s.clerkCsv(),
                s.clerkDefaults(), s.timeoutMillis(), s.language(), s.timeZone(), s.level(), s.ua(), s.embedOriginal(),
                s.legacyEncoding(), s.trustedCertificates());
    }

    /** "vi" or "en", chosen as the command line chooses it. */
    private String language() {
        String chosen = language != null ? language : System.getenv("EARCHIVE_LANG");
        if (chosen == null || chosen.isBlank()) {
            chosen = java.util.Locale.getDefault().getLanguage();
        }
        return chosen.strip().toLowerCase(java.util.Locale.ROOT).startsWith("vi") ? "vi" : "en";
    }

    /** The zone named, checked here so that a wrong one stops the run before a cluster is asked for anything. */
    private String zoneName() {
        String chosen = timeZone != null ? timeZone : System.getenv("EARCHIVE_TZ");
        return org.earchive.core.Presentation.zone(chosen).getId();
    }

    private static Long sourceDateEpoch() {
        java.time.Instant epoch = RunContext.sourceDateEpochFrom(System.getenv());
        return epoch == null ? null : epoch.getEpochSecond();
    }

    /** One line, as {@code convert} ends: the counts, and where the reports are. */
    static String summary(BatchReport report) {
        StringBuilder line = new StringBuilder(report.documents().size() + " documents");
        for (Map.Entry<DocumentStatus, Integer> count : report.countByStatus().entrySet()) {
            line.append(", ").append(count.getValue()).append(' ').append(count.getKey().id());
        }
        if (report.unchanged() > 0) {
            line.append(" (").append(report.unchanged()).append(" unchanged since the last run)");
        }
        return line.append("; ").append(report.pages()).append(" pages. Reports: ").append(OutputLayout.STATE_FOLDER)
                .append("/report.html, report.json, report.csv").toString();
    }

    /** Tool name and version as written into every PDF: the same string as the CLI's, so the bytes agree. */
    static String producer() {
        return "earchive " + Version.version();
    }

    static final class Version implements CommandLine.IVersionProvider {
        static String version() {
            Properties properties = new Properties();
            try (InputStream in = SparkConvert.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            } catch (IOException e) {
                return "unknown";
            }
            return properties.getProperty("version", "unknown");
        }

        @Override
        public String[] getVersion() {
            return new String[] {"earchive " + version() + " on Apache Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
        }
    }

    /** {@code --timeout} written as for {@code convert}. */
    static final class TimeLimitConverter implements picocli.CommandLine.ITypeConverter<java.time.Duration> {
        @Override
        public java.time.Duration convert(String value) {
            try {
                return org.earchive.core.TimeLimits.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
