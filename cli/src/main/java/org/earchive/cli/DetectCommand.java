package org.earchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.detect.Detection;
import org.earchive.detect.Detector;
import org.earchive.detect.TikaDetector;
import org.earchive.io.Fixity;
import org.earchive.pipeline.InputCollector;
import org.earchive.pipeline.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "detect",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Say what each file is: media type (Tika), PRONOM identifier, size and SHA-256.")
public final class DetectCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Option(names = "--json", description = "JSON Lines: one object per file.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Integer missing = InputPaths.check(paths, spec.commandLine().getErr());
        if (missing != null) {
            return missing;
        }
        Detector detector = new TikaDetector();
        Table table = new Table("PATH", "MIME", "PUID", "FORMAT", "BYTES", "SHA-256", "STATUS");
        boolean allReadable = true;
        for (SourceDocument document : new InputCollector().collect(paths, null)) {
            ObjectNode line = JSON.createObjectNode();
            line.put("path", document.path().toString());
            try {
                long size = Files.size(document.path());
                String status = size == 0 ? "empty-file" : "ok";
                Detection detection = size == 0 ? null : detector.detect(document.path());
                String sha256 = Fixity.sha256(document.path());
                line.put("mime", detection == null ? null : detection.mime());
                line.put("puid", detection == null ? null : detection.puid());
                line.put("format", detection == null ? null : detection.formatName());
                line.put("size", size);
                line.put("sha256", sha256);
                line.put("status", status);
                table.row(document.path(), line.get("mime").asText("-"), line.get("puid").asText("-"),
                        line.get("format").asText("-"), size, sha256.substring(0, 16) + "…", status);
            } catch (IOException e) {
                allReadable = false;
                line.put("status", "unreadable");
                line.put("message", "The file cannot be read (" + e.getMessage() + ").");
                table.row(document.path(), null, null, null, null, null, "unreadable");
            }
            if (json) {
                out.println(JSON.writeValueAsString(line));
            }
        }
        if (!json) {
            table.print(out);
        }
        out.flush();
        return allReadable ? ExitCodes.OK : ExitCodes.SOME_DOCUMENTS_FAILED;
    }
}
