package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.earchive.core.Presentation;
import org.earchive.detect.Detection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The block a reader of a printed e-mail expects above its body (From, To, Cc, Date, Subject) and the names of
 * its attachments below it, in the run's language ({@code mailheader_vi.properties}: Từ, Đến, Đồng gửi ...).
 * The date is the message's own: its Date header with the sender's offset ("+07:00"), as the recipient's mail
 * program showed it, not Tika's UTC instant; where the message has no readable Date header (an Outlook file
 * without transport headers), Tika's instant in UTC. English writes the date as ISO 8601, Vietnamese as
 * dd/mm/yyyy hh:mm:ss and the offset.
 */
final class EmailHeaderBlock {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx", Locale.ROOT);

    private final Properties labels;
    private final boolean vietnamese;

    EmailHeaderBlock(Presentation presentation) {
        this.vietnamese = presentation.vietnamese();
        this.labels = load(vietnamese ? "vi" : "en");
    }

    void addTo(Document html, Metadata metadata, List<String> attachments, Path source, Detection detection) {
        Element table = new Element("table").addClass("email-header");
        addRow(table, "from", metadata.get("Message-From"));
        addRow(table, "to", String.join(", ", metadata.getValues("Message-To")));
        addRow(table, "cc", String.join(", ", metadata.getValues("Message-Cc")));
        addRow(table, "date", date(source, detection, metadata.get(TikaCoreProperties.CREATED)));
        addRow(table, "subject", metadata.get(TikaCoreProperties.TITLE) != null
                ? metadata.get(TikaCoreProperties.TITLE) : metadata.get("dc:subject"));
        html.body().prependChild(table);
        if (!attachments.isEmpty()) {
            Element list = html.body().appendElement("div");
            list.appendElement("p").appendElement("b").text(labels.getProperty("attachments") + ":");
            Element items = list.appendElement("ul");
            attachments.forEach(name -> items.appendElement("li").text(MailAttachments.visibleName(name)));
        }
    }

    private void addRow(Element table, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Element row = table.appendElement("tr");
        row.appendElement("td").appendElement("b").text(labels.getProperty(key) + ":");
        row.appendElement("td").text(value);
    }

    /** The Date header in its own offset; else Tika's instant (ISO, UTC) as it was; null when neither. */
    private String date(Path source, Detection detection, String tikaInstant) {
        OffsetDateTime sent = sentDate(source, detection);
        if (sent == null) {
            if (tikaInstant == null || !vietnamese) {
                return tikaInstant;
            }
            try {
                sent = OffsetDateTime.parse(tikaInstant);
            } catch (DateTimeParseException e) {
                return tikaInstant;
            }
        }
        return vietnamese ? VIETNAMESE_DATE.format(sent) : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(sent);
    }

    /** The message's Date header, or null when it has none that reads as an RFC 5322 date. */
    static OffsetDateTime sentDate(Path source, Detection detection) {
        String header = detection.isMime("application/vnd.ms-outlook") ? outlookDateHeader(source) : mimeDateHeader(source);
        return header == null ? null : parse(header);
    }

    /** "Wed, 12 Mar 2025 08:00:00 +0700 (ICT)": comments and a missing weekday are fine. */
    static OffsetDateTime parse(String header) {
        String cleaned = header.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        try {
            return OffsetDateTime.parse(cleaned, DateTimeFormatter.RFC_1123_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The top-level Date field of an RFC 822 message; the parser stops at the end of the header. */
    private static String mimeDateHeader(Path source) {
        String[] date = new String[1];
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentHandler(new AbstractContentHandler() {
            @Override
            public void field(Field field) {
                if (date[0] == null && field.getName().equalsIgnoreCase("Date")) {
                    date[0] = field.getBody();
                }
            }

            @Override
            public void endHeader() {
                parser.stop();
            }
        });
        try (InputStream in = Files.newInputStream(source)) {
            parser.parse(in);
        } catch (IOException | MimeException | RuntimeException e) {
            return date[0]; // a damaged message: the body's trouble is the converter's to report
        }
        return date[0];
    }

    /** An Outlook message keeps the Date header among its transport headers, when it was received by mail. */
    private static String outlookDateHeader(Path source) {
        try (InputStream in = Files.newInputStream(source); MAPIMessage message = new MAPIMessage(in)) {
            String[] headers = message.getHeaders();
            if (headers != null) {
                for (String line : headers) {
                    if (line.regionMatches(true, 0, "Date:", 0, 5)) {
                        return line.substring(5).strip();
                    }
                }
            }
        } catch (ChunkNotFoundException | IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = EmailHeaderBlock.class.getResourceAsStream("mailheader_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
