package org.earchive.serve;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.earchive.packaging.IngestReceipt;
import org.earchive.pipeline.DocumentResult;

/**
 * One upload and what became of it. Its files live in {@code WORK/jobs/<id>/}: {@code in/} what was uploaded
 * (unpacked), {@code out/} what earchive wrote. Written by the worker that runs it, read by request threads: every
 * field that changes is volatile or a concurrent collection.
 */
final class Job {

    enum Kind { CONVERT, INGEST }

    enum State {
        QUEUED, RUNNING, DONE, FAILED, TIMEOUT, STOPPED;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    private final String id;
    private final String owner;
    private final Kind kind;
    private final String name;
    private final Path folder;
    private final Instant created;

    private volatile State state = State.QUEUED;
    private volatile Instant finishedAt;
    private volatile int planned = -1;
    private volatile String failureCode;
    private volatile Object[] failureArgs = new Object[0];
    private volatile IngestReceipt receipt;
    private final List<DocumentResult> results = new CopyOnWriteArrayList<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();

    Job(String id, String owner, Kind kind, String name, Path folder, Instant created) {
        this.id = id;
        this.owner = owner;
        this.kind = kind;
        this.name = name;
        this.folder = folder;
        this.created = created;
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    Kind kind() {
        return kind;
    }

    /** The name the upload was given (a file's, a folder's, a ZIP's). */
    String name() {
        return name;
    }

    Path folder() {
        return folder;
    }

    Path input() {
        return folder.resolve("in");
    }

    Path output() {
        return folder.resolve("out");
    }

    Instant created() {
        return created;
    }

    State state() {
        return state;
    }

    Instant finishedAt() {
        return finishedAt;
    }

    /** Documents the batch will report, once it has walked its input; -1 before. */
    int planned() {
        return planned;
    }

    List<DocumentResult> results() {
        return List.copyOf(results);
    }

    Set<String> running() {
        return Set.copyOf(running);
    }

    IngestReceipt receipt() {
        return receipt;
    }

    String failureCode() {
        return failureCode;
    }

    Object[] failureArgs() {
        return failureArgs.clone();
    }

    void started() {
        state = State.RUNNING;
    }

    void planned(int documents) {
        planned = documents;
    }

    void documentStarted(String source) {
        running.add(source);
    }

    void documentFinished(DocumentResult result) {
        results.add(result);
        running.remove(result.source());
        done.incrementAndGet();
    }

    /** An e-mail's attachment: listed with the documents, not counted against the planned ones. */
    void partFinished(DocumentResult result) {
        results.add(result);
    }

    /** Planned documents finished so far. */
    int done() {
        return done.get();
    }

    void received(IngestReceipt ingestReceipt) {
        receipt = ingestReceipt;
    }

    /** Ends the job once; a later call (a timeout racing the end) changes nothing. */
    synchronized boolean finish(State end, String code, Object... args) {
        if (state.finished()) {
            return false;
        }
        failureCode = code;
        failureArgs = args.clone();
        finishedAt = Instant.now();
        running.clear();
        state = end;
        return true;
    }
}
