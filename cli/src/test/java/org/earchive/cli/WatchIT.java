package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code earchive watch} as a hot folder is used: files copied in while it runs, a copy still being written, a
 * sender's marker, a kill in the middle and a restart; every item converted and moved out exactly once.
 */
class WatchIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @Test
    void aFileStillBeingWrittenIsTakenOnlyOnceCompleteAndAMarkerIsTakenAtOnce() throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        Process watch = start(in, out, "--settle", "3s", "--level", "1b");
        try {
            // written line by line, a little at a time, as a slow copy over the network does
            try (OutputStream file = Files.newOutputStream(in.resolve("công văn đang chép.txt"))) {
                for (int i = 1; i <= 10; i++) {
                    file.write(("Dòng thứ " + i + " của công văn.\n").getBytes(StandardCharsets.UTF_8));
                    file.flush();
                    Thread.sleep(300);
                }
                file.write("DÒNG CUỐI CÙNG.\n".getBytes(StandardCharsets.UTF_8));
            }
            // a sender that says when it is done: the marker may come long before the settle time
            Files.writeString(in.resolve("giấy mời.txt"), "Giấy mời họp.\n");
            Files.writeString(in.resolve("giấy mời.txt.done"), "");

            waitFor(() -> Files.exists(in.resolve(".done/công văn đang chép.txt")) && Files.exists(in.resolve(".done/giấy mời.txt")));
            assertFalse(Files.exists(in.resolve("giấy mời.txt.done")), "the marker is removed with its item");
            try (PDDocument pdf = Loader.loadPDF(out.resolve("công văn đang chép.pdf").toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("DÒNG CUỐI CÙNG."), "converted whole, not while it was written: " + text);
                // the options a watch is given are convert's: the PDF/A level asked for is the one written
                var pdfaid = org.apache.xmpbox.xml.DomXmpParser.class.getDeclaredConstructor().newInstance()
                        .parse(pdf.getDocumentCatalog().getMetadata().toByteArray()).getPDFAIdentificationSchema();
                assertEquals(1, pdfaid.getPart(), "--level 1b");
            }
            assertTrue(Files.exists(out.resolve("giấy mời.pdf")));
        } finally {
            stop(watch);
        }
        assertEquals(143, watch.exitValue());
        assertTrue(Files.readString(root.resolve("watch.log")).contains("\"event\":\"stopped\""), "a clean stop is logged");
    }

    @Test
    void aHundredFilesDroppedWhileItRunsWithAKillInTheMiddleAreEachConvertedAndMovedOnce() throws Exception {
        Path in = Files.createDirectories(root.resolve("in"));
        Path out = root.resolve("out");
        List<String> names = IntStream.rangeClosed(1, 100).mapToObj(i -> String.format("văn bản %03d.txt", i)).toList();

        Process first = start(in, out, "--settle", "1s");
        for (String name : names.subList(0, 60)) {
            drop(in, name);
        }
        waitFor(() -> count(in.resolve(".done")) >= 20);
        first.destroyForcibly().waitFor(); // kill -9: no shutdown hook, whatever it was doing
        for (String name : names.subList(60, 100)) {
            drop(in, name);
        }
        Process second = start(in, out, "--settle", "1s");
        try {
            waitFor(() -> count(in.resolve(".done")) + count(in.resolve(".failed")) >= 100);
        } finally {
            stop(second);
        }

        try (Stream<Path> done = Files.list(in.resolve(".done"))) {
            assertEquals(names, done.map(p -> p.getFileName().toString()).sorted().toList(), "each moved out once, under its own name");
        }
        assertEquals(0, count(in.resolve(".failed")));
        try (Stream<Path> left = Files.list(in)) {
            assertEquals(List.of(".done", ".earchive-watch", ".failed"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String name : names) {
            String pdf = name.replace(".txt", ".pdf");
            assertTrue(Files.exists(out.resolve(pdf)), pdf);
        }
        Map<String, Long> finished = records(in.resolve(".earchive-watch/journal.jsonl"), "finished");
        assertEquals(100, finished.size());
        assertTrue(finished.values().stream().allMatch(n -> n == 1), "each item finished once: " + finished);
        Map<String, Long> doneEvents = records(root.resolve("watch.log"), "done");
        assertTrue(doneEvents.values().stream().allMatch(n -> n == 1), "no item reported done twice: " + doneEvents);
    }

    private static void drop(Path in, String name) throws IOException {
        Files.writeString(in.resolve(name), "Văn bản " + name + ": thông báo lịch họp giao ban tuần.\n");
    }

    private Process start(Path in, Path out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "watch", in.toString(), "--out", out.toString(), "--interval", "200ms", "--jobs", "2",
                "--log", root.resolve("watch.log").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve("watch-output.log").toFile()));
        builder.environment().put("EARCHIVE_LANG", "en");
        return builder.start();
    }

    private static void stop(Process watch) throws InterruptedException {
        watch.destroy(); // SIGTERM
        if (!watch.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            watch.destroyForcibly().waitFor();
            throw new AssertionError("earchive watch did not stop on SIGTERM");
        }
    }

    /** Waits for a condition; a generous deadline only so that a hang fails instead of blocking the build. */
    private void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached; watch said:\n" + Files.readString(root.resolve("watch-output.log"))
                        + Files.readString(root.resolve("watch.log")));
            }
            Thread.sleep(200);
        }
    }

    private static long count(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** How many times each item appears in the JSON lines of FILE with that event (a line torn by the kill skipped). */
    private static Map<String, Long> records(Path file, String event) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (IOException torn) {
                continue;
            }
            if (record != null && event.equals(record.path("event").asText())) {
                counts.merge(record.path("item").asText(), 1L, Long::sum);
            }
        }
        return counts;
    }
}
