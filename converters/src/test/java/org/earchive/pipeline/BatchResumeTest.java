package org.earchive.pipeline;

import org.earchive.metadata.MetadataSettings;
import org.earchive.core.RunContext;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.earchive.core.DocumentStatus;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-runs into the same output: what is done stays done, what changed or failed is redone, and one run at a time. */
class BatchResumeTest {

    private static final Instant EPOCH = Instant.parse("2025-07-01T00:00:00Z");
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @TempDir
    Path work;
    Path in;
    Path out;

    @BeforeEach
    void inputs() throws Exception {
        in = work.resolve("in");
        out = work.resolve("out");
        Files.createDirectories(in.resolve("a"));
        Files.copy(Fixtures.samples().resolve("thong-bao-utf16.txt"), in.resolve("thong-bao.txt"));
        Files.copy(Fixtures.samples().resolve("cong-van-windows-1258.txt"), in.resolve("a/cong-van.txt"));
        Files.copy(Fixtures.bad().resolve("empty.txt"), in.resolve("a/empty.txt"));
        Files.writeString(in.resolve("Thumbs.db"), "clutter");
    }

    @Test
    void aSecondRunCarriesFinishedDocumentsOverAndRetriesFailures() throws Exception {
        BatchReport first = run(BatchOptions.defaults(2));
        assertEquals(0, first.unchanged());
        Files.setLastModifiedTime(out.resolve("thong-bao.pdf"), LONG_AGO); // proves the file is not rewritten

        BatchReport second = run(BatchOptions.defaults(2));

        Map<String, DocumentResult> results = bySource(second);
        assertEquals(List.of("Thumbs.db", "a/cong-van.txt", "a/empty.txt", "thong-bao.txt"),
                second.documents().stream().map(DocumentResult::source).toList(), "the report still lists every input");
        assertTrue(results.get("thong-bao.txt").unchanged());
        assertEquals(DocumentStatus.CONVERTED, results.get("thong-bao.txt").status(), "the earlier result is carried over");
        assertEquals(List.of("thong-bao.pdf", "thong-bao.xml", "thong-bao.premis.xml"), results.get("thong-bao.txt").outputs());
        assertTrue(results.get("a/cong-van.txt").unchanged());
        assertFalse(results.get("a/empty.txt").unchanged(), "a failure is tried again");
        assertEquals(DocumentStatus.EMPTY_FILE, results.get("a/empty.txt").status());
        assertEquals(DocumentStatus.SKIPPED, results.get("Thumbs.db").status());
        assertEquals(2, second.unchanged());
        assertEquals(LONG_AGO, Files.getLastModifiedTime(out.resolve("thong-bao.pdf")), "an unchanged output is not rewritten");
    }

