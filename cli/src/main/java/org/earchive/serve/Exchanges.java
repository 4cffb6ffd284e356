package org.earchive.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading a request and writing a response: JSON, files, errors as a sentence. */
final class Exchanges {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Exchanges() {
    }

    /** The query's parameters, decoded; the first of a repeated name wins. */
    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    static Texts texts(HttpExchange exchange) {
        return Texts.choose(query(exchange).get("lang"), exchange.getRequestHeaders().getFirst("Accept-Language"));
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        bytes(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        noSniffing(exchange);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A file of a job, as a download when ATTACHMENT names it, else shown in the browser. */
    static void file(HttpExchange exchange, Path file, String contentType, String attachment) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        noSniffing(exchange);
        if (attachment != null) {
            exchange.getResponseHeaders().set("Content-Disposition", contentDisposition(attachment));
        }
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, Files.size(file) == 0 ? -1 : Files.size(file));
        try (OutputStream out = exchange.getResponseBody(); InputStream in = Files.newInputStream(file)) {
            in.transferTo(out);
        }
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name, so "Công văn.pdf" keeps its diacritics. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static void error(HttpExchange exchange, ApiError error) throws IOException {
        Texts texts = texts(exchange);
        error.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.code());
        body.put("message", error.sentence(texts));
        body.put("lang", texts.language());
        json(exchange, error.status(), body);
    }

    private static void noSniffing(HttpExchange exchange) {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
    }
}
