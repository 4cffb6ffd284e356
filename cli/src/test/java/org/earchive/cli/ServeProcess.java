package org.earchive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
    private Thread reader;
    private final URI base;
    private final List<String> lines = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServeProcess(Process process, URI base, List<String> firstLines) {
        this.process = process;
        this.base = base;
        this.lines.addAll(firstLines);
    }

    /** Starts {@code earchive serve --port 0 --work WORK ARGS} in folder CWD and waits for its address. */
    static ServeProcess start(Path cwd, Path work, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--work", work.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectError(cwd.resolveSibling(cwd.getFileName() + "-stderr.log").toFile());
        builder.environment().put("EARCHIVE_LANG", "en");
        builder.environment().remove("EARCHIVE_TOKEN");
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.add(line);
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                ServeProcess serve = new ServeProcess(process, URI.create(matcher.group(1)), seen);
                serve.reader = new Thread(() -> serve.drain(out), "serve-stdout");
                serve.reader.setDaemon(true);
                serve.reader.start();
                return serve;
            }
        }
        throw new IllegalStateException("earchive serve did not start: " + seen + " "
                + Files.readString(cwd.resolveSibling(cwd.getFileName() + "-stderr.log")));
    }

    private void drain(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
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
        reader.join(10_000); // its last lines
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }
}
