package org.earchive.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earchive.core.AtomicFiles;

/**
 * {@code OUT/.earchive/journal.jsonl}: one JSON line per finished document, appended and synced to disk before
 * the next, so that whatever stops a run (kill -9, a power cut) the journal holds every document finished before
 * it. The last line for an input wins. A run reads it to know what is already done, then rewrites it with one
 * line per input (atomically) so it does not grow without end over nightly runs.
 */
public final class Journal implements AutoCloseable {

    public static final String FILE = "journal.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, JournalEntry> latest;
    private final FileChannel append;

    private Journal(Map<String, JournalEntry> latest, FileChannel append) {
        this.latest = latest;
        this.append = append;
    }

    /** Reads, compacts and opens the journal for appending; the caller holds the {@link OutputLock}. */
    public static Journal open(Path stateFolder) throws IOException {
        Path file = stateFolder.resolve(FILE);
        Map<String, JournalEntry> latest = read(stateFolder);
        AtomicFiles.write(file, out -> {
            for (JournalEntry entry : latest.values()) {
                out.write(line(entry));
            }
        });
        FileChannel append = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new Journal(new LinkedHashMap<>(latest), append);
    }

    /**
     * The last entry per input, read-only (for {@code --dry-run}). A line that does not parse can only be the
     * last one, cut short by a crash while it was written: it is ignored, and that document is simply redone.
     */
    public static Map<String, JournalEntry> read(Path stateFolder) throws IOException {
        Map<String, JournalEntry> latest = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(stateFolder.resolve(FILE), StandardCharsets.UTF_8);
        } catch (NoSuchFileException firstRun) {
            return latest;
        }
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JournalEntry entry = JSON.readValue(line, JournalEntry.class);
                latest.remove(entry.source());
                latest.put(entry.source(), entry);
            } catch (JsonProcessingException torn) {
                // a line cut short by a crash; its document is redone
            }
        }
        return latest;
    }

    public synchronized JournalEntry previous(String source) {
        return latest.get(source);
    }

    /** Appends the entry and syncs it to disk before returning. */
    public synchronized void record(JournalEntry entry) throws IOException {
        writeLine(append, entry);
        append.force(false);
        latest.put(entry.source(), entry);
    }

    private static void writeLine(FileChannel channel, JournalEntry entry) throws IOException {
        ByteBuffer line = ByteBuffer.wrap(line(entry));
        while (line.hasRemaining()) {
            channel.write(line);
        }
    }

    private static byte[] line(JournalEntry entry) throws IOException {
        return (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void close() throws IOException {
        append.close();
    }
}
