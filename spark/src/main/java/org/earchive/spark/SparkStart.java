package org.earchive.spark;

import java.io.PrintStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Starting Spark for a command: one machine's settings (no web UI, loopback only) in local mode, and a setting Spark
 * refuses (too little driver memory, a master URL it cannot parse) said in one sentence instead of a stack trace.
 */
final class SparkStart {

    private SparkStart() {
    }

    /**
     * The command line of one of earchive's Spark commands, printing to the given streams; an exception out of the
     * command is {@code failure}'s words and exit code 70.
     */
    static picocli.CommandLine commandLine(Object command, PrintStream out, PrintStream err, String failure) {
        picocli.CommandLine line = new picocli.CommandLine(command);
        line.setOut(new java.io.PrintWriter(out, true));
        line.setErr(new java.io.PrintWriter(err, true));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("earchive: " + failure + ": " + e);
            e.printStackTrace(err);
            return SparkConvert.INTERNAL_ERROR;
        });
        return line;
    }

    /** The settings for a job: the master given, else spark-submit's; null after saying there is none. */
    static SparkConf conf(String appName, String master, PrintStream err) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            err.println("earchive: no Spark master: give --master local[N] to run here, or start it with spark-submit.");
            return null;
        }
        return conf;
    }

    /** This machine's name, as executors and locks name it. */
    static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown host";
        }
    }

    /** The context, or null after telling the user why Spark would not start (their configuration: exit code 2). */
    static JavaSparkContext context(SparkConf conf, PrintStream err) {
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false").setIfMissing("spark.driver.host", "127.0.0.1")
                    .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try {
            JavaSparkContext spark = new JavaSparkContext(conf);
            spark.setLogLevel("WARN");
            return spark;
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("").strip();
            err.println("earchive: Spark would not start with these settings: " + reason
                    + (reason.contains("memory") ? " (EARCHIVE_JAVA_OPTS=-Xmx1g for the launcher, --driver-memory for spark-submit)" : ""));
            return null;
        }
    }
}
