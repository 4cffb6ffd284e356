package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    Path work;

    @Test
    void clutterAndLinksOutOfTheTreeAreListedWithAReasonButNotConverted() throws Exception {
        Path in = work.resolve("in");
        Path outside = Files.writeString(work.resolve("secret.txt"), "not for the archive");
        write(in, "a/report.txt", "Thumbs.db", "a/desktop.ini", ".DS_Store", "~$bien-ban.docx", ".~lock.bien-ban.odt#",
                ".hidden.txt", ".git/config", "scans/page.tif");
        Files.createSymbolicLink(in.resolve("escape.txt"), outside);
        Files.createSymbolicLink(in.resolve("inside-link.txt"), in.resolve("a/report.txt"));
        Files.createSymbolicLink(in.resolve("folder-link"), in.resolve("scans"));

        Map<String, String> walked = walk(in, InputFilter.ALL);

        assertEquals(List.of(".DS_Store", ".git", ".hidden.txt", ".~lock.bien-ban.odt#", "Thumbs.db", "a/desktop.ini",
                "a/report.txt", "escape.txt", "folder-link", "inside-link.txt", "scans/page.tif", "~$bien-ban.docx"),
                List.copyOf(walked.keySet()), "every entry is listed, in a stable order");
        for (String skipped : List.of(".DS_Store", ".git", ".hidden.txt", ".~lock.bien-ban.odt#", "Thumbs.db",
                "a/desktop.ini", "escape.txt", "folder-link", "~$bien-ban.docx")) {
            assertTrue(walked.get(skipped) != null && walked.get(skipped).endsWith("."), skipped + ": " + walked.get(skipped));
        }
        assertTrue(walked.get("escape.txt").contains("outside the folder"), walked.get("escape.txt"));
        assertEquals(null, walked.get("a/report.txt"));
        assertEquals(null, walked.get("inside-link.txt"), "a link to a file inside the tree is a document");
        assertEquals(List.of("a/report.txt", "inside-link.txt", "scans/page.tif"),
                new InputCollector().collect(List.of(in), null).stream().map(SourceDocument::displayPath).toList());
    }

    @Test
    void includeAndExcludeGlobsMatchNamesOrPathsAndIgnoreNormalisation() throws Exception {
        Path in = work.resolve("in");
        String decomposed = Normalizer.normalize("scans/quyết định.tif", Normalizer.Form.NFD);
        write(in, "a/report.txt", "scans/page.tif", decomposed, "drafts/old.tif", "b/note.TXT");

        assertEquals(List.of("drafts/old.tif", "scans/page.tif", decomposed),
                List.copyOf(walk(in, new InputFilter(List.of("*.tif"), List.of())).keySet()));
        assertEquals(List.of("scans/page.tif", decomposed),
                List.copyOf(walk(in, new InputFilter(List.of("*.tif"), List.of("drafts"))).keySet()),
                "an excluded folder is not entered");
        assertEquals(List.of(decomposed),
                List.copyOf(walk(in, new InputFilter(List.of("scans/quyết*"), List.of())).keySet()),
                "a composed pattern matches a decomposed name");
        assertEquals(List.of("a/report.txt", "b/note.TXT", "drafts/old.tif"),
                List.copyOf(walk(in, new InputFilter(List.of(), List.of("scans/**"))).keySet()));
    }

    private static Map<String, String> walk(Path in, InputFilter filter) throws IOException {
        Map<String, String> walked = new LinkedHashMap<>();
        for (SourceDocument entry : new InputCollector().walk(List.of(in), null, filter)) {
            walked.put(entry.displayPath(), entry.skipReason());
        }
        return walked;
    }

    private static void write(Path root, String... names) throws IOException {
        for (String name : names) {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
    }
}
