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
