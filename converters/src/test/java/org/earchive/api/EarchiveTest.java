package org.earchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Fixity;
import org.earchive.core.RunContext;
import org.earchive.detect.FileInspection;
import org.earchive.fixtures.Fixtures;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.packaging.PackageProfile;
import org.earchive.packaging.PackageVerdict;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.pipeline.BatchListener;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.OutputLayout;
import org.earchive.pipeline.SourceDocument;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * earchive as another front end (a Spark job, a service) would use it: the library API alone, with no command
 * line on the way (this module does not depend on the command line's).
 */
class EarchiveTest {

    private static final RunContext CONTEXT = RunContext.defaults("earchive library test")
            .withSourceDateEpoch(Instant.parse("2025-07-01T00:00:00Z"));

    @TempDir
    Path work;

    @Test
    void aFolderConvertsThroughTheLibraryAlone() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in.resolve("quyet-dinh"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Files.copy(Fixtures.samples().resolve("quyet-dinh.html"), in.resolve("quyet-dinh/quyet-dinh.html"));
        Path out = work.resolve("out");
        List<String> heard = Collections.synchronizedList(new ArrayList<>());

        BatchReport report;
        try (Earchive earchive = Earchive.start(CONTEXT, ClerkMetadata.none(), 2)) {
            report = earchive.convert(new ConvertRequest(List.of(in), out, BatchOptions.defaults(2)), new BatchListener() {
                @Override
                public void finished(DocumentResult result) {
                    heard.add(result.source());
                }
            });
        }

        assertTrue(report.allConverted(), report.documents()::toString);
        Map<String, DocumentResult> bySource = report.documents().stream()
                .collect(Collectors.toMap(DocumentResult::source, Function.identity()));
        assertEquals(List.of("bao-cao-tong-ket.txt", "quyet-dinh/quyet-dinh.html"), bySource.keySet().stream().sorted().toList());
        assertEquals(List.of("bao-cao-tong-ket.txt", "quyet-dinh/quyet-dinh.html"), heard.stream().sorted().toList(),
                "the listener hears every document");

        Path report1 = out.resolve("bao-cao-tong-ket.pdf");
        assertConvertedAsAReaderWouldCheck(in.resolve("bao-cao-tong-ket.txt"), report1, bySource.get("bao-cao-tong-ket.txt"),
                "Tổng kết công tác văn thư, lưu trữ năm 2024");
        assertConvertedAsAReaderWouldCheck(in.resolve("quyet-dinh/quyet-dinh.html"), out.resolve("quyet-dinh/quyet-dinh.pdf"),
                bySource.get("quyet-dinh/quyet-dinh.html"), "Tổ số hóa tài liệu lưu trữ");
    }

    @Test
    void oneDocumentConvertsOutsideAnyBatch() throws Exception {
        Path source = Fixtures.samples().resolve("cong-van-windows-1258.txt");
        Path folder = work.resolve("one");

        List<DocumentResult> results;
        try (Earchive earchive = Earchive.start(CONTEXT, ClerkMetadata.none(), 1)) {
            results = earchive.convertDocument(source, folder);
        }

        assertEquals(1, results.size(), results::toString);
        assertConvertedAsAReaderWouldCheck(source, folder.resolve("cong-van-windows-1258.pdf"), results.get(0), "Hòa Bình");
        try (Stream<Path> files = Files.walk(folder)) {
            assertEquals(List.of("cong-van-windows-1258.pdf", "cong-van-windows-1258.premis.xml", "cong-van-windows-1258.xml"),
                    files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList(),
                    "the PDF/A and its descriptions; no journal, no reports, no lock, no scratch file for one document");
        }
    }

    @Test
    void detectPackageAndValidateAreLibraryCallsToo() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("a.txt"));
        Files.copy(Fixtures.samples().resolve("quyet-dinh.html"), in.resolve("b.html"));
        Files.write(in.resolve("c-empty.txt"), new byte[0]);

        List<FileInspection> inspections = new ArrayList<>();
        Earchive.detect(new DetectRequest(List.of(in), false, 2), inspections::add);
        assertEquals(List.of("a.txt", "b.html", "c-empty.txt"), inspections.stream().map(FileInspection::path).toList(),
                "in the walk's order, whatever finished first");
        assertTrue(inspections.get(0).isOk());
        assertFalse(inspections.get(2).isOk(), "an empty file gets a status, not an exception");

        // a folder of records is converted on the way, into a hidden folder removed afterwards
        Path sip = work.resolve("sip");
        List<Path> convertedInto = new ArrayList<>();
        PackageResult written = Earchive.packageFolder(CONTEXT, new PackageRequest(in, sip, PackageProfile.EARK_SIP,
                false, false, "UBND xã Hòa Bình", null, null, null), new PackagingListener() {
                    @Override
                    public void convertingFirst(Path source, Path into) {
                        convertedInto.add(into);
                    }
                });
        assertNull(written.tt05());
        assertEquals(2, written.documents(), "the empty file did not convert and is not packaged");
        assertTrue(written.someNotConverted());
        assertFalse(Files.exists(convertedInto.get(0)), "the scratch conversion is removed");

        List<PackageVerdict> verdicts = new ArrayList<>();
        boolean valid = Earchive.validate(List.of(sip), null, new ValidationListener() {
            @Override
            public void packageChecked(Path pkg, PackageVerdict verdict) {
                verdicts.add(verdict);
            }
        });
        assertTrue(valid, () -> verdicts.get(0).problems().toString());
        assertEquals(1, verdicts.size());

        // a clerk naming the package's METS.xml (or its representation's) means the package: it is checked, once
        List<Path> checked = new ArrayList<>();
        List<String> asPdf = new ArrayList<>();
        boolean recordsValid = Earchive.validate(List.of(sip.resolve("METS.xml"), sip.resolve("representations/rep1/METS.xml")),
                null, new ValidationListener() {
                    @Override
                    public void packageChecked(Path pkg, PackageVerdict verdict) {
                        checked.add(pkg);
                        verdicts.add(verdict);
                    }

                    @Override
                    public void pdfChecked(Path pdf, org.earchive.validate.PdfaVerdict verdict) {
                        asPdf.add(pdf + ": " + verdict);
                    }
                });
        assertEquals(List.of(), asPdf, "no METS.xml is handed to veraPDF");
        assertEquals(List.of(sip.toAbsolutePath().normalize()), checked);
        assertTrue(recordsValid, () -> verdicts.get(1).problems().toString());

        PackagingException again = assertThrows(PackagingException.class, () -> Earchive.packageFolder(CONTEXT,
                new PackageRequest(in, sip, null, true, false, null, null, null, null), PackagingListener.NONE));
        assertEquals(PackagingException.Problem.OUT_EXISTS, again.problem(), "a package is never overwritten");
    }

    @Test
    void theRouteTableNamesAnEngineForEveryTypeAndStartsNothing() {
        List<EngineRoute> routes = Earchive.routes(CONTEXT);
        Map<String, EngineRoute> byType = routes.stream().collect(Collectors.toMap(EngineRoute::mediaType, Function.identity()));
        assertEquals("Java engine (text)", byType.get("text/plain").engine());
        assertEquals("PDFBox repair", byType.get("application/pdf").engine());
        assertTrue(byType.containsKey("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals(Earchive.UNPACKED_ROUTE, byType.get("application/zip").engine());
        assertEquals(Earchive.UNPACKED_ROUTE, byType.get("application/mbox").engine(), "a mailbox is split, not converted");
        assertTrue(routes.stream().allMatch(r -> r.engine() != null && !r.engine().isBlank()));
    }

    /** The PDF/A as veraPDF and a reader see it, and the two descriptions beside it naming the right files. */
    private static void assertConvertedAsAReaderWouldCheck(Path source, Path pdf, DocumentResult result, String phrase)
            throws Exception {
        assertEquals(DocumentStatus.CONVERTED, result.status(), result::toString);
        Pdfs.assertCompliant(pdf, PdfaLevel.parse(result.pdfaLevel()));
        assertTrue(Pdfs.text(pdf).contains(phrase), () -> pdf.getFileName() + " does not read '" + phrase + "'");
        String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
        Document description = parse(pdf.resolveSibling(name + ".xml"));
        assertEquals(String.valueOf(result.pages()), text(description, "numberOfPage"));
        Document premis = parse(pdf.resolveSibling(name + ".premis.xml"));
        List<String> digests = texts(premis, "messageDigest");
        assertTrue(digests.contains(Fixity.sha256(Files.readAllBytes(source))), "PREMIS records the original's SHA-256");
        assertTrue(digests.contains(Fixity.sha256(Files.readAllBytes(pdf))), "PREMIS records the PDF/A's SHA-256");
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    private static String text(Document document, String localName) {
        List<String> all = texts(document, localName);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> texts(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS("*", localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    @Test
    void aDocumentPastItsTimeLimitIsGivenUpAndLeavesNoOutput() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Path source = Files.copy(Fixtures.samples().resolve("quyet-dinh.html"), in.resolve("quyet-dinh.html"));
        SourceDocument document = new SourceDocument(source, Path.of("quyet-dinh.html"));
        Path out = work.resolve("out");
        OutputLayout layout = new OutputLayout(out, List.of(document));

        try (Earchive earchive = Earchive.start(CONTEXT, ClerkMetadata.none(), 1)) {
            // a millisecond is never enough to lay out, validate and describe a document
            List<DocumentResult> results = earchive.convertDocument(document, layout, java.time.Duration.ofMillis(1));
            assertEquals(1, results.size());
            assertEquals(DocumentStatus.TIMEOUT, results.get(0).status());
            assertTrue(results.get(0).message().contains("took longer than the limit"), results.get(0).message());
            assertEquals(List.of(), results.get(0).outputs());

            awaitGivenUpConversions();
            Files.createDirectories(out); // a conversion given up before it started never made the folder
            try (Stream<Path> left = Files.walk(out)) {
                assertEquals(List.of(), left.filter(Files::isRegularFile).toList(),
                        "what the given-up conversion wrote after its limit is removed");
            }

            // with time enough, the same document converts
            List<DocumentResult> again = earchive.convertDocument(document, layout, java.time.Duration.ofMinutes(5));
            assertEquals(DocumentStatus.CONVERTED, again.get(0).status(), again.get(0)::message);
        }
        assertTrue(Files.isRegularFile(out.resolve("quyet-dinh.pdf")));
        assertFalse(Files.exists(source.resolveSibling("quyet-dinh.pdf")), "nothing is written beside the source");
    }

    /** Until no thread of this JVM is still running a document that was given up on (at most two minutes). */
    private static void awaitGivenUpConversions() throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline && Thread.getAllStackTraces().entrySet().stream()
                .anyMatch(t -> t.getKey().getName().equals("earchive-timed-document")
                        && java.util.Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().startsWith("org.earchive.")))) {
            Thread.sleep(100);
        }
    }
}
