package org.earchive.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.earchive.core.DocumentStatus;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code report.html}: what a records clerk, and the head of the archive, open after a run. One file that needs
 * nothing else (styles, thumbnails and a few lines of script inline, nothing fetched), so it can be mailed or
 * archived with the batch, in the run's language ({@link ReportTexts}).
 *
 * <p>On top, what can be read in ten seconds: documents, pages, how many need a person's eye and why (each
 * status with its count and meaning). Below, the documents grouped by status, problems first, one table per
 * status: picture of the first page, source, class, level, pages, warnings, the sentence. The script only adds
 * buttons that show one status at a time; without it every group is shown. Printed, it fits A4 portrait.
 */
final class HtmlReport {

    /** Beyond this many pictures the file grows too large to open comfortably; the tables still list everything. */
    static final int MAX_THUMBNAILS = 2000;

    /*
     * Fonts that hold every Vietnamese letter, the metric twin of Arial first: a face without ơ, ư or the tone
     * marks would have the browser borrow them from another font, mid-word (ReportScreenshotIT checks).
     */
    private static final String STYLE = """
            body{font-family:"Liberation Sans",Arial,"DejaVu Sans","Noto Sans",sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em;margin:0 0 .2em}
            h2{font-size:1.1em;margin:1.4em 0 .2em}
            .meta{color:#555;margin:0 0 1em}
            .counts{display:flex;flex-wrap:wrap;gap:.6em;margin:0 0 .8em;padding:0;list-style:none}
            .counts li{border:1px solid #ccc;border-radius:4px;padding:.4em .8em;min-width:6em}
            .counts b{font-size:1.5em;display:block}
            .attention{border-left:4px solid #b42318;background:#fdf3f2;padding:.5em 1em;margin:0 0 1em}
            .attention.none{border-color:#1a7f37;background:#f1f8f3}
            .attention p{margin:.2em 0}
            .attention ul{margin:.2em 0 .3em}
            .means{color:#555;margin:0 0 .4em}
            nav.filter{margin:1em 0 0}
            nav.filter button{font:inherit;margin:0 .3em .3em 0;padding:.2em .7em;border:1px solid #999;border-radius:4px;background:#fff;cursor:pointer}
            nav.filter button[aria-pressed=true]{background:#222;color:#fff;border-color:#222}
            table{border-collapse:collapse;width:100%;table-layout:fixed}
            col.picture{width:8.5em}col.class{width:8em}col.level{width:6.5em}col.pages{width:4.5em}
            th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
            th{background:#f2f2f2}
            td.pages{text-align:right}
            img{border:1px solid #bbb;max-width:100%;height:auto}
            .status{font-weight:bold}
            .ok{color:#1a7f37}.skipped{color:#666}.problem{color:#b42318}
            .unchanged{color:#666;font-size:.85em}
            ul{margin:0;padding-left:1.1em}
            @page{size:A4 portrait;margin:14mm 12mm}
            @media print{
            body{margin:0;font-size:9pt}
            nav.filter{display:none}
            .counts li{padding:.2em .5em}
            col.picture{width:20mm}
            thead{display:table-header-group}
            tr,img,.attention{break-inside:avoid}
            h2{break-after:avoid}
            a{color:inherit;text-decoration:none}
            }
            """;

    /** Shows one group, or all: the page is whole without it (every group shown). */
    private static final String SCRIPT = """
            (function(){
            var nav=document.querySelector('nav.filter');var buttons=nav.querySelectorAll('button');
            nav.hidden=false;
            buttons.forEach(function(button){button.addEventListener('click',function(){
            var chosen=button.getAttribute('data-show');
            buttons.forEach(function(b){b.setAttribute('aria-pressed',String(b===button));});
            document.querySelectorAll('section.group').forEach(function(g){
            g.hidden=chosen!=='all'&&g.getAttribute('data-status')!==chosen;});});});
            })();
            """;

    private HtmlReport() {
    }

