package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void namesThatDifferOnlyInNormalisationGetDistinctStableNames() {
        String nfc = Normalizer.normalize("quyết định.txt", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize("quyết định.txt", Normalizer.Form.NFD);
        SourceDocument composed = doc(nfc);
        SourceDocument decomposed = doc(nfd);
        OutputLayout layout = new OutputLayout(out, List.of(composed, decomposed));
        Path first = layout.pdf(composed);
        Path second = layout.pdf(decomposed);
        assertNotEquals(first, second);
        for (Path name : List.of(first, second)) {
            String file = name.getFileName().toString();
            assertTrue(Normalizer.isNormalized(file, Normalizer.Form.NFC), file);
            assertTrue(file.startsWith("quyết định.txt~") && file.endsWith(".pdf"), file);
        }
        OutputLayout reversed = new OutputLayout(out, List.of(decomposed, composed, doc("other.txt")));
        assertEquals(first, reversed.pdf(composed), "the name does not depend on the order or the other files");
        assertEquals(second, reversed.pdf(decomposed));
    }

    @Test
    void skippedEntriesTakeNoNameFromADocument() {
        SourceDocument text = doc("x.txt");
        SourceDocument clutter = new SourceDocument(Path.of("/in/x.db"), Path.of("x.db"), "clutter");
        assertEquals(out.resolve("x.pdf"), new OutputLayout(out, List.of(text, clutter)).pdf(text));
    }

    private static SourceDocument doc(String relative) {
        return new SourceDocument(Path.of("/in").resolve(relative), Path.of(relative));
    }
}
