package org.earchive.convert.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The copy Tika reads of a text document, on what real Word files hold beside their changed runs. */
class PrintedTextCopyTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir
    Path work;

    /**
     * Every paragraph typed under "Track Changes" carries an insertion mark on its paragraph mark too, inside the
     * paragraph's properties: it stays as it is and is not a second change; the inserted run is underlined.
     */
    @Test
    void aParagraphMarksInsertionStaysAndOnlyTheInsertedRunIsMarked() throws Exception {
        Path docx = work.resolve("moi.docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            var paragraph = document.createParagraph().getCTP();
            var markInserted = paragraph.addNewPPr().addNewRPr().addNewIns();
            markInserted.setId(java.math.BigInteger.ONE);
            markInserted.setAuthor(CommentedDocuments.AUTHOR);
            var inserted = paragraph.addNewIns();
            inserted.setId(java.math.BigInteger.TWO);
            inserted.setAuthor(CommentedDocuments.AUTHOR);
            inserted.setDate(CommentedDocuments.written());
            inserted.addNewR().addNewT().setStringValue("Đoạn mới");
            try (var out = Files.newOutputStream(docx)) {
                document.write(out);
            }
        }
        try (PrintedTextCopy printed = PrintedTextCopy.of(docx, DOCX)) {
            assertTrue(printed.copy());
            assertEquals(1, printed.changes().count());
            String xml;
            try (ZipFile zip = new ZipFile(printed.path().toFile())) {
                xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
            assertTrue(xml.matches("(?s).*<w:pPr><w:rPr><w:ins [^>]*(/>|></w:ins>)</w:rPr></w:pPr>.*"), xml);
            assertTrue(xml.matches("(?s).*<w:r><w:rPr><w:u w:val=\"single\"></w:u></w:rPr><w:t>Đoạn mới</w:t></w:r>.*"), xml);
            assertFalse(xml.contains("<w:ins w:id=\"2\""), "the insertion around the run is taken off: " + xml);
        }
    }

    @Test
    void aDocumentWithoutChangesOrAFileThatIsNoZipIsReadAsItIsAndNoCopyStays() throws Exception {
        Path plain = CommentedDocuments.docx(work.resolve("ke-hoach.docx"));
        Path damaged = Files.write(work.resolve("hong.docx"), "PK\u0003\u0004 cut short".getBytes());
        long before = temporaryCopies();
        for (Path file : new Path[] {plain, damaged}) {
            try (PrintedTextCopy printed = PrintedTextCopy.of(file, DOCX)) {
                assertEquals(file, printed.path());
                assertEquals(TrackedChanges.NONE, printed.changes());
            }
        }
        assertEquals(before, temporaryCopies(), "no copy left in the temporary folder");
    }

    private static long temporaryCopies() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("earchive-printed-")).count();
        }
    }
}