    /** @param outputSha256 SHA-256 of each output (relative path), to find its thumbnail */
    static String render(BatchReport report, Path stateFolder, Map<String, String> outputSha256, ReportTexts texts)
            throws IOException {
        Document html = Document.createShell("");
        html.outputSettings().charset("UTF-8");
        html.selectFirst("html").attr("lang", texts.languageTag());
        html.head().appendElement("meta").attr("charset", "UTF-8");
        html.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        html.head().appendElement("title").text(texts.get("html.title"));
        html.head().appendElement("style").appendText(STYLE);
        Element body = html.body();
        body.appendElement("h1").text(texts.get("html.title"));
        body.appendElement("p").addClass("meta").text(texts.get("html.meta", report.tool(),
                texts.dateTime(report.started()), texts.dateTime(report.finished())));

        Map<DocumentStatus, List<DocumentResult>> groups = groups(report);
        summary(body, report, groups, texts);
        filter(body.appendElement("nav").addClass("filter").attr("hidden", true), report, groups, texts);

        Thumbnailer thumbnailer = new Thumbnailer(stateFolder, outputSha256, texts);
        for (Map.Entry<DocumentStatus, List<DocumentResult>> group : groups.entrySet()) {
            table(body, group.getKey(), group.getValue(), texts, thumbnailer);
        }
        if (thumbnailer.count == MAX_THUMBNAILS) {
            body.appendElement("p").addClass("meta").text(texts.get("html.thumbnails.capped", MAX_THUMBNAILS));
        }
        body.appendElement("script").appendChild(new org.jsoup.nodes.DataNode(SCRIPT));
        removeUnused(stateFolder, thumbnailer.used, thumbnailer.count < MAX_THUMBNAILS);
        return "<!DOCTYPE html>\n" + html.outerHtml();
    }

    /** Problems first (in the order of the statuses), then what was converted, then what was skipped. */
    static Map<DocumentStatus, List<DocumentResult>> groups(BatchReport report) {
        Map<DocumentStatus, List<DocumentResult>> byStatus = new EnumMap<>(DocumentStatus.class);
        for (DocumentResult document : report.documents()) {
            byStatus.computeIfAbsent(document.status(), s -> new ArrayList<>()).add(document);
        }
        Map<DocumentStatus, List<DocumentResult>> ordered = new java.util.LinkedHashMap<>();
        byStatus.forEach((status, documents) -> {
            if (!status.isSuccess()) {
                ordered.put(status, documents);
            }
        });
        for (DocumentStatus success : List.of(DocumentStatus.CONVERTED, DocumentStatus.UNPACKED, DocumentStatus.SKIPPED)) {
            if (byStatus.containsKey(success)) {
                ordered.put(success, byStatus.get(success));
            }
        }
        return ordered;
    }

    /** The counts, then the documents that need a person's eye, by status and why. */
    private static void summary(Element body, BatchReport report, Map<DocumentStatus, List<DocumentResult>> groups,
                                ReportTexts texts) {
        Element counts = body.appendElement("ul").addClass("counts").addClass("summary");
        count(counts, report.documents().size(), texts.get("html.documents"));
        count(counts, report.pages(), texts.get("html.pages"));
        for (Map.Entry<DocumentStatus, List<DocumentResult>> group : groups.entrySet()) {
            count(counts, group.getValue().size(), texts.status(group.getKey()))
                    .attr("data-status", group.getKey().id()).addClass(cssClass(group.getKey()));
        }
        if (report.unchanged() > 0) {
            count(counts, report.unchanged(), texts.get("html.unchanged"));
        }

        int problems = 0;
        Element reasons = new Element("ul");
        for (Map.Entry<DocumentStatus, List<DocumentResult>> group : groups.entrySet()) {
            if (!group.getKey().isSuccess()) {
                problems += group.getValue().size();
                Element reason = reasons.appendElement("li").attr("data-status", group.getKey().id());
                reason.appendElement("b").text(group.getValue().size() + " " + texts.status(group.getKey()));
                reason.appendText(": " + texts.statusMeaning(group.getKey()));
            }
        }
        long warned = report.documents().stream()
                .filter(d -> d.status() == DocumentStatus.CONVERTED && !d.warnings().isEmpty()).count();
        Element attention = body.appendElement("div").addClass("attention");
        if (problems == 0) {
            attention.addClass("none").appendElement("p").text(texts.get("html.attention.none"));
        } else {
            attention.appendElement("p").appendElement("b").text(texts.get("html.attention", problems));
            attention.appendChild(reasons);
        }
        if (warned > 0) {
            attention.appendElement("p").text(texts.get("html.attention.warnings", warned));
        }
    }

