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
        List<Element> rows = html.select("tbody tr");
        assertEquals(List.of("công văn.txt", "desktop.ini", "hong.jpg", "scan.jpg"),
                rows.stream().map(r -> r.child(1).child(0).text()).toList());
        assertEquals(List.of("converted", "skipped", "corrupt", "converted"), rows.stream().map(r -> r.attr("data-status")).toList());
        Element scan = rows.get(3);
        assertEquals("scanned", scan.child(3).text());
        assertEquals("PDF/A-2b", scan.child(4).text());
        assertEquals("1", scan.child(5).text());
        assertTrue(rows.get(2).child(7).text().length() > 20, "the corrupt file's sentence is shown");
        assertEquals("../scan.pdf", scan.selectFirst("a").attr("href"));
        for (Element converted : List.of(rows.get(0), rows.get(3))) {
            assertTrue(converted.selectFirst("img").attr("src").startsWith("data:image/png;base64,"), converted::outerHtml);
        }
        assertEquals(2, html.select("img").size(), "pictures only of PDFs that were written");

        assertEquals("4", html.selectFirst(".summary li").selectFirst("b").text(), "four entries");
        assertEquals("2", html.selectFirst(".summary li[data-status=converted] b").text());
        assertEquals("1", html.selectFirst(".summary li[data-status=corrupt] b").text());

        assertTrue(html.select("script, link, [src^=http], [href^=http], [src^=//]").isEmpty(),
                "self-contained: no script, no stylesheet link, nothing fetched");
        assertEquals(1, html.select("head style").size(), "styles are inline");
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
