package org.earchive.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.earchive.core.DocumentStatus;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code report.html}: what a records clerk opens after a run. One file that needs nothing else (styles and
 * thumbnails inline, no script, nothing fetched), so it can be mailed or archived with the batch: the
 * counts, then one row per input with its status, what it was, the level reached, pages, warnings, the
 * sentence, and a picture of the first page.
 */
final class HtmlReport {

    /** Beyond this many pictures the file grows too large to open comfortably; the table still lists everything. */
    static final int MAX_THUMBNAILS = 2000;

    private static final String STYLE = """
            body{font-family:"Liberation Sans",Arial,sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em;margin:0 0 .2em}
            .meta{color:#555;margin:0 0 1em}
            .summary{display:flex;flex-wrap:wrap;gap:.6em;margin:0 0 1.2em;padding:0;list-style:none}
            .summary li{border:1px solid #ccc;border-radius:4px;padding:.4em .8em}
            .summary b{font-size:1.3em;display:block}
            table{border-collapse:collapse;width:100%}
            th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
            th{background:#f2f2f2}
            td.pages{text-align:right}
            td.level{white-space:nowrap}
            img{border:1px solid #bbb;max-width:110px}
            .status{font-weight:bold;white-space:nowrap}
            .ok{color:#1a7f37}.skipped{color:#666}.problem{color:#b42318}
            .unchanged{color:#666;font-weight:normal;display:block;font-size:.85em}
            ul{margin:0;padding-left:1.1em}
            """;

    private HtmlReport() {
    }

    /** @param outputSha256 SHA-256 of each output (relative path), to find its thumbnail */
    static String render(BatchReport report, Path stateFolder, Map<String, String> outputSha256) throws IOException {
        Document html = Document.createShell("");
        html.outputSettings().charset("UTF-8");
        html.selectFirst("html").attr("lang", "vi");
        html.head().appendElement("meta").attr("charset", "UTF-8");
        html.head().appendElement("title").text("earchive report");
        html.head().appendElement("style").appendText(STYLE);
        Element body = html.body();
        body.appendElement("h1").text("earchive report");
        body.appendElement("p").addClass("meta").text(report.tool() + " · started " + report.started() + " · finished "
                + report.finished());
        summary(body.appendElement("ul").addClass("summary"), report);

        Element table = body.appendElement("table");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : new String[] {"first page", "source", "status", "class", "level", "pages", "warnings", "what happened"}) {
            header.appendElement("th").text(column);
        }
        Element rows = table.appendElement("tbody");
        int thumbnails = 0;
        Set<Path> used = new HashSet<>();
        for (DocumentResult document : report.documents()) {
            Element row = rows.appendElement("tr").attr("data-status", document.status().id());
            Element picture = row.appendElement("td");
            if (!document.outputs().isEmpty() && thumbnails < MAX_THUMBNAILS) {
                String sha = outputSha256.get(document.outputs().get(0));
                Path png = sha == null ? null : Thumbnails.file(stateFolder, sha);
                if (png != null && !Files.exists(png)) {
                    // carried over from a run whose picture has since been removed: draw it again
                    Thumbnails.render(stateFolder, document.outputs().get(0), sha);
                }
                if (png != null && Files.isRegularFile(png)) {
                    picture.appendElement("img").attr("alt", "first page of " + document.outputs().get(0))
                            .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png)));
                    used.add(png);
                    thumbnails++;
                }
            }
            Element source = row.appendElement("td");
            source.appendElement("div").text(document.source());
            for (String output : document.outputs()) {
                // a link to the PDF beside the report, not a resource the page loads
                source.appendElement("div").appendElement("a").attr("href", "../" + output).text("→ " + output);
            }
            Element status = row.appendElement("td").addClass("status").addClass(cssClass(document.status()))
                    .text(document.status().id());
            if (document.unchanged()) {
                status.appendElement("span").addClass("unchanged").text("unchanged since the last run");
            }
            row.appendElement("td").text(orEmpty(document.documentClass()));
            row.appendElement("td").addClass("level").text(orEmpty(document.pdfaLevel()));
            row.appendElement("td").addClass("pages").text(document.pages() == 0 ? "" : String.valueOf(document.pages()));
            Element warnings = row.appendElement("td");
            if (!document.warnings().isEmpty()) {
                Element list = warnings.appendElement("ul");
                document.warnings().forEach(w -> list.appendElement("li").text(w));
            }
            row.appendElement("td").text(orEmpty(document.message()));
        }
        if (thumbnails == MAX_THUMBNAILS) {
            body.appendElement("p").addClass("meta").text("Pictures are shown for the first " + MAX_THUMBNAILS
                    + " documents only, to keep this file small enough to open.");
        }
        removeUnused(stateFolder, used, thumbnails < MAX_THUMBNAILS);
        return "<!DOCTYPE html>\n" + html.outerHtml();
    }

    private static void summary(Element list, BatchReport report) {
        item(list, report.documents().size(), "documents");
        item(list, report.pages(), "pages");
        for (Map.Entry<DocumentStatus, Integer> count : report.countByStatus().entrySet()) {
            item(list, count.getValue(), count.getKey().id()).attr("data-status", count.getKey().id());
        }
        if (report.unchanged() > 0) {
            item(list, report.unchanged(), "unchanged since the last run");
        }
    }

    private static Element item(Element list, int count, String label) {
        Element item = list.appendElement("li");
        item.appendElement("b").text(String.valueOf(count));
        item.appendText(label);
        return item;
    }

    private static String cssClass(DocumentStatus status) {
        return status == DocumentStatus.SKIPPED ? "skipped" : status.isSuccess() ? "ok" : "problem";
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Pictures of PDFs no longer in the report (rewritten or gone) would pile up run after run. */
    private static void removeUnused(Path stateFolder, Set<Path> used, boolean complete) throws IOException {
        Path folder = stateFolder.resolve(Thumbnails.FOLDER);
        if (!complete || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !used.contains(f)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
