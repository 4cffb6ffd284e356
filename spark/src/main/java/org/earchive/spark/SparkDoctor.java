package org.earchive.spark;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code earchive spark doctor}: {@code earchive doctor} on every executor of the cluster, side by side. A job of
 * many small tasks (Spark gives no way to address an executor; enough tasks reach each one), each answering with its
 * executor's checks; the driver prints one line per component and says where executors differ.
 */
@Command(name = "earchive spark doctor", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = SparkConvert.Version.class,
        description = {"Checks what every Spark executor has for earchive's work (Java, fonts, Tesseract and its",
            "languages, LibreOffice, Ghostscript), as 'earchive doctor' does on one machine, and says where executors",
            "differ. With dynamic allocation, only the executors running at the time answer."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"  0:every executor has what earchive needs, and all found the same",
            "  1:executors differ (see the lines naming them)", "  2:bad command line",
            " 70:some executor lacks what earchive cannot work without, or the Spark job failed"})
public final class SparkDoctor implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] for this machine; under spark-submit, leave it to spark-submit.")
    String master;

    @Option(names = "--tasks", paramLabel = "N",
            description = "Tasks to spread over the executors (default: four per core Spark offers, at least 8).")
    Integer tasks;

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The exit code, for {@link SparkConvert}'s dispatch and for tests. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        SparkDoctor command = new SparkDoctor();
        command.out = out;
        command.err = err;
        return SparkStart.commandLine(command, out, err, "the Spark job failed").execute(args);
    }

    @Override
    public Integer call() {
        SparkConf conf = SparkStart.conf("earchive doctor", master, err);
        if (conf == null) {
            return SparkConvert.USAGE;
        }
        if (tasks != null && tasks < 1) {
            err.println("earchive: --tasks must be at least 1.");
            return SparkConvert.USAGE;
        }
        JavaSparkContext started = SparkStart.context(conf, err);
        if (started == null) {
            return SparkConvert.USAGE;
        }
        try (JavaSparkContext spark = started) {
            DoctorFindings findings = DoctorFindings.of(gather(spark, tasks));
            findings.lines().forEach(out::println);
            return exitCode(findings);
        }
    }

    /** Each executor's findings, from a job of small tasks spread over them. */
    static List<ExecutorDoctor> gather(JavaSparkContext spark, Integer tasks) {
        int count = tasks != null ? tasks : Math.max(8, 4 * spark.defaultParallelism());
        spark.setJobDescription("earchive doctor: what each executor has for earchive (" + count + " tasks)");
        List<Integer> slots = IntStream.range(0, count).boxed().toList();
        return spark.parallelize(slots, count).map(slot -> ExecutorDoctor.here()).collect();
    }

    static int exitCode(DoctorFindings findings) {
        if (!findings.essentialsEverywhere()) {
            return SparkConvert.INTERNAL_ERROR;
        }
        return findings.disagreements().isEmpty() ? SparkConvert.OK : SparkConvert.SOME_DOCUMENTS_FAILED;
    }
}
