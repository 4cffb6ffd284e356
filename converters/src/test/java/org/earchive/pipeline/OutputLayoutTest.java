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
    void aNameNearTheFileSystemsLimitIsCutSoEveryOutputCanBeCreated() {
        String stem = "bien-ban-hop-hoi-dong-thanh-ly-tai-lieu-het-gia-tri-".repeat(4) + "ủy-ban-nhân-dân-tỉnh";
        SourceDocument longName = doc("a/" + stem + ".txt");
        SourceDocument twin = doc("a/" + stem + "-ban-sao.txt");
        OutputLayout layout = new OutputLayout(out, List.of(longName, twin));
        for (SourceDocument document : List.of(longName, twin)) {
            for (Path output : List.of(layout.pdf(document), layout.signedOriginal(document),
                    layout.pdf(document).resolveSibling(layout.pdf(document).getFileName() + ".premis.xml"))) {
                int bytes = output.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                assertTrue(bytes <= 255, output.getFileName() + " is " + bytes + " bytes");
            }
        }
        assertNotEquals(layout.pdf(longName), layout.pdf(twin), "two long names that begin alike stay apart");
        assertEquals(layout.pdf(longName), new OutputLayout(out, List.of(longName, twin)).pdf(longName), "stable");
        assertTrue(layout.pdf(longName).getFileName().toString().startsWith("bien-ban-hop-hoi-dong"));
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
    void anInputNamedLikeAnotherOnesRecordKeepsItsExtension() {
        SourceDocument report = doc("a.txt");
        SourceDocument lookalike = doc("a.PREMIS.txt");
        SourceDocument marked = doc("b.not-compliant.html");
        OutputLayout layout = new OutputLayout(out, List.of(report, lookalike, marked));
        assertEquals(out.resolve("a.pdf"), layout.pdf(report));
        assertEquals(out.resolve("a.PREMIS.txt.pdf"), layout.pdf(lookalike), "not a.PREMIS.pdf, whose .xml is a.txt's PREMIS");
        assertEquals(out.resolve("b.not-compliant.html.pdf"), layout.pdf(marked));
        assertEquals(out.resolve("a.PREMIS.txt.pdf"), new OutputLayout(out, List.of(lookalike)).pdf(lookalike),
                "alone in its batch too: the name decides, not the neighbours");
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

    @Test
    void attachmentsGoBesideTheirMessageAndNeverIntoAnInputsFolder() {
        SourceDocument message = doc("mail/thu.eml");
        assertEquals(Path.of("mail/thu.attachments"), new OutputLayout(out, List.of(message)).attachmentFolder(message));

        // an input folder of that very name (in another letter case): the attachments go elsewhere, stably
        SourceDocument inFolder = doc("mail/THU.attachments/bao-cao.docx");
        OutputLayout crowded = new OutputLayout(out, List.of(message, inFolder));
        Path folder = crowded.attachmentFolder(message);
        assertTrue(folder.getFileName().toString().startsWith("thu.attachments~"), folder.toString());
        assertEquals(folder, new OutputLayout(out, List.of(inFolder, message)).attachmentFolder(message));
        assertNotEquals(crowded.pdf(inFolder).getParent(), out.resolve(folder));

        // the attachments' own layout follows the inputs' rules: equal stems keep their extensions
        SourceDocument docx = new SourceDocument(Path.of("/tmp/x/bao-cao.docx"), folder.resolve("bao-cao.docx"));
        SourceDocument pdf = new SourceDocument(Path.of("/tmp/x/bao-cao.pdf"), folder.resolve("bao-cao.pdf"));
        OutputLayout parts = crowded.forParts(List.of(docx, pdf));
        assertEquals(out.resolve(folder).resolve("bao-cao.docx.pdf"), parts.pdf(docx));
        assertEquals(out.resolve(folder).resolve("bao-cao.pdf.pdf"), parts.pdf(pdf));
    }

    private static SourceDocument doc(String relative) {
        return new SourceDocument(Path.of("/in").resolve(relative), Path.of(relative));
    }
}
