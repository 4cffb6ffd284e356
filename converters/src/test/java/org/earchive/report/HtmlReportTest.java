package org.earchive.report;

import org.earchive.metadata.MetadataSettings;
import org.earchive.core.RunContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.earchive.fixtures.Fixtures;
import org.earchive.pipeline.BatchRunner;
import org.earchive.pipeline.Engines;
import org.earchive.core.Presentation;
import java.time.ZoneId;
import java.util.Locale;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html, read as a browser would: one self-contained file with the counts and one row per input. */
class HtmlReportTest {

    @TempDir
    Path work;

    @Test
    void listsEveryInputWithItsStatusAndAFirstPagePictureAndLoadsNothingFromOutside() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(Fixtures.samples().resolve("cong-van-windows-1258.txt"), in.resolve("công văn.txt"));
        Files.copy(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), in.resolve("scan.jpg"));
        Files.copy(Fixtures.bad().resolve("truncated.jpg"), in.resolve("hong.jpg"));
        Files.writeString(in.resolve("desktop.ini"), "[.ShellClassInfo]");
        Path out = work.resolve("out");

        new BatchRunner(Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z")),
                MetadataSettings.defaults(), 1), 2, Clock.systemUTC())
                .run(List.of(in), out, new ReportListener());

        Path file = out.resolve(".earchive/report.html");
        Document html = Jsoup.parse(file.toFile(), "UTF-8");
        assertEquals(List.of("corrupt", "converted", "skipped"), html.select("section.group").eachAttr("data-status"),
                "grouped by status, what needs a person's eye first");
        List<Element> rows = html.select("tbody tr");
        assertEquals(List.of("hong.jpg", "công văn.txt", "scan.jpg", "desktop.ini"),
                rows.stream().map(r -> r.selectFirst("td.source div").text()).toList());
        assertEquals(List.of("corrupt", "converted", "converted", "skipped"), rows.stream().map(r -> r.attr("data-status")).toList());
        Element scan = rows.get(2);
        assertEquals("scanned", scan.selectFirst("td.class").text());
        assertEquals("PDF/A-2b", scan.selectFirst("td.level").text());
        assertEquals("1", scan.selectFirst("td.pages").text());
        assertTrue(rows.get(0).selectFirst("td.message").text().length() > 20, "the corrupt file's sentence is shown");
        assertEquals("../scan.pdf", scan.selectFirst("a").attr("href"));
        for (Element converted : List.of(rows.get(1), rows.get(2))) {
            assertTrue(converted.selectFirst("img").attr("src").startsWith("data:image/png;base64,"), converted::outerHtml);
        }
        assertEquals(2, html.select("img").size(), "pictures only of PDFs that were written");

        assertEquals("4", html.selectFirst(".summary li").selectFirst("b").text(), "four entries");
        assertEquals("2", html.selectFirst(".summary li[data-status=converted] b").text());
        assertEquals("1", html.selectFirst(".summary li[data-status=corrupt] b").text());
        assertEquals("1 document(s) need a person's eye:", html.selectFirst(".attention p").text());
        assertTrue(html.selectFirst(".attention li[data-status=corrupt]").text().startsWith("1 corrupt: "),
                "each reason with its count and what it means");

        assertTrue(html.select("script[src], link, [src^=http], [href^=http], [src^=//]").isEmpty(),
                "self-contained: no script file, no stylesheet link, nothing fetched");
        assertEquals(1, html.select("head style").size(), "styles are inline");
        assertTrue(html.selectFirst("nav.filter").hasAttr("hidden"), "the filter buttons appear only where the script runs");
        assertTrue(html.selectFirst("head style").data().contains("@page{size:A4"), "printed on A4");
    }

    @Test
    void inVietnameseEveryHeadingIsVietnameseAndTimesAreInTheZoneChosen() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao.txt"));
        Files.copy(Fixtures.bad().resolve("truncated.jpg"), in.resolve("hong.jpg"));
        Files.writeString(in.resolve("Thumbs.db"), "x");
        Path out = work.resolve("out");
        ReportTexts vietnamese = ReportTexts.of(new Presentation(Locale.forLanguageTag("vi"), ZoneId.of("Asia/Ho_Chi_Minh")));
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T02:30:00Z"), ZoneId.of("UTC"));
        new BatchRunner(Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z")),
                MetadataSettings.defaults(), 1), 2, clock)
                .run(List.of(in), out, new ReportListener(vietnamese));

        Document html = Jsoup.parse(out.resolve(".earchive/report.html").toFile(), "UTF-8");
        assertEquals("vi", html.selectFirst("html").attr("lang"));
        assertEquals("Báo cáo chuyển đổi tài liệu sang PDF/A", html.selectFirst("h1").text());
        assertTrue(html.selectFirst("p.meta").text().contains("bắt đầu 06/12/2026 09:30:00 +07:00"), html.selectFirst("p.meta").text());
        assertEquals(List.of("trang đầu", "tệp gốc", "loại tài liệu", "mức chuẩn", "số trang", "cảnh báo", "kết quả xử lý"),
                html.selectFirst("thead tr").select("th").eachText());
        assertEquals("tệp hỏng (1)", html.selectFirst("section.group[data-status=corrupt] h2").text());
        assertEquals("1 tài liệu cần người xem lại:", html.selectFirst(".attention p").text());
        assertEquals("Tệp thiết lập thư mục (Thumbs.db) do Windows hoặc macOS tự tạo, không phải tài liệu lưu trữ.",
                html.selectFirst("section.group[data-status=skipped] td.message").text());
        assertEquals("tài liệu điện tử", html.selectFirst("section.group[data-status=converted] td.class").text());

        String csv = Files.readString(out.resolve(".earchive/report.csv"));
        assertTrue(csv.startsWith("\uFEFFTệp gốc,Trạng thái,Kết quả xử lý,"), csv);
        assertTrue(csv.contains("bao-cao.txt,đã chuyển đổi,Đã chuyển sang PDF/A-2u; veraPDF xác nhận đạt chuẩn.,tài liệu điện tử,PDF/A-2u,"), csv);

        JsonNode json = new ObjectMapper().readTree(out.resolve(".earchive/report.json").toFile());
        assertEquals("2026-12-06T02:30:00Z", json.get("started").asText(), "report.json stays ISO-8601, whatever the language");
        List<String> statuses = new java.util.ArrayList<>();
        json.get("documents").forEach(d -> statuses.add(d.get("status").asText()));
        assertTrue(statuses.containsAll(List.of("converted", "corrupt", "skipped")), "status ids, not names: " + statuses);
    }

    @Test
    void aReRunThatCarriesDocumentsOverStillShowsTheirPictures() throws Exception {
        Path out = work.resolve("out");
        BatchRunner runner = new BatchRunner(Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z")),
                MetadataSettings.defaults(), 1), 2,
                Clock.systemUTC());
        List<Path> inputs = List.of(Fixtures.samples().resolve("thong-bao-utf16.txt"));
        runner.run(inputs, out, new ReportListener());
        org.junit.jupiter.api.Assertions.assertTrue(Files.isDirectory(out.resolve(".earchive/thumbs")));
        try (var pictures = Files.list(out.resolve(".earchive/thumbs"))) {
            for (Path picture : pictures.toList()) {
                Files.delete(picture);
            }
        }

        assertTrue(runner.run(inputs, out, new ReportListener()).documents().get(0).unchanged());

        Document html = Jsoup.parse(out.resolve(".earchive/report.html").toFile(), "UTF-8");
        assertEquals(1, html.select("tbody img[src^=data:image/png]").size());
    }
}
