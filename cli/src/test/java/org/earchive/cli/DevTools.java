package org.earchive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over its DevTools protocol with nothing but the JDK (its HTTP and WebSocket clients):
 * no Selenium or Playwright, which do not install here, and no driver binary to match to the browser's version.
 */
final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process browser;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private DevTools(Process browser, WebSocket socket) {
        this.browser = browser;
        this.socket = socket;
    }

    /** Chromium on PATH, as ReportScreenshotIT finds it. */
    static Optional<Path> chromium() {
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
    }

    /** Starts the browser headless, as a Vietnamese clerk's (Accept-Language vi), with a profile in PROFILE, and attaches to its first page. */
    static DevTools start(Path chromium, Path profile) throws IOException, InterruptedException {
        Process browser = new ProcessBuilder(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-extensions", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--lang=vi", "--accept-lang=vi,en", "--user-data-dir=" + profile, "--window-size=1200,900", "about:blank"))
                .redirectErrorStream(true).start();
        BufferedReader log = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
        URI browserSocket = null;
        StringBuilder seen = new StringBuilder();
        for (String line = log.readLine(); line != null; line = log.readLine()) {
            seen.append(line).append('\n');
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                browserSocket = URI.create(matcher.group(1));
                break;
            }
        }
        if (browserSocket == null) {
            browser.destroyForcibly();
            throw new IllegalStateException("Chromium did not open its DevTools port:\n" + seen);
        }
        Thread drain = new Thread(() -> {
            try {
                log.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
                // the browser ended
            }
        }, "chromium-log");
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        URI list = URI.create("http://" + browserSocket.getHost() + ":" + browserSocket.getPort() + "/json/list");
        String page = null;
        for (int attempt = 0; attempt < 50 && page == null; attempt++) {
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(list).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode target : targets) {
                if (target.path("type").asText().equals("page")) {
                    page = target.path("webSocketDebuggerUrl").asText();
                }
            }
            if (page == null) {
                Thread.sleep(100);
            }
        }
        if (page == null) {
            browser.destroyForcibly();
            throw new IllegalStateException("Chromium has no page to drive");
        }
        DevTools[] self = new DevTools[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    while (self[0] == null) {
                        Thread.onSpinWait();
                    }
                    self[0].received(text);
                }
                webSocket.request(1);
                return null;
            }
        }).join();
        self[0] = new DevTools(browser, socket);
        return self[0];
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> waiting = pending.remove(message.path("id").asInt());
                if (waiting != null) {
                    waiting.complete(message);
                }
            }
        } catch (IOException e) {
            // not JSON: not an answer
        }
    }

    /** Sends one command and waits for its answer; an error answer is an exception. */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode command = JSON.createObjectNode();
        command.put("id", id);
        command.put("method", method);
        command.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(command), true).join();
        JsonNode message = answer.get(60, TimeUnit.SECONDS);
        if (message.has("error")) {
            throw new IllegalStateException(method + ": " + message.path("error"));
        }
        return message.path("result");
    }

    /** The value of a JavaScript expression in the page (promises awaited). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    void navigate(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
        waitFor("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url));
    }

    /** Polls a JavaScript condition until it is true; a generous deadline only so that a hang fails the test. */
    void waitFor(String condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (evaluate("!!(" + condition + ")").asBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the page never showed: " + condition);
    }

    /** Chooses FILES in the page's file input SELECTOR, as a person does in the file dialog (the change event fires). */
    void chooseFiles(String selector, List<Path> files) throws Exception {
        int root = send("DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
        int input = send("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).path("nodeId").asInt();
        send("DOM.setFileInputFiles", Map.of("nodeId", input, "files", files.stream().map(Path::toString).toList()));
    }

    @Override
    public void close() throws InterruptedException {
        try {
            socket.abort();
        } finally {
            browser.destroy();
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly().waitFor();
            }
        }
    }
}
