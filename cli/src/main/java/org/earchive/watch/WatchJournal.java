package org.earchive.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the watcher has done, one JSON line per step, each on disk (fsync) before the step it records is taken
 * further: {@code taken} when an item is moved in for work, {@code finished} with its outcome once its documents are
 * converted and journaled by the batch. A restart reads it: an item finished but not yet moved out is only moved,
 * never converted or reported again; an item taken but not finished is converted again (the batch's own journal
 * in OUT carries over every document it had finished).
 */
final class WatchJournal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An item's outcome: where it goes and why. */
    record Finished(String outcome, List<String> reasons) {
    }

    private final FileChannel channel;
    private final Map<String, Finished> finished = new HashMap<>();

    private WatchJournal(FileChannel channel) {
        this.channel = channel;
    }

    static WatchJournal open(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        WatchJournal journal = new WatchJournal(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND));
        if (Files.size(file) > 0) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode record;
                try {
                    record = JSON.readTree(line);
                } catch (IOException torn) {
                    continue; // the last line of a run killed while writing it
                }
                if (record != null && "finished".equals(record.path("event").asText())) {
                    List<String> reasons = JSON.convertValue(record.path("reasons"),
                            JSON.getTypeFactory().constructCollectionType(List.class, String.class));
                    journal.finished.put(record.path("staged").asText(), new Finished(record.path("outcome").asText(), reasons));
                }
            }
        }
        return journal;
    }

    /** The outcome recorded for the item staged at STAGED, or null when it has not finished. */
    Finished finishedOf(String staged) {
        return finished.get(staged);
    }

    void taken(String item, String staged) throws IOException {
        ObjectNode record = JSON.createObjectNode().put("event", "taken").put("item", item).put("staged", staged);
        append(record);
    }

    void finished(String item, String staged, Finished outcome) throws IOException {
        ObjectNode record = JSON.createObjectNode().put("event", "finished").put("item", item).put("staged", staged)
                .put("outcome", outcome.outcome());
        record.set("reasons", JSON.valueToTree(outcome.reasons()));
        append(record);
        finished.put(staged, outcome);
    }

    private void append(ObjectNode record) throws IOException {
        byte[] line = (JSON.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(line);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
