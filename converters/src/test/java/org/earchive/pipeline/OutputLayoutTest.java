package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputLayoutTest {

    private final Path out = Path.of("/archive/out");

    @Test
    void mirrorsTheInputTree() {
        SourceDocument doc = doc("a/b/báo cáo.txt");
        OutputLayout layout = new OutputLayout(out, List.of(doc));
        assertEquals(out.resolve("a/b/báo cáo.pdf"), layout.pdf(doc));
        assertEquals(out.resolve("a/b/báo cáo.NOT-COMPLIANT.pdf"), layout.notCompliantPdf(doc));
    }

    @Test
    void inputsThatWouldShareANameAllKeepTheirExtension() {
        SourceDocument text = doc("x.txt");
        SourceDocument html = doc("X.html");
        SourceDocument other = doc("y.txt");
        OutputLayout layout = new OutputLayout(out, List.of(text, html, other));
        assertEquals(out.resolve("x.txt.pdf"), layout.pdf(text));
        assertEquals(out.resolve("X.html.pdf"), layout.pdf(html));
        assertEquals(out.resolve("y.pdf"), layout.pdf(other));
    }

    @Test
    void decomposedNamesAreWrittenComposed() {
        String nfd = Normalizer.normalize("quyết định.txt", Normalizer.Form.NFD);
        SourceDocument doc = doc(nfd);
        assertEquals(out.resolve("quyết định.pdf"), new OutputLayout(out, List.of(doc)).pdf(doc));
    }

    private static SourceDocument doc(String relative) {
        return new SourceDocument(Path.of("/in").resolve(relative), Path.of(relative));
    }
}
