package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nightly script reads the run's outcome from standard output, and a log collector its events, as for convert. */
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

    @Test
    void logFormatJsonWritesConvertsEventsOneALine() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.writeString(input.resolve("cong-van.txt"), "Kính gửi: Ủy ban nhân dân xã Hòa Bình\n");
        Files.write(input.resolve("hong.pdf"), "%PDF-1.7\nnot a PDF at all".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(input.resolve("Thumbs.db"), "clutter");
        Path log = work.resolve("logs/earchive.jsonl");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = SparkConvert.run(new String[] {input.toString(), "-o", work.resolve("out").toString(), "--master",
                        "local[1]", "--log-format", "json", "--log-file", log.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(SparkConvert.SOME_DOCUMENTS_FAILED, exit, err.toString(StandardCharsets.UTF_8));
        ObjectMapper mapper = new ObjectMapper();
        java.util.List<JsonNode> events = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            events.add(mapper.readTree(line)); // every line is one JSON object
        }
        assertEquals("batch-started", events.get(0).path("event").asText(), events::toString);
        assertEquals(3, events.get(0).path("documents").asInt());
        java.util.TreeMap<String, String> outcomes = new java.util.TreeMap<>();
        events.stream().filter(e -> e.has("source"))
                .forEach(e -> outcomes.put(e.path("source").asText(), e.path("event").asText() + " " + e.path("status").asText()));
        assertEquals("{Thumbs.db=finished skipped, cong-van.txt=finished converted, hong.pdf=failed corrupt}",
                outcomes.toString());
        JsonNode last = events.get(events.size() - 1);
        assertEquals("batch-finished", last.path("event").asText());
        assertEquals(SparkConvert.SOME_DOCUMENTS_FAILED, last.path("exitCode").asInt());
        assertTrue(events.stream().allMatch(e -> e.path("time").asText().endsWith("Z")), events::toString);
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("[1/"), "no text progress lines beside the events");
    }

    private static String statuses(JsonNode report) {
        java.util.TreeMap<String, String> statuses = new java.util.TreeMap<>();
        report.get("documents").forEach(d -> statuses.put(d.get("source").asText(), d.get("status").asText()));
        return statuses.toString();
    }
}
