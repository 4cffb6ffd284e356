package org.earchive.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.earchive.api.ConvertRequest;
import org.earchive.api.Earchive;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;

/**
 * {@code earchive watch}: a hot folder. Complete items ({@link Arrivals}) are moved into
 * {@code IN/.earchive-watch/staging/<batch>/}, converted there together by the library into OUT exactly as
 * {@code earchive convert} would, and moved to {@code IN/.done/} or, when a document of theirs failed, to
 * {@code IN/.failed/} beside a {@code NAME.reason.txt} that says which and why. {@link WatchJournal} makes each
 * item finish once across restarts. Every step is a JSON line on the log.
 */
public final class Watcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param in       the watched folder
     * @param out      the output folder, as {@code convert --out}
     * @param settle   how long an item must stay unchanged to be complete (without a marker)
     * @param interval how often the folder is looked at
     */
    public record Settings(Path in, Path out, Duration settle, Duration interval, BatchOptions options) {
    }

    private final Settings settings;
    private final Earchive earchive;
    private final PrintWriter log;
    private final Clock clock;
    private final Path state;
    private final Path staging;
    private int batches;

    public Watcher(Settings settings, Earchive earchive, PrintWriter log, Clock clock) {
        this.settings = settings;
        this.earchive = earchive;
        this.log = log;
        this.clock = clock;
        this.state = settings.in().resolve(".earchive-watch");
        this.staging = state.resolve("staging");
    }

    /** Watches until interrupted (SIGTERM): then the batch in progress stops and is done again on the next start. */
    public void run() throws IOException {
        Files.createDirectories(staging);
        Files.createDirectories(settings.in().resolve(".done"));
        Files.createDirectories(settings.in().resolve(".failed"));
        Arrivals arrivals = new Arrivals(settings.in(), settings.settle());
        try (WatchJournal journal = WatchJournal.open(state.resolve("journal.jsonl"))) {
            emit(event("watching").put("in", settings.in().toString()).put("out", settings.out().toString()));
            List<Path> pending = new ArrayList<>(leftBehind());
            if (!pending.isEmpty()) {
                emit(event("resuming").put("batches", pending.size()));
            }
            while (!Thread.currentThread().isInterrupted()) {
                if (pending.isEmpty()) {
                    List<Path> ready = arrivals.complete(clock.instant());
                    if (!ready.isEmpty()) {
                        pending.add(take(ready, arrivals, journal));
                    }
                }
                if (!pending.isEmpty()) {
                    Path batch = pending.get(0);
                    try {
                        convert(batch, journal);
                        pending.remove(0);
                    } catch (IOException e) {
                        // the output is busy or full: the items wait in staging and are tried again
                        emit(event("error").put("message", e.getMessage()));
                        Thread.sleep(settings.interval().multipliedBy(5).toMillis());
                    }
                    continue;
                }
                Thread.sleep(settings.interval().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        emit(event("stopped"));
    }

    /** Batches a stopped or killed watcher left in staging, oldest first. */
    private List<Path> leftBehind() throws IOException {
        try (Stream<Path> list = Files.list(staging)) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** Moves the complete items into a new staging batch (a rename: the sender's copy is never touched again). */
    private Path take(List<Path> ready, Arrivals arrivals, WatchJournal journal) throws IOException {
        Path batch = staging.resolve(String.format("%d-%04d", clock.millis(), ++batches));
        Files.createDirectories(batch);
        for (Path item : ready) {
            String name = item.getFileName().toString();
            Path staged = batch.resolve(name);
            journal.taken(name, staging.relativize(staged).toString());
            Files.move(item, staged, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(settings.in().resolve(name + Arrivals.MARKER));
            arrivals.taken(name);
            emit(event("taken").put("item", name));
        }
        return batch;
    }

    private void convert(Path batch, WatchJournal journal) throws IOException, InterruptedException {
        List<Path> items;
        try (Stream<Path> list = Files.list(batch)) {
            items = list.sorted().toList();
        }
        List<Path> toConvert = new ArrayList<>();
        for (Path item : items) {
            WatchJournal.Finished finished = journal.finishedOf(staging.relativize(item).toString());
            if (finished != null) {
                place(item, finished); // converted before a stop; only its move was left
            } else {
                toConvert.add(item);
            }
        }
        if (!toConvert.isEmpty()) {
            BatchReport report = earchive.convert(new ConvertRequest(List.of(batch), settings.out(), settings.options()),
                    new BatchListener() { });
            Map<String, List<DocumentResult>> byItem = new LinkedHashMap<>();
            for (DocumentResult result : report.documents()) {
                String source = result.source();
                int slash = source.indexOf('/');
                byItem.computeIfAbsent(slash < 0 ? source : source.substring(0, slash), k -> new ArrayList<>()).add(result);
            }
            for (Path item : toConvert) {
                String name = item.getFileName().toString();
                WatchJournal.Finished finished = outcome(byItem.getOrDefault(name, List.of()));
                journal.finished(name, staging.relativize(item).toString(), finished);
                emit(event(finished.outcome()).put("item", name)
                        .put("documents", byItem.getOrDefault(name, List.of()).size())
                        .set("reasons", JSON.valueToTree(finished.reasons())));
                place(item, finished);
            }
        }
        Files.deleteIfExists(batch);
    }

    /** Done when every document converted (or was skipped on purpose); failed, with each failure, otherwise. */
    private static WatchJournal.Finished outcome(List<DocumentResult> results) {
        if (results.isEmpty()) {
            return new WatchJournal.Finished("failed", List.of("nothing to convert: the item holds no document"));
        }
        List<String> reasons = results.stream().filter(r -> !r.status().isSuccess())
                .map(r -> r.source() + ": " + r.status().id() + " - " + r.message()).toList();
        return new WatchJournal.Finished(reasons.isEmpty() ? "done" : "failed", reasons);
    }

    /** Moves the item to .done/ or .failed/ (under a free name), the reasons written first beside a failed one. */
    private void place(Path item, WatchJournal.Finished finished) throws IOException {
        Path folder = settings.in().resolve(finished.outcome().equals("done") ? ".done" : ".failed");
        Path target = freeName(folder, item.getFileName().toString());
        if (!finished.reasons().isEmpty()) {
            Files.writeString(folder.resolve(target.getFileName() + ".reason.txt"),
                    String.join("\n", finished.reasons()) + "\n", StandardCharsets.UTF_8);
        }
        Files.move(item, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** NAME, or "NAME (2)", "NAME (3)"... before the extension when an earlier item had that name. */
    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return target;
    }

    private ObjectNode event(String name) {
        return JSON.createObjectNode().put("time", clock.instant().toString()).put("event", name);
    }

    private void emit(ObjectNode event) {
        synchronized (log) {
            log.println(event.toString());
            log.flush();
        }
    }
}
