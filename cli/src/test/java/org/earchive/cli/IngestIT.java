package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earchive.fixtures.Fixtures;
import org.earchive.pipeline.OutputLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive receives packages that agencies made with 'earchive package' and keeps them: a hồ sơ SIP becomes a
 * valid AIP with the ingest's PREMIS events, the same SIP twice is kept once, a tampered SIP is refused with a
 * receipt naming the file, and an E-ARK SIP carrying files that are not PDF/A gets them normalised.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestIT {

    private static final String FILE_CODE = "H49.64.33.2025.01";
    private static final String ARCHIVE = "Trung tâm Lưu trữ lịch sử tỉnh Hòa Bình";

    @TempDir
    static Path work;

    static Path hosoSip;
    static Path aips;

    @BeforeAll
    static void anAgencyPackagesAHoso() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Files.copy(Fixtures.samples().resolve("thong-bao-utf16.txt"), in.resolve("thông báo.txt"));
        Path metadata = Files.writeString(work.resolve("tai-lieu.csv"),
                "path,fileCode,docOrdinal\nthông báo.txt," + FILE_CODE + ",1\nbao-cao-tong-ket.txt," + FILE_CODE + ",2\n",
                StandardCharsets.UTF_8);
        Path hosoCsv = Files.writeString(work.resolve("ho-so.csv"),
                "fileCode,title,maintenance,mode\n" + FILE_CODE + ",Hồ sơ tổng kết công tác năm 2024,01,01\n",
                StandardCharsets.UTF_8);
        Path converted = work.resolve("converted");
        Cli convert = Cli.run("convert", in, "--out", converted, "--metadata", metadata);
        assertEquals(0, convert.exitCode(), convert::toString);
        Path sips = work.resolve("sips");
        Cli pack = Cli.run("package", converted, "--out", sips, "--profile", "tt05-sip-hoso",
                "--organization", "UBND xã Hòa Bình", "--files", hosoCsv, "--json");
        assertEquals(0, pack.exitCode(), pack::toString);
        hosoSip = sips.resolve(new ObjectMapper().readTree(pack.out()).path("packages").get(0).path("objectId").asText());
        aips = work.resolve("kho-luu-tru");
    }

    @Test
    @Order(1)
    void aHosoSipBecomesAValidAipWithTheIngestEventsAndAReceipt() throws Exception {
        Cli ingest = Cli.run("ingest", hosoSip, "--out", aips, "--archive", ARCHIVE, "--archive-code", "T17", "--json");
        assertEquals(0, ingest.exitCode(), ingest::toString);
        JsonNode receipt = new ObjectMapper().readTree(ingest.out());
        assertEquals("accepted", receipt.path("outcome").asText(), ingest::toString);
        assertEquals("UBND xã Hòa Bình", receipt.path("submitter").asText());
        JsonNode aip = receipt.path("aips").get(0);
        assertEquals("tt05-aip-hoso", aip.path("profile").asText());
        assertEquals(FILE_CODE, aip.path("fileCode").asText());
        assertEquals(2, aip.path("documents").asInt());

        Path folder = aips.resolve(aip.path("objectId").asText());
        assertTrue(Files.isRegularFile(folder.resolve("representations/rep1/data/" + FILE_CODE + ".1.pdf")));
        String ead = Files.readString(folder.resolve("metadata/descriptive/EAD.xml"));
        assertTrue(ead.contains("<arcFileCode>" + FILE_CODE + "</arcFileCode>"), ead);
        assertTrue(ead.contains("<title>Hồ sơ tổng kết công tác năm 2024</title>"), "the agency's hồ sơ description is kept: " + ead);
        String premis = Files.readString(folder.resolve("metadata/preservation/PREMIS.xml"));
        for (String event : List.of("transfer", "fixity check", "validation", "ingestion")) {
            assertTrue(premis.contains("<premis:eventType>" + event + "</premis:eventType>"), event + " in " + premis);
        }
        assertTrue(premis.contains("<premis:agentName>" + ARCHIVE + "</premis:agentName>"), premis);
        assertTrue(premis.contains("<premis:agentType>organization</premis:agentType>"), premis);
        assertTrue(premis.contains("<premis:linkingAgentRole>implementer</premis:linkingAgentRole>"), premis);

        Cli validate = Cli.run("validate", folder, "--json");
        assertEquals(0, validate.exitCode(), "the AIP passes the validator the archive trusts: " + validate);
        assertEquals("accepted", new ObjectMapper().readTree(validate.out()).path("verdict").asText(), validate::toString);

        Path pdf = onlyReceipt(".pdf");
        Cli pdfa = Cli.run("validate", pdf);
        assertEquals(0, pdfa.exitCode(), "the printed receipt is PDF/A: " + pdfa);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("BIÊN BẢN GIAO NHẬN TÀI LIỆU LƯU TRỮ ĐIỆN TỬ"), text);
            assertTrue(text.contains(ARCHIVE), text);
            assertTrue(text.contains("Tiếp nhận"), text);
        }
        String xml = Files.readString(onlyReceipt(".xml"));
        assertTrue(xml.contains("outcome=\"accepted\""), xml);
        assertNoWorkLeft();
    }

    @Test
    @Order(2)
    void theSameSipTwiceIsKeptOnce() throws Exception {
        List<Path> before = listing(aips);
        Path mets = only(aips, "uuid-").resolve("METS.xml");
        byte[] metsBefore = Files.readAllBytes(mets);
        Cli again = Cli.run("ingest", hosoSip, "--out", aips, "--archive", ARCHIVE);
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.out().contains("already ingested (nothing written)"), again::toString);
        assertEquals(before, listing(aips), "no second AIP, no second receipt");
        assertEquals(new String(metsBefore, StandardCharsets.UTF_8), Files.readString(mets));
    }

    @Test
    @Order(5)
    void whatAKilledRunLeftIsRemovedAndASecondRunAtOnceIsRefused() throws Exception {
        Path scratch = Files.createDirectories(aips.resolve(".ingest-" + UUID.randomUUID()).resolve("aips"));
        Files.writeString(scratch.resolve("METS.xml"), "<mets:mets", StandardCharsets.UTF_8);
        Path halfReceipt = Files.writeString(aips.resolve("receipts").resolve(".half.json." + UUID.randomUUID() + ".part"),
                "{\"outcome\":", StandardCharsets.UTF_8);
        Cli again = Cli.run("ingest", hosoSip, "--out", aips, "--archive", ARCHIVE);
        assertEquals(0, again.exitCode(), again::toString);
        assertFalse(Files.exists(scratch.getParent()), "the killed run's scratch folder is removed");
        assertFalse(Files.exists(halfReceipt), "the killed run's half-written receipt is removed");
        assertNoWorkLeft();

        try (OutputLock running = OutputLock.acquire(aips.resolve(".earchive"))) {
            Cli meanwhile = Cli.run("ingest", hosoSip, "--out", aips, "--archive", ARCHIVE);
            assertEquals(ExitCodes.OUTPUT_NOT_WRITABLE, meanwhile.exitCode(), meanwhile::toString);
            assertTrue(meanwhile.err().contains("Another earchive run is already writing to " + aips), meanwhile::toString);
        }
    }

    @Test
    @Order(3)
    void aTamperedSipIsRefusedWithAReceiptNamingTheFile() throws Exception {
        Path tampered = work.resolve("tampered").resolve(hosoSip.getFileName());
        copyTree(hosoSip, tampered);
        Path data = tampered.resolve("representations/rep1/data");
        // a valid PDF/A, but not the one the METS recorded: only its checksum and size can tell
        Files.copy(data.resolve(FILE_CODE + ".2.pdf"), data.resolve(FILE_CODE + ".1.pdf"), StandardCopyOption.REPLACE_EXISTING);
        List<Path> aipsBefore = aipFolders();

        Cli ingest = Cli.run("ingest", tampered, "--out", aips, "--archive", ARCHIVE, "--json");
        assertEquals(1, ingest.exitCode(), ingest::toString);
        JsonNode receipt = new ObjectMapper().readTree(ingest.out());
        assertEquals("refused", receipt.path("outcome").asText());
        String reasons = receipt.path("reasons").toString();
        assertTrue(reasons.contains("representations/rep1/data/" + FILE_CODE + ".1.pdf"), reasons);
        assertTrue(reasons.contains("changed or damaged after packaging"), reasons);
        assertEquals(aipsBefore, aipFolders(), "a refused SIP leaves no AIP");
        Path json = aips.resolve("receipts").resolve(receiptKey(receipt) + ".json");
        assertTrue(Files.isRegularFile(json));
        try (PDDocument document = Loader.loadPDF(aips.resolve("receipts").resolve(receiptKey(receipt) + ".pdf").toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Từ chối"), text);
            assertTrue(text.contains(FILE_CODE + ".1.pdf"), text);
        }
        assertNoWorkLeft();
    }

    @Test
    @Order(4)
    void anEarkSipWithFilesThatAreNotPdfaHasThemNormalisedAndKeepsTheOriginals() throws Exception {
        Path in = Files.createDirectories(work.resolve("in-eark"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Path converted = work.resolve("converted-eark");
        assertEquals(0, Cli.run("convert", in, "--out", converted).exitCode());
        // an agency whose own tool put a plain text note and an ordinary PDF beside the PDF/A
        Files.writeString(converted.resolve("ghi-chu.txt"), "Ghi chú: hồ sơ gồm 1 báo cáo.\n", StandardCharsets.UTF_8);
        plainPdf(converted.resolve("phu-luc.pdf"));
        addToReport(converted, "ghi-chu.txt", "phu-luc.pdf");
        Path sip = work.resolve("SIP_hoa-binh.zip");
        Cli pack = Cli.run("package", converted, "--out", sip, "--profile", "eark-sip", "--zip",
                "--organization", "UBND xã Hòa Bình");
        assertEquals(0, pack.exitCode(), pack::toString);

        Cli ingest = Cli.run("ingest", sip, "--out", aips, "--archive", ARCHIVE, "--json");
        assertEquals(0, ingest.exitCode(), ingest::toString);
        JsonNode receipt = new ObjectMapper().readTree(ingest.out());
        assertEquals("accepted", receipt.path("outcome").asText(), ingest::toString);
        long normalised = Stream.of(receipt.path("documents")).flatMap(d -> java.util.stream.StreamSupport.stream(d.spliterator(), false))
                .filter(line -> line.path("status").asText().equals("normalised")).count();
        assertEquals(2, normalised, receipt::toString);
        Path folder = aips.resolve(receipt.path("aips").get(0).path("objectId").asText());
        Path data = folder.resolve("representations/rep1/data");
        assertTrue(Files.isRegularFile(data.resolve("ghi-chu.pdf")));
        assertEquals("Ghi chú: hồ sơ gồm 1 báo cáo.\n", Files.readString(data.resolve("ghi-chu.original.txt")),
                "the original is kept byte for byte");
        assertTrue(Files.isRegularFile(data.resolve("phu-luc.original.pdf")));
        try (PDDocument document = Loader.loadPDF(data.resolve("ghi-chu.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Ghi chú: hồ sơ gồm 1 báo cáo."));
        }
        String premis = Files.readString(folder.resolve("metadata/preservation/PREMIS.xml"));
        assertTrue(premis.contains("<premis:eventType>normalization</premis:eventType>"), premis);
        assertTrue(premis.contains("representations/rep1/data/ghi-chu.txt to PDF/A-2u"), premis);
        Cli validate = Cli.run("validate", folder);
        assertEquals(0, validate.exitCode(), "the AIP with normalised documents and their originals is valid: " + validate);
        assertNoWorkLeft();
    }

    private static void plainPdf(Path file) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Phu luc: an ordinary PDF, not PDF/A");
                content.endText();
            }
            document.save(file.toFile());
        }
    }

    /** Lists extra files in a convert report as converted documents, as a careless tool might have. */
    private static void addToReport(Path converted, String... files) throws Exception {
        Path reportFile = converted.resolve(".earchive/report.json");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode report = (ObjectNode) mapper.readTree(reportFile.toFile());
        ArrayNode documents = (ArrayNode) report.path("documents");
        for (String file : files) {
            ObjectNode document = documents.addObject();
            document.put("source", file);
            document.put("status", "converted");
            document.putArray("outputs").add(file);
        }
        mapper.writeValue(reportFile.toFile(), report);
    }

    private static String receiptKey(JsonNode receipt) {
        return receipt.path("sip").asText().replaceFirst("(?i)\\.zip$", "").replaceAll("[^A-Za-z0-9._-]", "_") + "-"
                + receipt.path("sipSha256").asText().substring(0, 12);
    }

    private static Path onlyReceipt(String extension) throws Exception {
        try (Stream<Path> list = Files.list(aips.resolve("receipts"))) {
            List<Path> found = list.filter(p -> p.toString().endsWith(extension)).toList();
            assertEquals(1, found.size(), found::toString);
            return found.get(0);
        }
    }

    private static Path only(Path folder, String prefix) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> found = list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, found.size(), found::toString);
            return found.get(0);
        }
    }

    private static List<Path> aipFolders() throws Exception {
        try (Stream<Path> list = Files.list(aips)) {
            return list.filter(p -> p.getFileName().toString().startsWith("uuid-")).sorted().toList();
        }
    }

    private static List<Path> listing(Path folder) throws Exception {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.sorted().toList();
        }
    }

    private static void assertNoWorkLeft() throws Exception {
        try (Stream<Path> list = Files.list(aips)) {
            assertFalse(list.anyMatch(p -> p.getFileName().toString().startsWith(".ingest-")), "no scratch folder is left");
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