    @Test
    void aChangedInputADamagedOutputOrForceIsConvertedAgain() throws Exception {
        run(BatchOptions.defaults(2));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("thong-bao.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.write(out.resolve("a/cong-van.pdf"), new byte[] {'%', 'P', 'D', 'F'});

        Map<String, DocumentResult> second = bySource(run(BatchOptions.defaults(2)));

        assertFalse(second.get("thong-bao.txt").unchanged(), "new content is converted");
        assertFalse(second.get("a/cong-van.txt").unchanged(), "an output that no longer has the bytes written is redone");
        assertEquals(DocumentStatus.CONVERTED, second.get("a/cong-van.txt").status());
        assertTrue(Files.size(out.resolve("a/cong-van.pdf")) > 1000);

        BatchOptions force = new BatchOptions(2, BatchOptions.DEFAULT_TIMEOUT, true, InputFilter.ALL,
                BatchOptions.DEFAULT_RESERVE_BYTES);
        assertEquals(0, run(force).unchanged(), "--force converts everything again");
    }

    @Test
    void anInputThatNowFailsLosesTheOutputItHadSoTheFolderMatchesTheReport() throws Exception {
        run(BatchOptions.defaults(1));
        assertTrue(Files.exists(out.resolve("thong-bao.pdf")));
        Files.write(in.resolve("thong-bao.txt"), new byte[0]);

        DocumentResult now = bySource(run(BatchOptions.defaults(1))).get("thong-bao.txt");

        assertEquals(DocumentStatus.EMPTY_FILE, now.status());
        assertFalse(Files.exists(out.resolve("thong-bao.pdf")), "the old PDF no longer matches its input");
    }

    @Test
    void theJournalRecordsEachInputWithItsHashesAndTheLastLineWins() throws Exception {
        run(BatchOptions.defaults(2));
        run(BatchOptions.defaults(2));
        List<String> lines = Files.readAllLines(out.resolve(".earchive/journal.jsonl"));
        assertEquals(4, lines.size(), "the first run's three lines (clutter is not journaled), compacted, and one more"
                + " for the failure the second run retried; carried-over documents add none: " + lines);
        Map<String, JournalEntry> entries = Journal.read(out.resolve(".earchive"));
        assertEquals(3, entries.size());
        JournalEntry entry = entries.get("a/cong-van.txt");
        assertEquals("converted", entry.status());
        assertEquals(org.earchive.core.Fixity.sha256(in.resolve("a/cong-van.txt")), entry.sha256());
        assertEquals(Files.size(in.resolve("a/cong-van.txt")), entry.size());
        List<JournalEntry.Output> expected = new java.util.ArrayList<>();
        for (String output : List.of("a/cong-van.pdf", "a/cong-van.xml", "a/cong-van.premis.xml")) {
            expected.add(new JournalEntry.Output(output, org.earchive.core.Fixity.sha256(out.resolve(output))));
        }
        assertEquals(expected, entry.outputs(), "the PDF first, then the metadata written beside it, each with its hash");
        assertEquals("empty-file", entries.get("a/empty.txt").status());

        // a line cut short by a crash is ignored: its document is simply redone
        Files.writeString(out.resolve(".earchive/journal.jsonl"), "{\"source\":\"thong-bao.txt\",\"si",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(bySource(run(BatchOptions.defaults(2))).get("thong-bao.txt").unchanged());
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws Exception {
        try (OutputLock held = OutputLock.acquire(out.resolve(".earchive"))) {
            OutputBusyException refused = assertThrows(OutputBusyException.class, () -> run(BatchOptions.defaults(1)));
            assertTrue(refused.getMessage().startsWith("Another earchive run is already writing to"), refused.getMessage());
            assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()), refused.getMessage());
        }
        assertFalse(Files.exists(out.resolve("thong-bao.pdf")), "the refused run wrote nothing");
        assertEquals(DocumentStatus.CONVERTED, bySource(run(BatchOptions.defaults(1))).get("thong-bao.txt").status(),
                "once released, the output can be used");
    }

    @Test
    void aFullOutputDiskStopsTheRunCleanly() throws Exception {
        BatchOptions diskFull = new BatchOptions(1, BatchOptions.DEFAULT_TIMEOUT, false, InputFilter.ALL, Long.MAX_VALUE / 4);
        OutputBusyException stopped = assertThrows(OutputBusyException.class, () -> run(diskFull));
        assertTrue(stopped.getMessage().startsWith("The output disk is full"), stopped.getMessage());
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(".earchive/journal.jsonl", ".earchive/lock"), files.filter(Files::isRegularFile)
                    .map(p -> out.relativize(p).toString()).sorted().toList(), "no PDF, no scratch file");
        }
    }

    @Test
    void aDocumentOverTheTimeLimitIsGivenUpWithASentence() throws Exception {
        BatchOptions instant = new BatchOptions(2, Duration.ofMillis(1), false, InputFilter.ALL,
                BatchOptions.DEFAULT_RESERVE_BYTES);
        Map<String, DocumentResult> results = bySource(run(instant));
        DocumentResult result = results.get("a/cong-van.txt");
        assertEquals(DocumentStatus.TIMEOUT, result.status());
        assertTrue(result.message().contains("a larger time limit may let it finish"), result.message());
        assertTrue(result.outputs().isEmpty());
        assertEquals("timeout", Journal.read(out.resolve(".earchive")).get("a/cong-van.txt").status());
    }

    private BatchReport run(BatchOptions options) throws Exception {
        return new BatchRunner(Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(EPOCH),
                MetadataSettings.defaults(), 1), options, Clock.systemUTC()).run(List.of(in), out, r -> { });
    }

    private static Map<String, DocumentResult> bySource(BatchReport report) {
        return report.documents().stream().collect(Collectors.toMap(DocumentResult::source, Function.identity()));
    }
}
