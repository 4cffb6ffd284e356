package org.earchive.report;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code report.json}, the contract between {@code convert} and whatever reads its output (packaging, scripts,
 * the clerk's tools): the one place that knows its fields, written and read through these records. Adding a
 * field is a change to this class; renaming or removing one breaks its readers.
 *
 * <p>The file holds plain values (a status is its id, times are ISO-8601 text) and imports no pipeline type, so
 * that a reader of a convert output needs nothing of the conversion.
 *
 * @param tool      the program and version that wrote it
 * @param started   when the run started (ISO-8601)
 * @param finished  when the run finished (ISO-8601)
 * @param summary   the counts
 * @param documents every input's entry, an e-mail's attachments right after it
 */
public record ReportFile(String tool, String started, String finished, Summary summary, List<Entry> documents) {

    public static final String NAME = "report.json";

    /** Indented, as people open it too; readers take what they know and pass over fields added later. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReportFile {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** @throws IOException when the file cannot be read, or is not a report's JSON */
    public static ReportFile read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), ReportFile.class);
    }

    public void writeTo(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    /** As {@code report.json} holds it, for printing. */
    public String toPrettyString() throws IOException {
        return JSON.writeValueAsString(this);
    }


    /**
     * The counts. Serialised in this order: documents, pages, unchanged, then one count per status that
     * occurred, under the status's id.
     */
    public record Summary(int documents, int pages, int unchanged, Map<String, Integer> byStatus) {

        public Summary {
            byStatus = byStatus == null ? new LinkedHashMap<>() : new LinkedHashMap<>(byStatus);
        }

        @JsonCreator
        Summary(@JsonProperty("documents") int documents, @JsonProperty("pages") int pages,
                @JsonProperty("unchanged") int unchanged) {
            this(documents, pages, unchanged, null);
        }

        @Override
        @JsonAnyGetter
        public Map<String, Integer> byStatus() {
            return java.util.Collections.unmodifiableMap(byStatus);
        }

        @JsonAnySetter
        private void readCount(String status, Integer count) {
            byStatus.put(status, count);
        }

        /** The same fields as a JSON tree, for a line that adds its own (an event log's). */
        public ObjectNode toTree() {
            return JSON.valueToTree(this);
        }
    }

    /**
     * One input's line.
     *
     * @param source        the input's path below the folder it was found in (an attachment: MESSAGE#NAME)
     * @param status        the outcome's id, e.g. "converted"
     * @param message       one sentence for a records clerk
     * @param documentClass "born-digital" or "scanned", or null
     * @param outputs       files written, relative to the output folder, the PDF first
     * @param facts         detail about the source, sorted by name
     */
    public record Entry(String source, String status, String message, @JsonProperty("class") String documentClass,
                        String mime, String puid, String pdfaLevel, int pages, List<String> outputs,
                        List<String> warnings, List<String> failedRules, Map<String, String> facts,
                        String sourceSha256, long durationMs, boolean unchanged) {

        public Entry {
            outputs = outputs == null ? List.of() : List.copyOf(outputs);
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            failedRules = failedRules == null ? List.of() : List.copyOf(failedRules);
            facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(facts));
        }

        /** The same fields as a JSON tree, for a line that adds its own (an event log's). */
        public ObjectNode toTree() {
            return JSON.valueToTree(this);
        }
    }
}