    private static Element count(Element list, int count, String label) {
        Element item = list.appendElement("li");
        item.appendElement("b").text(String.valueOf(count));
        item.appendText(label);
        return item;
    }

    private static void filter(Element nav, BatchReport report, Map<DocumentStatus, List<DocumentResult>> groups,
                               ReportTexts texts) {
        nav.appendText(texts.get("html.filter") + " ");
        nav.appendElement("button").attr("type", "button").attr("data-show", "all").attr("aria-pressed", "true")
                .text(texts.get("html.filter.all") + " (" + report.documents().size() + ")");
        groups.forEach((status, documents) -> nav.appendElement("button").attr("type", "button")
                .attr("data-show", status.id()).attr("aria-pressed", "false")
                .text(texts.status(status) + " (" + documents.size() + ")"));
    }

    private static void table(Element body, DocumentStatus status, List<DocumentResult> documents, ReportTexts texts,
                              Thumbnailer thumbnailer) throws IOException {
        Element section = body.appendElement("section").addClass("group").attr("data-status", status.id())
                .id("status-" + status.id());
        Element heading = section.appendElement("h2");
        heading.appendElement("span").addClass("status").addClass(cssClass(status)).text(texts.status(status));
        heading.appendText(" (" + documents.size() + ")");
        section.appendElement("p").addClass("means").text(texts.statusMeaning(status));

        Element table = section.appendElement("table");
        Element columns = table.appendElement("colgroup");
        for (String column : new String[] {"picture", "source", "class", "level", "pages", "warnings", "message"}) {
            columns.appendElement("col").addClass(column);
        }
        Element header = table.appendElement("thead").appendElement("tr");
        for (String column : new String[] {"picture", "source", "class", "level", "pages", "warnings", "message"}) {
            header.appendElement("th").text(texts.get("html.column." + column));
        }
        Element rows = table.appendElement("tbody");
        for (DocumentResult document : documents) {
            Element row = rows.appendElement("tr").attr("data-status", document.status().id());
            thumbnailer.picture(row.appendElement("td"), document);
            Element source = row.appendElement("td").addClass("source");
            source.appendElement("div").text(document.source());
            for (String output : document.outputs()) {
                // a link to the PDF beside the report, not a resource the page loads
                source.appendElement("div").appendElement("a").attr("href", "../" + output).text("→ " + output);
            }
            if (document.unchanged()) {
                source.appendElement("div").addClass("unchanged").text(texts.get("html.unchanged"));
            }
            row.appendElement("td").addClass("class").text(orEmpty(texts.documentClass(document.documentClass())));
            row.appendElement("td").addClass("level").text(orEmpty(document.pdfaLevel()));
            row.appendElement("td").addClass("pages").text(document.pages() == 0 ? "" : String.valueOf(document.pages()));
            Element warnings = row.appendElement("td").addClass("warnings");
            if (!document.warnings().isEmpty()) {
                Element list = warnings.appendElement("ul");
                document.warnings().forEach(w -> list.appendElement("li").text(texts.sentence(w)));
            }
            row.appendElement("td").addClass("message").text(orEmpty(texts.sentence(document.message())));
        }
    }

    /** The first-page pictures, inline, up to {@link #MAX_THUMBNAILS}. */
    private static final class Thumbnailer {
        private final Path stateFolder;
        private final Map<String, String> outputSha256;
        private final ReportTexts texts;
        private final Set<Path> used = new HashSet<>();
        private int count;

        Thumbnailer(Path stateFolder, Map<String, String> outputSha256, ReportTexts texts) {
            this.stateFolder = stateFolder;
            this.outputSha256 = outputSha256;
            this.texts = texts;
        }

        void picture(Element cell, DocumentResult document) throws IOException {
            if (document.outputs().isEmpty() || count >= MAX_THUMBNAILS) {
                return;
            }
            String sha = outputSha256.get(document.outputs().get(0));
            Path png = sha == null ? null : Thumbnails.file(stateFolder, sha);
            if (png != null && !Files.exists(png)) {
                // carried over from a run whose picture has since been removed: draw it again
                Thumbnails.render(stateFolder, document.outputs().get(0), sha);
            }
            if (png != null && Files.isRegularFile(png)) {
                cell.appendElement("img").attr("alt", texts.get("html.picture.alt", document.outputs().get(0)))
                        .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png)));
                used.add(png);
                count++;
            }
        }
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
