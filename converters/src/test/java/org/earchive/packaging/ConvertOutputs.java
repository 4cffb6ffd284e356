package org.earchive.packaging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-made convert output folders: what packaging reads, without the seconds a real conversion takes. */
final class ConvertOutputs {

    private ConvertOutputs() {
    }

    /** A convert output as the report describes it: two converted documents, one that was not compliant. */
    static Path sample(Path out) throws Exception {
        Files.createDirectories(out.resolve("a"));
        Files.createDirectories(out.resolve(".earchive"));
        write(out.resolve("quyết-định.pdf"), "%PDF-1.7 a");       // 10 bytes
        write(out.resolve("quyết-định.xml"), "<x/>");             // 4
        write(out.resolve("quyết-định.premis.xml"), "<premis/>"); // 9
        write(out.resolve("a/bao-cao.pdf"), "%PDF-1.7 b");        // 10
        write(out.resolve("a/bao-cao.xml"), "<y/>");              // 4
        write(out.resolve("a/bao-cao.premis.xml"), "<p/>");       // 4 -> 41 bytes, 6 files
        write(out.resolve("hong.NOT-COMPLIANT.pdf"), "%PDF bad");
        write(out.resolve(".earchive/report.json"), """
                {"tool":"earchive","documents":[
                 {"source":"quyết-định.html","status":"converted",
                  "outputs":["quyết-định.pdf","quyết-định.xml","quyết-định.premis.xml"]},
                 {"source":"hong.pdf","status":"not-compliant","outputs":["hong.NOT-COMPLIANT.pdf"]},
                 {"source":"a/bao-cao.txt","status":"converted",
                  "outputs":["a/bao-cao.pdf","a/bao-cao.xml","a/bao-cao.premis.xml"]}]}
                """);
        return out;
    }

    /**
     * A convert output holding one converted document, {@code stem}.pdf, .xml and .premis.xml from {@code source}:
     * for names that are the point of a test (a backslash, a name Windows reserves).
     */
    static Path oneDocument(Path out, String source, String stem) throws Exception {
        Files.createDirectories(out.resolve(".earchive"));
        write(out.resolve(stem + ".pdf"), "%PDF-1.7 a");
        write(out.resolve(stem + ".xml"), "<x/>");
        write(out.resolve(stem + ".premis.xml"), "<premis/>");
        write(out.resolve(".earchive/report.json"), "{\"tool\":\"earchive\",\"documents\":[{\"source\":" + json(source)
                + ",\"status\":\"converted\",\"outputs\":[" + json(stem + ".pdf") + "," + json(stem + ".xml") + ","
                + json(stem + ".premis.xml") + "]}]}\n");
        return out;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

}
