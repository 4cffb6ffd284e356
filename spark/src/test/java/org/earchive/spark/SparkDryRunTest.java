package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before tonight's run on the cluster: what it would do, judged as it would judge, with nothing written. */
class SparkDryRunTest {

    @TempDir
    Path work;

    @Test
    void aDryRunSaysWhatTheRunWouldDoAndWritesNothing() throws Exception {
        Path input = Files.createDirectories(work.resolve("in"));
        Files.writeString(input.resolve("cong-van.txt"), "Kính gửi: Ủy ban nhân dân xã Hòa Bình\n");
        Files.write(input.resolve("hong.pdf"), "%PDF-1.7\nnot a PDF at all".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(input.resolve("Thumbs.db"), "clutter");
        Path output = work.resolve("out");

        JsonNode first = dryRun(input, output);
        assertEquals("{Thumbs.db=skip, cong-van.txt=convert text/plain, hong.pdf=convert application/pdf}", actions(first));
        assertEquals(2, first.path("actions").path("convert").asInt());
        assertFalse(Files.exists(output), "a dry run writes nothing");

        assertEquals(SparkConvert.SOME_DOCUMENTS_FAILED, spark(input, output, "--quiet"));
        JsonNode second = dryRun(input, output);
        assertEquals("{Thumbs.db=skip, cong-van.txt=unchanged text/plain, hong.pdf=convert-again application/pdf}",
                actions(second));
        assertEquals("last run: corrupt", second.path("documents").get(2).path("reason").asText(), second::toPrettyString);

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        assertEquals(SparkConvert.OK, SparkConvert.run(new String[] {input.toString(), "-o", output.toString(), "--master",
                "local[1]", "--dry-run"}, new PrintStream(text, true, StandardCharsets.UTF_8), quiet()));
        String said = text.toString(StandardCharsets.UTF_8);
        assertEquals(true, said.startsWith("Plan for " + output + " (dry run: nothing written): 3 entries."), said);
        assertEquals(true, said.contains("unchanged since the last run (carried over, not converted)"), said);
    }

    private JsonNode dryRun(Path input, Path output) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = SparkConvert.run(new String[] {input.toString(), "-o", output.toString(), "--master", "local[1]",
                "--dry-run", "--json"}, new PrintStream(out, true, StandardCharsets.UTF_8), quiet());
        assertEquals(SparkConvert.OK, exit);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static int spark(Path input, Path output, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = input.toString();
        args[1] = "-o";
        args[2] = output.toString();
        args[3] = "--master=local[1]";
        System.arraycopy(more, 0, args, 4, more.length);
        return SparkConvert.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), quiet());
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static String actions(JsonNode plan) {
        TreeMap<String, String> actions = new TreeMap<>();
        plan.path("documents").forEach(d -> actions.put(d.path("source").asText(), d.path("action").asText()
                + (d.path("mime").isNull() ? "" : " " + d.path("mime").asText())));
        return actions.toString();
    }
}
