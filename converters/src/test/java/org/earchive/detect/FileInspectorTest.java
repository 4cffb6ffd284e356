package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FileInspectorTest {

    private static final FileInspector INSPECTOR = new FileInspector(new TikaDetector());

    static Stream<String[]> labelled() throws IOException {
        List<String> lines = Files.readAllLines(Fixtures.root().resolve("LABELS.tsv"), StandardCharsets.UTF_8);
        return lines.stream().skip(1).map(line -> line.split("\t", -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelled")
    void everyLabelledFixtureGetsItsClassAndStatus(String path, String expectedClass, String expectedStatus) {
        FileInspection inspection = inspect(path);
        assertEquals(expectedStatus, inspection.status(), path + ": " + inspection.message());
        String actualClass = inspection.documentClass() == null ? "" : inspection.documentClass().id();
        assertEquals(expectedClass, actualClass, path + " page classes: " + pageClasses(inspection));
        if (!inspection.isOk()) {
            assertNotNull(inspection.message(), "a failed file needs a sentence");
        }
    }

    @Test
    void aStrayPageNumberOnAScanIsCountedButDoesNotMakeItBornDigital() {
        FileInspection inspection = inspect("detect/scanned-page-number-stamp.pdf");
        PageEvidence first = inspection.pageEvidence().get(0);
        assertTrue(first.marks().visibleChars() > 10, "the page number and stamp are real text: " + first.marks());
        assertTrue(first.marks().imageCoverage() > 0.95, first.marks().toString());
        assertEquals(200, first.marks().imageDpi());
        assertEquals(List.of("scanned", "scanned"), pageClasses(inspection));
    }

    @Test
    void ocrTextHiddenEitherWayIsInvisible() {
        for (String path : List.of("detect/hybrid-invisible-text.pdf", "detect/hybrid-text-under-image.pdf")) {
            PageMarks marks = inspect(path).pageEvidence().get(0).marks();
            assertEquals(0, marks.visibleChars(), path + ": " + marks);
            assertTrue(marks.invisibleChars() > 500, path + ": " + marks);
        }
    }

    @Test
    void glyphsWithoutUnicodeAreReportedAsUnmapped() {
        PageMarks marks = inspect("detect/text-without-unicode.pdf").pageEvidence().get(0).marks();
        assertEquals(0, marks.visibleChars(), marks.toString());
        assertEquals(1.0, marks.unmappedShare(), 1e-9);
    }

    @Test
    void aBlankLookingPageIsRenderedToDecideAndAnEmptyOneIsNot() {
        List<PageEvidence> pages = inspect("detect/blank-pages.pdf").pageEvidence();
        assertFalse(pages.get(0).rendered(), "a page with no content needs no rendering");
        assertTrue(pages.get(1).rendered(), "a page with only a white rectangle must be rendered to be called empty");
    }

    @Test
    void mixedDocumentsKeepEachPagesClass() {
        assertEquals(List.of("born-digital", "scanned"), pageClasses(inspect("detect/mixed.pdf")));
    }

    @Test
    void signaturesNameTheSignerFromTheCertificateAndSayWhetherTheyCoverTheFile() {
        FileInspection signed = inspect("detect/signed.pdf");
        assertTrue(signed.isSigned());
        PdfSignature signature = signed.pdf().signatures().get(0);
        assertEquals("Nguyễn Văn An", signature.signer());
        assertEquals("adbe.pkcs7.detached", signature.subFilter());
        assertEquals("2025-03-12T00:00:00Z", signature.signedAt());
        assertTrue(signature.coversWholeFile());

        PdfSignature changed = inspect("detect/signed-then-changed.pdf").pdf().signatures().get(0);
        assertFalse(changed.coversWholeFile(), "bytes were added after signing");
    }

    @Test
    void encryptionIsToldApartFromPermissions() {
        FileInspection locked = inspect("detect/encrypted-password.pdf");
        assertEquals(PdfEncryption.PASSWORD_REQUIRED, locked.encryption());
        assertTrue(locked.message().contains("password"), locked.message());

        FileInspection restricted = inspect("detect/encrypted-permissions-only.pdf");
        assertEquals(PdfEncryption.PERMISSIONS_ONLY, restricted.encryption());
        assertTrue(restricted.pdf().restrictions().containsAll(List.of("print", "copy")), restricted.pdf().restrictions().toString());
        assertEquals(1, restricted.pages());
    }

    @Test
    void javaScriptAndAttachmentsAreFound() {
        PdfFacts facts = inspect("detect/javascript-and-attachment.pdf").pdf();
        assertTrue(facts.javaScript());
        assertEquals(1, facts.embeddedFiles());
        PdfFacts plain = inspect("detect/born-digital.pdf").pdf();
        assertFalse(plain.javaScript());
        assertEquals(0, plain.embeddedFiles());
    }

    @Test
    void aPdfaClaimGivesThePronomIdOfThatLevel() {
        FileInspection claims = inspect("detect/claims-pdfa-2b.pdf");
        assertEquals("PDF/A-2b", claims.pdf().pdfaClaim());
        assertEquals("fmt/477", claims.detection().puid());
        FileInspection plain = inspect("detect/born-digital.pdf");
        assertNull(plain.pdf().pdfaClaim());
        assertEquals("fmt/" + (14 + Integer.parseInt(plain.pdf().version().substring(2))), plain.detection().puid());
    }

    @Test
    void textFilesSayTheirEncodingAndLanguage() {
        FileInspection legacy = inspect("samples/cong-van-windows-1258.txt");
        assertEquals("windows-1258", legacy.encoding());
        assertEquals("vi", legacy.language());
        assertEquals("vi", inspect("detect/bao-cao.docx").language());
        assertEquals("vi", inspect("samples/quyet-dinh.html").language());
    }

    @Test
    void imagesReportPagesAndResolution() {
        FileInspection tiff = inspect("samples/scans/bao-cao-300dpi-g4.tif");
        assertEquals(2, tiff.pages());
        assertEquals(300, tiff.imageDpi());
        assertNull(inspect("samples/scans/phieu-gui-khong-dpi.png").imageDpi(), "no resolution recorded, none invented");
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"xxe,false", "xxe,true", "laughs,false"})
    void anOdtWhoseXmlDeclaresADoctypeIsRefusedBeforeAnyParserReadsIt(String kind, boolean utf16,
                                                                        @org.junit.jupiter.api.io.TempDir Path work) throws Exception {
        Path odt = work.resolve(kind + ".odt");
        Files.write(odt, org.earchive.fixtures.HostileFiles.odtWithDoctype(kind.equals("xxe")
                ? org.earchive.fixtures.HostileFiles.XXE_DOCTYPE : org.earchive.fixtures.HostileFiles.LAUGHS_DOCTYPE, utf16));

        FileInspection inspection = new FileInspector(new TikaDetector()).inspect(odt, odt.getFileName().toString());

        assertEquals("application/vnd.oasis.opendocument.text", inspection.detection().mime());
        assertEquals("corrupt", inspection.status(), inspection::message);
        assertTrue(inspection.message().contains("content.xml") && inspection.message().contains("XXE"), inspection.message());
    }

    @Test
    void hostileOfficeFilesAreRefusedWithASentenceThatSaysWhy() {
        FileInspection xxe = inspect("detect/hostile-xxe.docx");
        assertTrue(xxe.message().contains("XXE"), xxe.message());
        FileInspection bomb = inspect("detect/hostile-zip-bomb.docx");
        assertTrue(bomb.message().contains("zip bomb"), bomb.message());
    }

    @Test
    void aFailureStillReportsWhatWasLearntBeforeIt() {
        FileInspection damaged = inspect("detect/damaged.pdf");
        assertEquals("application/pdf", damaged.detection().mime());
        assertEquals(64, damaged.sha256().length());
    }

    private static FileInspection inspect(String relative) {
        Path file = Fixtures.root().resolve(relative);
        return INSPECTOR.inspect(file, relative);
    }

    private static List<String> pageClasses(FileInspection inspection) {
        return inspection.pageEvidence().stream().map(page -> page.pageClass().id()).toList();
    }
}
