package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.earchive.api.Doctor;
import org.junit.jupiter.api.Test;

/** {@code earchive spark doctor} in Spark's local mode: the executor answers with what doctor finds on this machine. */
class SparkDoctorTest {

    @Test
    void theLocalExecutorReportsWhatDoctorFindsHere() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SparkConvert.run(new String[] {"doctor", "--master", "local[2]", "--tasks", "6"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        List<Doctor.Check> here = Doctor.run();
        assertEquals(Doctor.essentialsPresent(here) ? SparkConvert.OK : SparkConvert.INTERNAL_ERROR, exit,
                printed + err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.startsWith("1 executor answered: driver ("), "six tasks, one local executor:\n" + printed);
        for (Doctor.Check check : here) {
            String line = printed.lines().filter(l -> l.startsWith(check.engine() + " ")).findFirst().orElseThrow(
                    () -> new AssertionError(check.engine() + " missing from\n" + printed));
            assertTrue(line.contains(check.ok() ? " ok " : " MISSING "), line);
            if (check.detail() != null) {
                assertTrue(line.contains(check.detail()), line);
            }
            assertTrue(line.endsWith("[all executors]"), line);
        }
        assertTrue(printed.contains("Every executor found the same."), printed);
    }
}
