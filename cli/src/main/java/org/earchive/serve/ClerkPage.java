package org.earchive.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page for clerks at {@code /} and what it needs ({@code app.js}, {@code style.css}), all served by earchive
 * from its own jar: no CDN, no font or script from elsewhere. The page's words come from {@code texts_vi/_en}
 * ({@code page.*} put into the HTML, {@code js.*} handed to the script as JSON), Vietnamese unless asked otherwise.
 */
final class ClerkPage {

    private static final String FOLDER = "/org/earchive/serve/web/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)}}");
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none';"
            + " base-uri 'none'; form-action 'self'";

    private final boolean tokenRequired;
    private final long maxUploadBytes;
    private final String template;

    ClerkPage(boolean tokenRequired, long maxUploadBytes) {
        this.tokenRequired = tokenRequired;
        this.maxUploadBytes = maxUploadBytes;
        this.template = new String(read("index.html"), StandardCharsets.UTF_8);
    }

    void page(HttpExchange exchange, Texts texts) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("lang", texts.language());
        values.put("otherLang", texts.language().equals("vi") ? "en" : "vi");
        values.put("tokenRequired", String.valueOf(tokenRequired));
        values.put("maxUpload", String.valueOf(maxUploadBytes));
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String value;
            if (key.equals("scriptTexts")) {
                // a JSON data block is not run; "</" is written so that no text can close the element
                value = Exchanges.JSON.writeValueAsString(texts.withPrefix("js.")).replace("</", "<\\/");
            } else {
                value = escape(values.containsKey(key) ? values.get(key) : texts.get(key));
            }
            matcher.appendReplacement(html, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(html);
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        exchange.getResponseHeaders().set("Content-Language", texts.language());
        exchange.getResponseHeaders().set("Vary", "Accept-Language");
        Exchanges.bytes(exchange, 200, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    void resource(HttpExchange exchange, String name) throws IOException {
        String type = name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8" : "application/json; charset=utf-8";
        Exchanges.bytes(exchange, 200, type, read(name));
    }

    private static byte[] read(String name) {
        try (InputStream in = ClerkPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the page's " + name + " is missing from earchive's jar: rebuild earchive");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
