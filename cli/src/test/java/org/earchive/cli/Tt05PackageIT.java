package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clerk files converted documents into a hồ sơ and hands it over as TT 05/2025 packages. */
class Tt05PackageIT {

    private static final String FILE_CODE = "H49.64.33.2025.01";

    @TempDir
    static Path work;

    static Path converted;
    static Path hosoCsv;

    @BeforeAll
    static void convertTwoDocumentsFiledInOneHoso() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Files.copy(Fixtures.samples().resolve("thong-bao-utf16.txt"), in.resolve("thông báo.txt"));
        Path metadata = Files.writeString(work.resolve("tai-lieu.csv"),
                "path,fileCode,docOrdinal\nthông báo.txt," + FILE_CODE + ",1\nbao-cao-tong-ket.txt," + FILE_CODE + ",2\n",
                StandardCharsets.UTF_8);
        hosoCsv = Files.writeString(work.resolve("ho-so.csv"),
                "fileCode,title,maintenance,mode\n" + FILE_CODE + ",Hồ sơ tổng kết công tác năm 2024,01,01\n",
                StandardCharsets.UTF_8);
        converted = work.resolve("out");
        Cli convert = Cli.run("convert", in, "--out", converted, "--metadata", metadata);
        assertEquals(0, convert.exitCode(), convert::toString);
    }

    @Test
    void aHosoSipIsNamedByTheFileCodeAndCarriesTheClerksHosoDescription() throws Exception {
        Path out = work.resolve("nop-luu");
        Cli pack = Cli.run("package", converted, "--out", out, "--profile", "tt05-sip-hoso",
                "--organization", "UBND xã Hòa Bình", "--files", hosoCsv, "--json");
        assertEquals(0, pack.exitCode(), pack::toString);
        JsonNode written = new ObjectMapper().readTree(pack.out()).path("packages").get(0);
        assertEquals(FILE_CODE, written.path("fileCode").asText());
        assertEquals(2, written.path("documents").asInt());

        Path sip = out.resolve(written.path("objectId").asText());
        Path data = sip.resolve("representations/rep1/data");
        assertTrue(Files.isRegularFile(data.resolve(FILE_CODE + ".1.pdf")), "thông báo is document 1, as the clerk said");
        assertTrue(Files.isRegularFile(data.resolve(FILE_CODE + ".2.pdf")));
        assertEquals(Files.size(converted.resolve("thông báo.pdf")), Files.size(data.resolve(FILE_CODE + ".1.pdf")));
        String ead = Files.readString(sip.resolve("metadata/descriptive/EAD.xml"));
        assertTrue(ead.contains("<title>Hồ sơ tổng kết công tác năm 2024</title>"), ead);
        assertTrue(ead.contains("<fileCode>" + FILE_CODE + "</fileCode>"), ead);
        String eadDoc = Files.readString(sip.resolve("representations/rep1/metadata/descriptive/EAD_doc_" + FILE_CODE + ".2.xml"));
        assertTrue(eadDoc.contains("<docCode>" + FILE_CODE + ".0000002</docCode>"), eadDoc);
        try (Stream<Path> beside = Files.list(work)) {
            assertFalse(beside.anyMatch(path -> path.getFileName().toString().contains(".partial-")),
                    "no staging folder is left");
        }

        Cli validate = Cli.run("validate", sip, "--json");
        assertEquals(0, validate.exitCode(), "earchive's own package passes its validator: " + validate);
        JsonNode verdict = new ObjectMapper().readTree(validate.out());
        assertEquals("accepted", verdict.path("verdict").asText(), validate::toString);
        assertEquals(0, verdict.path("must").asInt(), validate::toString);
    }

    @Test
    void zippedAipPackagesReplaceTheirFolders() throws Exception {
        Path out = work.resolve("luu-tru");
        Cli pack = Cli.run("package", converted, "--out", out, "--profile", "tt05-aip-hoso", "--files", hosoCsv, "--zip");
        assertEquals(0, pack.exitCode(), pack::toString);
        try (Stream<Path> list = Files.list(out)) {
            List<String> names = list.map(path -> path.getFileName().toString()).toList();
            assertEquals(1, names.size(), names::toString);
            assertTrue(names.get(0).matches("uuid-[0-9A-F-]{36}\\.zip"), names::toString);
        }
        assertTrue(pack.out().contains("hồ sơ " + FILE_CODE + ", 2 documents"), pack::toString);
        try (Stream<Path> list = Files.list(out)) {
            Cli validate = Cli.run("validate", list.findFirst().orElseThrow());
            assertEquals(0, validate.exitCode(), "the zipped AIP passes validate where it lies: " + validate);
            assertTrue(validate.out().contains("AIP_hoso"), validate::toString);
        }
    }

    @Test
    void aHosoSpreadsheetWithAWrongCodeIsRefusedWithItsRowAndColumn() throws Exception {
        Path bad = Files.writeString(work.resolve("ho-so-sai.csv"), "fileCode,maintenance\n" + FILE_CODE + ",99\n",
                StandardCharsets.UTF_8);
        Cli pack = Cli.run("package", converted, "--out", work.resolve("sai"), "--profile", "tt05-aip-hoso", "--files", bad);
        assertEquals(ExitCodes.USAGE, pack.exitCode(), pack::toString);
        assertTrue(pack.err().contains("ho-so-sai.csv: row 2, column maintenance"), pack::toString);
        assertFalse(Files.exists(work.resolve("sai")), "nothing is written");

        Cli notTt05 = Cli.run("package", converted, "--out", work.resolve("sip"), "--profile", "eark-sip",
                "--organization", "UBND", "--files", hosoCsv);
        assertEquals(ExitCodes.USAGE, notTt05.exitCode(), notTt05::toString);

        Cli noAgency = Cli.run("package", converted, "--out", work.resolve("sip2"), "--profile", "tt05-sip-tailieu");
        assertEquals(ExitCodes.USAGE, noAgency.exitCode(), noAgency::toString);
        assertTrue(noAgency.err().contains("--organization"), noAgency::toString);
    }

    @Test
    void anEarkSipCanBeWrittenAsOneZip() throws Exception {
        Path zip = work.resolve("sip.zip");
        Cli pack = Cli.run("package", converted, "--out", zip, "--profile", "eark-sip", "--organization", "UBND", "--zip");
        assertEquals(0, pack.exitCode(), pack::toString);
        assertTrue(Files.isRegularFile(zip));
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            assertTrue(file.getEntry("sip/METS.xml") != null, "one top folder named like the package");
        }

        // named without ".zip", it is still written as one, so the check the command suggests finds a package
        Cli unnamed = Cli.run("package", converted, "--out", work.resolve("goi"), "--profile", "eark-sip",
                "--organization", "UBND", "--zip");
        assertEquals(0, unnamed.exitCode(), unnamed::toString);
        assertTrue(Files.isRegularFile(work.resolve("goi.zip")) && !Files.exists(work.resolve("goi")), unnamed::toString);
        assertTrue(unnamed.out().contains("goi.zip"), unnamed::toString);
        Cli check = Cli.run("validate", work.resolve("goi.zip"));
        assertEquals(0, check.exitCode(), check::toString);
    }

    @Test
    void aFolderOfRecordsIsConvertedOnTheWayAndOnlyThePackagesRemain() throws Exception {
        Path in = Files.createDirectories(work.resolve("records"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Files.writeString(in.resolve("hong.pdf"), "%PDF-1.4 this is not a PDF");
        Path out = work.resolve("ngay");
        Cli pack = Cli.run("package", in, "--out", out, "--profile", "tt05-sip-tailieu", "--organization", "UBND");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, pack.exitCode(), "the damaged PDF is said in the exit code: " + pack);
        assertTrue(pack.err().contains("converting it first"), pack::toString);
        assertTrue(pack.out().contains("1 document"), "the converted document is packaged: " + pack);
        try (Stream<Path> beside = Files.list(work)) {
            assertFalse(beside.anyMatch(path -> path.getFileName().toString().contains(".converted-")),
                    "the scratch conversion is removed");
        }
        try (Stream<Path> records = Files.list(in)) {
            assertEquals(2, records.count(), "the records themselves are untouched");
        }
    }
}
