package org.earchive.formats.vietnamese;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.field.Fields;
import org.apache.james.mime4j.message.BasicBodyFactory;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.NameValuePair;
import org.jsoup.nodes.Document;

/**
 * A Unicode copy of an e-mail (RFC 822, {@code .eml}, or a mailbox of them, {@code mbox}) whose text bodies were written in TCVN3, VNI or VISCII: a
 * mail program of the time labelled them windows-1252, ISO-8859-1, VISCII or nothing. Each {@code text/plain} or
 * {@code text/html} part that is not an attachment is read one character a byte (or as UTF-8 when it is valid
 * UTF-8 holding mojibake); an HTML body is converted by its {@code .VnTime}/{@code VNI-*} fonts and the rest of
 * its text by its characters ({@link LegacyHtml}), a plain body by its characters, line by line
 * ({@link LegacyPlainText}). A converted part is written back as UTF-8; every other part and header is kept.
 * The engine lays out the copy; the original is what the PDF/A-3 embeds. A body that only looks legacy (weak
 * evidence) is left as it is, with a warning.
 */
public final class LegacyMail {

    /** What Java knows as Latin-1 or Windows-1252, or does not know: the bytes are read one character a byte. */
    private static final Set<String> BYTE_CHARSETS = Set.of("iso-8859-1", "latin1", "windows-1252", "cp1252",
            "us-ascii", "ascii", "viscii", "tcvn", "tcvn3", "tcvn-5712", "tcvn5712-1", "x-viet-tcvn", "x-viet-vni",
            "vni", "x-viet-vps");

    private final LegacyEncoding forced;
    private final Set<String> fonts = new LinkedHashSet<>();
    private final Set<String> reasons = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    private LegacyEncoding encoding;
    private int parts;

    private LegacyMail(LegacyEncoding forced) {
        this.forced = forced;
    }

    /**
     * What reading a message did: what was converted (null: nothing, no copy written), and a sentence for each
     * body that looked legacy on evidence too weak to convert it.
     */
    public record Outcome(LegacyRuns converted, List<String> warnings) {
    }

    /**
     * Writes the converted copy to {@code copy} when a text body was in a legacy code.
     *
     * @param forced the code a person named for text with no font to go by, or null to judge the characters
     * @return what was converted, or null (nothing written)
     */
    public static LegacyRuns convert(Path eml, Path copy, LegacyEncoding forced) throws IOException {
        return read(eml, copy, forced).converted();
    }

    /** As {@link #convert}, with the weak-evidence warnings. */
    public static Outcome read(Path eml, Path copy, LegacyEncoding forced) throws IOException {
        LegacyMail converter = new LegacyMail(forced);
        if (LegacyMbox.looksLikeMbox(eml)) {
            LegacyMbox.convert(eml, copy, converter::convertMessage);
        } else {
            Message message = parse(Files.readAllBytes(eml));
            try {
                converter.convertMessage(message);
                if (converter.parts > 0) {
                    try (OutputStream out = Files.newOutputStream(copy)) {
                        new DefaultMessageWriter().writeMessage(message, out);
                    }
                }
            } finally {
                message.dispose();
            }
        }
        return new Outcome(converter.parts == 0 ? null : converter.result(), List.copyOf(converter.warnings));
    }

    static Message parse(byte[] message) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        return builder.parseMessage(new java.io.ByteArrayInputStream(message));
    }

    /** Converts one message's bodies in place; whether any was converted. */
    boolean convertMessage(Message message) throws IOException {
        int before = parts;
        walk(message, 0);
        return parts > before;
    }

    private LegacyRuns result() {
        String reason = fonts.isEmpty() ? String.join("; ", reasons) : "the font(s) " + String.join(", ", fonts);
        return new LegacyRuns(Set.copyOf(fonts), encoding, parts, parts + " text part(s) of the message: " + reason);
    }

    private void walk(Entity entity, int depth) throws IOException {
        Body body = entity.getBody();
        if (depth > 20 || body == null) {
            return;
        }
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                walk(part, depth + 1);
            }
        } else if (body instanceof Message inner && depth == 0) {
            walk(inner, depth + 1);
        } else if (body instanceof TextBody text && !"attachment".equalsIgnoreCase(entity.getDispositionType())) {
            String type = entity.getMimeType() == null ? "" : entity.getMimeType().toLowerCase(Locale.ROOT);
            if (type.equals("text/plain") || type.equals("text/html")) {
                convertPart(entity, text, type);
            }
        }
    }

    private void convertPart(Entity entity, SingleBody body, String type) throws IOException {
        byte[] bytes;
        try (InputStream in = body.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String text = read(bytes, entity.getCharset());
        if (text == null) {
            return;
        }
        LegacyEncoding named = forced != null ? forced : declared(entity.getCharset());
        String labelled = forced == null && named != null ? "the part is labelled charset=" + entity.getCharset() : null;
        String converted;
        if (type.equals("text/html")) {
            Document html = org.jsoup.Jsoup.parse(text);
            LegacyHtml.Result result = new LegacyHtml().convert(html, named);
            if (result.warning() != null) {
                warnings.add("An e-mail body: " + result.warning());
            }
            if (!result.converted()) {
                return;
            }
            html.outputSettings().charset(StandardCharsets.UTF_8);
            html.select("meta[charset], meta[http-equiv=Content-Type]").remove();
            converted = html.outerHtml();
            result.fonts().forEach(fonts::add);
            remember(result.encoding(), labelled != null && result.fonts().isEmpty() ? labelled : result.evidence());
        } else {
            LegacyPlainText.Result result = new LegacyPlainText().convert(text, named);
            if (!result.converted()) {
                if (result.verdict().strength() == LegacyVerdict.Strength.WEAK) {
                    warnings.add("An e-mail body: " + result.sentence());
                }
                return;
            }
            converted = result.text();
            remember(result.verdict().encoding(), labelled != null ? labelled : result.verdict().reason());
        }
        entity.removeBody();
        entity.getHeader().setField(Fields.contentType(type, new NameValuePair("charset", "utf-8")));
        entity.getHeader().setField(Fields.contentTransferEncoding("base64"));
        entity.setBody(new BasicBodyFactory().textBody(converted, StandardCharsets.UTF_8));
        parts++;
    }

    private void remember(LegacyEncoding code, String reason) {
        if (encoding == null) {
            encoding = code;
        }
        if (reason != null) {
            reasons.add(reason);
        }
    }

    /** The legacy code a part's charset label names (VISCII is registered; the others were mail programs' own). */
    private static LegacyEncoding declared(String charset) {
        String name = charset == null ? "" : charset.trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "viscii" -> LegacyEncoding.VISCII;
            case "tcvn", "tcvn3", "tcvn-5712", "tcvn5712-1", "x-viet-tcvn" -> LegacyEncoding.TCVN3;
            case "vni", "x-viet-vni" -> LegacyEncoding.VNI;
            default -> null;
        };
    }

    /** The part's text with its legacy bytes as U+0000..U+00FF, or null for a charset that cannot hold them. */
    private static String read(byte[] bytes, String charset) {
        String name = charset == null ? "" : charset.trim().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || BYTE_CHARSETS.contains(name)) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (name.equals("utf-8") || name.equals("utf8")) {
            return new String(bytes, StandardCharsets.UTF_8); // a .VnTime text pasted into a Unicode mail
        }
        if (Charset.isSupported(name)) {
            return null; // a real charset (windows-1258, UTF-16...): its text is Unicode already
        }
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
