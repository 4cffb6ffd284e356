package org.earchive.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.earchive.core.Folders;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The jobs of the service: a fixed number run at once, a bounded number wait (a full queue is a 503 with
 * Retry-After, never an unbounded backlog), each is stopped at its time limit, and a finished job's files are
 * removed once they have been kept for the time configured. Jobs live in memory: a restarted service starts with
 * none, and removes the folders an earlier one left.
 */
final class JobQueue implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JobQueue.class.getName());

    /** What runs a job: the conversion or the ingest, through the library. */
    interface Work {
        void run(Job job) throws IOException, InterruptedException;
    }

    private final Path jobsFolder;
    private final Duration timeout;
    private final Duration keep;
    private final Work work;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    JobQueue(Path jobsFolder, int workerCount, int queueLength, Duration timeout, Duration keep, Work work)
            throws IOException {
        this.jobsFolder = jobsFolder;
        this.timeout = timeout;
        this.keep = keep;
        this.work = work;
        removeLeftovers(jobsFolder);
        Files.createDirectories(jobsFolder);
        this.workers = new ThreadPoolExecutor(workerCount, workerCount, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(1, queueLength)), named("earchive-job-"));
        this.clock = Executors.newSingleThreadScheduledExecutor(named("earchive-job-clock-"));
        long sweep = Math.max(1, Math.min(keep.toSeconds(), 60));
        clock.scheduleWithFixedDelay(this::removeExpired, sweep, sweep, TimeUnit.SECONDS);
    }

    /** Whether a job could be taken now: checked before an upload is read, so a full service reads nothing. */
    boolean hasRoom() {
        return workers.getActiveCount() < workers.getMaximumPoolSize() || workers.getQueue().remainingCapacity() > 0;
    }

    /** A new job's folder, with an id nobody can guess (128 random bits). */
    Job create(String owner, Job.Kind kind, String name) throws IOException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Path folder = jobsFolder.resolve(id);
        Files.createDirectories(folder.resolve("in"));
        return new Job(id, owner, kind, name, folder, Instant.now());
    }

    /** @throws ApiError 503 with Retry-After when the queue is full (the job's folder removed) */
    void submit(Job job) throws IOException {
        jobs.put(job.id(), job);
        try {
            workers.execute(() -> run(job));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            Folders.delete(job.folder());
            throw busy();
        }
    }

    static ApiError busy() {
        return new ApiError(503, "busy", Map.of("Retry-After", "30"));
    }

    /** The job of that id if OWNER made it; another owner's job is as absent as one that never was. */
    Job find(String id, String owner) {
        Job job = jobs.get(id);
        if (job == null || !job.owner().equals(owner)) {
            throw new ApiError(404, "noJob");
        }
        return job;
    }

    List<Job> of(String owner) {
        return jobs.values().stream().filter(j -> j.owner().equals(owner))
                .sorted(Comparator.comparing(Job::created).reversed()).toList();
    }

    /** Removes a finished job and its files. */
    void remove(Job job) throws IOException {
        if (!job.state().finished()) {
            throw new ApiError(409, "jobRunning");
        }
        jobs.remove(job.id());
        Folders.delete(job.folder());
    }

    private void run(Job job) {
        job.started();
        Thread thread = Thread.currentThread();
        ScheduledFuture<?> limit = clock.schedule(() -> {
            if (job.finish(Job.State.TIMEOUT, "timeout", timeout.toMinutes() > 0 ? timeout.toMinutes() + " min" : timeout.toSeconds() + " s")) {
                thread.interrupt(); // the batch stops its documents and removes what it had half written
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            work.run(job);
            job.finish(Job.State.DONE, null);
        } catch (InterruptedException e) {
            job.finish(Job.State.STOPPED, "stopped");
        } catch (ApiError e) {
            job.finish(Job.State.FAILED, e.code());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "job " + job.id() + " failed", e);
            job.finish(Job.State.FAILED, "jobFailed", String.valueOf(e.getMessage()));
        } finally {
            limit.cancel(false);
            Thread.interrupted(); // an interrupt meant for this job must not reach the next
        }
    }

    private void removeExpired() {
        Instant before = Instant.now(Clock.systemUTC()).minus(keep);
        for (Job job : jobs.values()) {
            if (job.state().finished() && job.finishedAt().isBefore(before)) {
                try {
                    remove(job);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "could not remove the expired job " + job.id(), e);
                }
            }
        }
    }

    /** Stops taking jobs, stops the running ones (their batches clean up), and waits a little for them. */
    @Override
    public void close() {
        clock.shutdownNow();
        workers.shutdownNow().forEach(task -> { }); // queued jobs never start
        jobs.values().forEach(job -> job.finish(Job.State.STOPPED, "stopped"));
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Job folders a stopped or killed service left behind: nobody can ask for them any more. */
    private static void removeLeftovers(Path jobsFolder) throws IOException {
        if (Files.isDirectory(jobsFolder)) {
            try (Stream<Path> left = Files.list(jobsFolder)) {
                for (Path folder : left.toList()) {
                    Folders.delete(folder);
                }
            }
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
