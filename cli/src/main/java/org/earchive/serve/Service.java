package org.earchive.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.earchive.api.Earchive;
import org.earchive.core.Folders;

/**
 * {@code earchive serve}: the library behind HTTP, on the JDK's own server ({@code com.sun.net.httpserver}).
 * Routes (described for clients in {@code /openapi.json}):
 * <pre>
 * GET  /                       the clerk page        GET  /openapi.json      the API's description
 * POST /session                token -> cookie       POST /convert?name=     a file, or a ZIP of a folder
 * POST /ingest?name=           a SIP as a ZIP        GET  /jobs              the caller's jobs
 * GET  /jobs/{id}              state, progress       GET  /jobs/{id}/report  report (html|json|csv; ingest: json|xml|pdf)
 * GET  /jobs/{id}/result.zip   the output folder     GET  /jobs/{id}/files/P one output file
 * DELETE /jobs/{id}            remove a finished job
 * </pre>
 * Nothing here converts: a job's work is the library's ({@link LibraryWork}).
 */
public final class Service implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Service.class.getName());
    private static final Pattern JOB = Pattern.compile("/jobs/([0-9a-f]{32})(/.*)?");

    private final ServeSettings settings;
    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final JobQueue jobs;
    private final Access access;
    private final ClerkPage page;
    private final java.nio.channels.FileLock workLock;

    private Service(ServeSettings settings, HttpServer server, ExecutorService requestThreads, JobQueue jobs,
                    java.nio.channels.FileLock workLock) {
        this.settings = settings;
        this.workLock = workLock;
        this.server = server;
        this.requestThreads = requestThreads;
        this.jobs = jobs;
        this.access = new Access(settings.tokens());
        this.page = new ClerkPage(settings.tokenRequired(), settings.maxUploadBytes());
    }

    /**
     * Listens at the settings' address, writing only in the work folder; jobs run on {@code earchive}'s engines.
     * Job folders an earlier service left in the work folder are removed.
     */
    public static Service start(ServeSettings settings, Earchive earchive) throws IOException {
        Files.createDirectories(settings.work());
        java.nio.channels.FileLock workLock = lockWork(settings.work());
        removeDeadServicesTemporaryFiles(settings.work().resolve("tmp"));
        JobQueue jobs = new JobQueue(settings.work().resolve("jobs"), settings.workers(), settings.queue(),
                settings.jobTimeout(), settings.keep(), new LibraryWork(earchive, settings));
        HttpServer server = HttpServer.create(settings.address(), 64);
        // request threads only move bytes (uploads, downloads, JSON); the conversions run on the job workers
        ExecutorService requestThreads = Executors.newFixedThreadPool(16, task -> {
            Thread thread = new Thread(task, "earchive-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(requestThreads);
        Service service = new Service(settings, server, requestThreads, jobs, workLock);
        server.createContext("/", service::handle);
        server.start();
        return service;
    }

    /**
     * The libraries' temporary files (LibreOffice profiles, PDFBox scratch) a killed service left in {@code WORK/tmp}.
     * Holding the work folder's lock, anything there older than this JVM is a dead service's; this service's own
     * (its engines may have started before the lock was taken) are newer and stay.
     */
    private static void removeDeadServicesTemporaryFiles(Path temporary) throws IOException {
        if (!Files.isDirectory(temporary)) {
            return;
        }
        java.nio.file.attribute.FileTime started = java.nio.file.attribute.FileTime.fromMillis(
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        try (var entries = Files.list(temporary)) {
            for (Path entry : entries.toList()) {
                if (Files.getLastModifiedTime(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS).compareTo(started) < 0) {
                    Folders.delete(entry);
                }
            }
        }
    }

    /**
     * One service per work folder: a second would remove the first one's jobs as leftovers. The lock is the
     * operating system's, so a killed service never leaves it held.
     *
     * @throws WorkInUse when another service holds the folder
     */
    private static java.nio.channels.FileLock lockWork(Path work) throws IOException {
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(work.resolve(".lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new WorkInUse(work);
        }
        return lock;
    }

    /** Another service already works in the folder given. */
    public static final class WorkInUse extends IllegalStateException {
        WorkInUse(Path work) {
            super("another earchive serve is using the work folder " + work);
        }
    }

    /** Where it listens: with port 0 in the settings, the port the system chose. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Stops listening, stops the running jobs (their half-written files removed), and ends its threads. */
    @Override
    public void close() {
        server.stop(1);
        jobs.close();
        requestThreads.shutdownNow();
        try {
            requestThreads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            workLock.channel().close(); // releases the lock
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not release the work folder", e);
        }
    }

    private void handle(HttpExchange exchange) {
        // not try-with-resources: its catch blocks would run after the exchange is closed, too late to answer
        try {
            route(exchange, exchange.getRequestMethod().toUpperCase(Locale.ROOT), exchange.getRequestURI().getPath());
        } catch (ApiError error) {
            reply(exchange, error);
        } catch (IOException gone) {
            LOG.log(Level.FINE, "client went away", gone);
        } catch (RuntimeException bug) {
            LOG.log(Level.WARNING, "request " + exchange.getRequestURI() + " failed", bug);
            reply(exchange, new ApiError(500, "internal"));
        } finally {
            exchange.close();
        }
    }

    private static void reply(HttpExchange exchange, ApiError error) {
        try {
            Exchanges.error(exchange, error);
        } catch (IOException | IllegalStateException late) {
            LOG.log(Level.FINE, "could not send " + error.code(), late); // headers already sent, or client gone
        }
    }

    private void route(HttpExchange exchange, String method, String path) throws IOException {
        boolean read = method.equals("GET") || method.equals("HEAD");
        switch (path) {
            case "/", "/index.html" -> {
                requireMethod(read);
                page.page(exchange, Exchanges.texts(exchange));
                return;
            }
            case "/app.js", "/style.css", "/openapi.json" -> {
                requireMethod(read);
                page.resource(exchange, path.substring(1));
                return;
            }
            case "/session" -> {
                requireMethod(method.equals("POST"));
                session(exchange);
                return;
            }
            case "/convert", "/ingest" -> {
                requireMethod(method.equals("POST"));
                submit(exchange, path.equals("/convert") ? Job.Kind.CONVERT : Job.Kind.INGEST);
                return;
            }
            case "/jobs" -> {
                requireMethod(read);
                Texts texts = Exchanges.texts(exchange);
                Exchanges.json(exchange, 200, Map.of("jobs", jobs.of(access.owner(exchange)).stream()
                        .map(job -> JobView.of(job, texts)).toList()));
                return;
            }
            default -> { }
        }
        Matcher matcher = JOB.matcher(path);
        if (!matcher.matches()) {
            throw new ApiError(404, "notFound");
        }
        Job job = jobs.find(matcher.group(1), access.owner(exchange));
        String rest = matcher.group(2) == null ? "" : matcher.group(2);
        if (rest.isEmpty() && method.equals("DELETE")) {
            jobs.remove(job);
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        requireMethod(read);
        if (rest.isEmpty()) {
            Exchanges.json(exchange, 200, JobView.of(job, Exchanges.texts(exchange)));
        } else if (rest.equals("/report")) {
            report(exchange, requireDone(job));
        } else if (rest.equals("/result.zip")) {
            requireDone(job);
            exchange.getResponseHeaders().set("Content-Type", "application/zip");
            exchange.getResponseHeaders().set("Content-Disposition", Exchanges.contentDisposition(resultName(job)));
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, 0); // chunked: the ZIP is made as it is sent
            ResultZip.write(job.output(), exchange.getResponseBody());
        } else if (rest.startsWith("/files/")) {
            outputFile(exchange, requireDone(job), rest.substring("/files/".length())); // getPath() has decoded it
        } else {
            throw new ApiError(404, "notFound");
        }
    }

    private static void requireMethod(boolean allowed) {
        if (!allowed) {
            throw new ApiError(405, "method");
        }
    }

    private static Job requireDone(Job job) {
        if (job.state() != Job.State.DONE) {
            throw new ApiError(409, job.state().finished() ? "noResult" : "notYet");
        }
        return job;
    }

    /** The clerk page trades its token for a cookie once, so its links and frames need no header. */
    private void session(HttpExchange exchange) throws IOException {
        Upload.refuseDeclaredOversize(exchange, 4096);
        String token;
        try (InputStream in = exchange.getRequestBody()) {
            token = new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
        }
        if (access.required()) {
            access.ownerOf(token);
            exchange.getResponseHeaders().add("Set-Cookie", Access.COOKIE + "=" + java.net.URLEncoder.encode(token,
                    StandardCharsets.UTF_8) + "; Path=/; HttpOnly; SameSite=Strict");
        }
        Exchanges.json(exchange, 200, Map.of("tokenRequired", access.required()));
    }

    private void submit(HttpExchange exchange, Job.Kind kind) throws IOException {
        String owner = access.owner(exchange);
        if (!jobs.hasRoom()) {
            throw JobQueue.busy(); // before reading a byte of the upload
        }
        Upload.refuseDeclaredOversize(exchange, settings.maxUploadBytes());
        String name = Upload.fileName(Exchanges.query(exchange).get("name"), kind == Job.Kind.INGEST ? "SIP.zip" : "document");
        boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip");
        if (kind == Job.Kind.INGEST && !zip) {
            name = name + ".zip";
        }
        Job job = jobs.create(owner, kind, name);
        try {
            Path upload = job.folder().resolve("upload");
            Upload.save(exchange, upload, settings.maxUploadBytes());
            if (kind == Job.Kind.INGEST) {
                if (!SafeUnzip.looksLikeZip(upload)) {
                    throw new ApiError(400, "notZip");
                }
                // the ingest reads it where it lies, after the same safety scan as validate: its refusals go on the receipt
                Files.move(upload, job.input().resolve(name));
            } else if (zip) {
                SafeUnzip.unpack(upload, job.input(), stem(name));
                Files.delete(upload);
            } else {
                Files.move(upload, job.input().resolve(name));
            }
            jobs.submit(job);
        } catch (IOException | RuntimeException e) {
            org.earchive.core.Folders.delete(job.folder());
            throw e;
        }
        exchange.getResponseHeaders().set("Location", "/jobs/" + job.id());
        Exchanges.json(exchange, 202, JobView.of(job, Exchanges.texts(exchange)));
    }

    private static String stem(String name) {
        String stem = name.substring(0, name.length() - ".zip".length());
        return stem.isBlank() ? "folder" : stem;
    }

    private static String resultName(Job job) {
        String name = job.name();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + (job.kind() == Job.Kind.INGEST ? "-AIP.zip" : "-PDFA.zip");
    }

    private void report(HttpExchange exchange, Job job) throws IOException {
        String format = Exchanges.query(exchange).getOrDefault("format", job.kind() == Job.Kind.CONVERT ? "html" : "json");
        Map<String, String> types = new LinkedHashMap<>();
        Path file;
        if (job.kind() == Job.Kind.CONVERT) {
            types.put("html", "text/html; charset=utf-8");
            types.put("json", "application/json; charset=utf-8");
            types.put("csv", "text/csv; charset=utf-8");
            file = job.output().resolve(".earchive").resolve("report." + format);
        } else {
            types.put("json", "application/json; charset=utf-8");
            types.put("xml", "application/xml; charset=utf-8");
            types.put("pdf", "application/pdf");
            file = receipt(job, format);
        }
        if (!types.containsKey(format)) {
            throw new ApiError(400, "format", String.join(", ", types.keySet()));
        }
        if (file == null || !Files.isRegularFile(file)) {
            throw new ApiError(404, "noReport");
        }
        if (format.equals("html")) {
            // the report has inline style and pictures as data: URIs, and nothing else may run or load
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
        }
        Exchanges.file(exchange, file, types.get(format), null);
    }

    private static Path receipt(Job job, String format) throws IOException {
        Path receipts = job.output().resolve("receipts");
        if (!Files.isDirectory(receipts)) {
            return null;
        }
        try (var files = Files.list(receipts)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith("." + format)).sorted().toList();
            return found.isEmpty() ? null : found.get(0);
        }
    }

    /** One file of the output folder; a path that leaves it, or names earchive's state, is not found. */
    private static void outputFile(HttpExchange exchange, Job job, String relative) throws IOException {
        Path out = job.output().toAbsolutePath().normalize();
        Path file = out.resolve(relative).normalize();
        if (relative.isEmpty() || relative.contains("\\") || !file.startsWith(out) || !ResultZip.shown(out.relativize(file))
                || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new ApiError(404, "noFile");
        }
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".pdf") ? "application/pdf" : lower.endsWith(".xml") ? "application/xml"
                : "application/octet-stream";
        Exchanges.file(exchange, file, type, name);
    }
}
