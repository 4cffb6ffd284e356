package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nightly script reads the run's outcome from standard output, as it reads convert's. */
class SparkJsonTest {

    @TempDir
    Path work;

    @Test
    void jsonPrintsTheReportTheRunWrote() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.writeString(input.resolve("cong-van.txt"), "Kính gửi: Ủy ban nhân dân xã Hòa Bình\nV/v báo cáo tổng kết năm 2025\n");
        Files.write(input.resolve("hong.pdf"), "%PDF-1.7\nnot a PDF at all".getBytes(StandardCharsets.US_ASCII));
        Path output = work.resolve("out");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = SparkConvert.run(new String[] {input.toString(), "-o", output.toString(), "--master", "local[1]",
                        "--json", "--quiet"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(SparkConvert.SOME_DOCUMENTS_FAILED, exit, err.toString(StandardCharsets.UTF_8));
        ObjectMapper mapper = new ObjectMapper();
        JsonNode printed = mapper.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode written = mapper.readTree(output.resolve(".earchive/report.json").toFile());
        assertEquals(statuses(written), statuses(printed));
        assertEquals("{cong-van.txt=converted, hong.pdf=corrupt}", statuses(printed));
    }

    private static String statuses(JsonNode report) {
        java.util.TreeMap<String, String> statuses = new java.util.TreeMap<>();
        report.get("documents").forEach(d -> statuses.put(d.get("source").asText(), d.get("status").asText()));
        return statuses.toString();
    }
}
