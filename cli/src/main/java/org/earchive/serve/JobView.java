package org.earchive.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.earchive.packaging.IngestReceipt;
import org.earchive.pipeline.DocumentResult;
import org.earchive.report.ReportTexts;

/**
 * A job as {@code GET /jobs/{id}} shows it: ids for scripts (state, status) beside sentences for people in the
 * request's language, progress, each document's result, and the links to its report and files.
 */
final class JobView {

    private JobView() {
    }

    static Map<String, Object> of(Job job, Texts texts) {
        ReportTexts report = texts.report();
        Map<String, Object> view = new LinkedHashMap<>();
        String base = "/jobs/" + job.id();
        view.put("id", job.id());
        view.put("kind", job.kind().name().toLowerCase(java.util.Locale.ROOT));
        view.put("name", job.name());
        view.put("state", job.state().id());
        view.put("stateText", texts.get("state." + job.state().id()));
        view.put("created", job.created().toString());
        view.put("finished", job.finishedAt() == null ? null : job.finishedAt().toString());
        if (job.failureCode() != null) {
            view.put("message", texts.get("error." + job.failureCode(), job.failureArgs()));
        }
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("planned", job.planned() < 0 ? null : job.planned());
        progress.put("done", job.kind() == Job.Kind.INGEST ? (job.receipt() == null ? 0 : 1) : job.done());
        progress.put("running", job.running());
        view.put("progress", progress);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (DocumentResult result : job.results()) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("source", result.source());
            document.put("status", result.status().id());
            document.put("statusText", report.status(result.status()));
            document.put("success", result.status().isSuccess());
            document.put("message", report.sentence(result.message()));
            document.put("pdfaLevel", result.pdfaLevel());
            document.put("pages", result.pages());
            document.put("warnings", result.warnings().stream().map(report::sentence).toList());
            document.put("outputs", result.outputs().stream().map(output -> Map.of("path", output,
                    "href", base + "/files/" + path(output))).toList());
            documents.add(document);
        }
        view.put("documents", documents);
        IngestReceipt receipt = job.receipt();
        if (receipt != null) {
            Map<String, Object> ingest = new LinkedHashMap<>();
            ingest.put("outcome", receipt.outcome().id());
            ingest.put("outcomeText", texts.get("outcome." + receipt.outcome().id()));
            ingest.put("reasons", receipt.reasons());
            ingest.put("aips", receipt.aips());
            ingest.put("documents", receipt.documents());
            view.put("ingest", ingest);
        }
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", base);
        if (job.state() == Job.State.DONE) {
            if (job.kind() == Job.Kind.CONVERT) {
                links.put("report", base + "/report");
                links.put("reportJson", base + "/report?format=json");
            } else {
                links.put("report", base + "/report?format=pdf");
                links.put("reportJson", base + "/report?format=json");
                links.put("reportXml", base + "/report?format=xml");
            }
            links.put("download", base + "/result.zip");
        }
        view.put("links", links);
        return view;
    }

    /** An output's relative path as URL path segments. */
    private static String path(String relative) {
        List<String> segments = new ArrayList<>();
        for (String segment : relative.split("/")) {
            segments.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", segments);
    }
}
