package org.earchive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code earchive serve} as its users run it: its own JVM, started from the command line on an ephemeral port in a
 * folder of its own, spoken to over HTTP, and stopped with SIGTERM.
 */
final class ServeProcess implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)/");

    private final Process process;
    private final URI base;
    private final Path stdout;
    private final Path stderr;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServeProcess(Process process, URI base, Path stdout, Path stderr) {
        this.process = process;
        this.base = base;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code earchive serve --port 0 --work WORK ARGS} in folder CWD and waits for its address. Its output goes
     * to files beside CWD (read through a pipe, its last lines were lost when it ended).
     */
    static ServeProcess start(Path cwd, Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--work", work.toString()));
        command.addAll(List.of(args));
        Path stdout = cwd.resolveSibling(cwd.getFileName() + "-stdout.log");
        Path stderr = cwd.resolveSibling(cwd.getFileName() + "-stderr.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().put("EARCHIVE_LANG", "en");
        builder.environment().remove("EARCHIVE_TOKEN");
        Process process = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            Matcher matcher = LISTENING.matcher(Files.readString(stdout));
            if (matcher.find()) {
                return new ServeProcess(process, URI.create(matcher.group(1)), stdout, stderr);
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("earchive serve did not start:\n" + Files.readString(stdout) + Files.readString(stderr));
    }

    /** What it printed on its standard output, line by line. */
    List<String> output() {
        try {
            return Files.readAllLines(stdout);
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    /** What it printed, on both streams: for failure messages. */
    String log() {
        try {
            return String.join("\n", output()) + "\n--- stderr\n" + Files.readString(stderr);
        } catch (IOException e) {
            return String.join("\n", output());
        }
    }

    URI uri(String path) {
        return base.resolve(path);
    }

    HttpResponse<String> get(String path, String token, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, token, headers).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
        return client.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String token, byte[] body, String... headers) throws IOException, InterruptedException {
        return client.send(request(path, token, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /** Polls the job until it has finished; a generous deadline only so that a hang fails instead of blocking the build. */
    JsonNode await(String id, String token) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = get("/jobs/" + id + "?lang=en", token);
            JsonNode job = JSON.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /jobs/" + id + " answered " + response.statusCode() + ": " + response.body());
            }
            String state = job.path("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + id + " did not finish");
    }

    /** SIGTERM, as systemd or Ctrl-C stops it; the exit status. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("earchive serve did not stop on SIGTERM: " + output());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
