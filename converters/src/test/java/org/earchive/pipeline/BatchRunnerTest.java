package org.earchive.pipeline;

import org.earchive.metadata.MetadataSettings;
import org.earchive.core.RunContext;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earchive.core.DocumentStatus;
import org.earchive.fixtures.Fixtures;
import org.earchive.core.Fixity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    private static final Instant EPOCH = Instant.parse("2025-07-01T00:00:00Z");

    @TempDir
    Path work;

    @Test
    void badInputsGetAStatusAndASentenceAndTheRestStillConverts() throws Exception {
        Path in = work.resolve("in");
        copyTree(Fixtures.bad(), in.resolve("bad"));
        Files.copy(Fixtures.samples().resolve("cong-van-windows-1258.txt"), in.resolve("good.txt"));
        Files.createSymbolicLink(in.resolve("broken-link.txt"), in.resolve("nowhere.txt"));
        Map<String, String> hashesBefore = hashes(in);
        Path out = work.resolve("out");

        BatchReport report = runner().run(List.of(in), out, r -> { });

        Map<String, DocumentResult> bySource = report.documents().stream()
                .collect(Collectors.toMap(DocumentResult::source, Function.identity()));
        assertEquals(DocumentStatus.EMPTY_FILE, bySource.get("bad/empty.txt").status());
        assertEquals(DocumentStatus.CORRUPT, bySource.get("bad/binary-junk.txt").status());
        assertEquals(DocumentStatus.CORRUPT, bySource.get("bad/truncated.jpg").status());
        assertEquals(DocumentStatus.CORRUPT, bySource.get("bad/truncated.tif").status());
        assertEquals(DocumentStatus.UNSUPPORTED, bySource.get("bad/unsupported-compression.tif").status());
        assertEquals(DocumentStatus.UNREADABLE, bySource.get("broken-link.txt").status());
        assertEquals(DocumentStatus.CONVERTED, bySource.get("good.txt").status());
        for (DocumentResult result : report.documents()) {
            assertFalse(result.message() == null || result.message().isBlank(), result.source() + " has no sentence");
            if (!result.status().isSuccess()) {
                assertTrue(result.outputs().isEmpty(), result.source() + " left " + result.outputs());
            }
        }
        assertFalse(report.allConverted());

        try (Stream<Path> files = Files.walk(out)) {
            List<String> written = files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
            assertEquals(List.of(".earchive/journal.jsonl", ".earchive/lock", "good.pdf", "good.premis.xml", "good.xml"),
                    written, "only the good document's PDF, its metadata and the journal (the reports are a listener's:"
                            + " see ReportListenerTest); no scratch files, no empty folders' files");
        }
        assertFalse(Files.exists(out.resolve("bad")), "no folder is created for documents that failed");
        assertEquals(hashesBefore, hashes(in), "inputs must be untouched");
    }

    @Test
    void sameInputAndSourceDateEpochGiveTheSameBytes() throws Exception {
        Path text = Fixtures.samples().resolve("thong-bao-utf16.txt");
        Path jpeg = Fixtures.samples().resolve("scans/cong-van-200dpi.jpg");
        runner().run(List.of(text, jpeg), work.resolve("a"), r -> { });
        runner().run(List.of(text, jpeg), work.resolve("b"), r -> { });
        for (String name : List.of("thong-bao-utf16.pdf", "cong-van-200dpi.pdf")) {
            assertArrayEquals(Files.readAllBytes(work.resolve("a").resolve(name)),
                    Files.readAllBytes(work.resolve("b").resolve(name)), name);
        }
    }

    private static BatchRunner runner() {
        return new BatchRunner(Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(EPOCH),
                MetadataSettings.defaults(), 1), 2, Clock.systemUTC());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).collect(Collectors.toMap(Path::toString, p -> {
                try {
                    return Fixity.sha256(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
    }
}
