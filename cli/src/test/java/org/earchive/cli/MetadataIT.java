package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.earchive.fixtures.Fixtures;
import org.earchive.schemas.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clerk's loop end to end: template, correct it in a spreadsheet, convert with it. */
class MetadataIT {

    @TempDir
    Path work;

    @Test
    void templateCorrectedByTheClerkDrivesTheTt05Description() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Files.copy(Fixtures.samples().resolve("thong-bao-utf16.txt"), in.resolve("thong-bao.txt"));
        Path csv = work.resolve("ho-so.csv");

        Cli template = Cli.run("metadata", "template", in, "--out", csv);
        assertEquals(0, template.exitCode(), template::toString);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals("\uFEFF", new String(bytes, 0, 3, StandardCharsets.UTF_8), "a byte-order mark, for Excel");

        List<Map<String, String>> rows = read(csv);
        Map<String, String> report = rows.stream().filter(r -> r.get("path").equals("bao-cao-tong-ket.txt")).findFirst().orElseThrow();
        assertEquals("27", report.get("codeNumber"));
        assertEquals("BC-UBND", report.get("codeNotation"));
        assertEquals("18/12/2024", report.get("issuedDate"));
        assertEquals("14", report.get("typeName"));
        assertEquals("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", report.get("organName"));
        // calibrated on bench/metadata-eval (FieldCalibration): a typed number read from its header block is trusted
        assertTrue(report.get("confidence").matches(".*codeNumber 0\\.9\\d.*"), report.get("confidence"));

        // the clerk fills in what no document says and corrects a subject, as Excel would save it (no leading zero)
        report.put("maintenance", "1");
        report.put("mode", "01");
        report.put("subject", "Báo cáo tổng kết công tác văn thư, lưu trữ năm 2024");
        report.put("signerName", "-");
        write(csv, rows);

        Path out = work.resolve("out");
        Cli convert = Cli.run("convert", in, "--out", out, "--metadata", csv);
        assertEquals(0, convert.exitCode(), convert::toString);
        Path xml = out.resolve("bao-cao-tong-ket.xml");
        SchemaCatalog.schema(SchemaCatalog.Known.TT05_EAD_DOC).newValidator().validate(new StreamSource(xml.toFile()));
        String description = Files.readString(xml, StandardCharsets.UTF_8);
        assertTrue(description.contains("<maintenance>01</maintenance>"), description);
        assertTrue(description.contains("<mode>01</mode>"), description);
        assertTrue(description.contains("<subject>Báo cáo tổng kết công tác văn thư, lưu trữ năm 2024</subject>"), description);
        assertTrue(description.contains("<codeNotation>BC-UBND</codeNotation>"), description);
        SchemaCatalog.schema(SchemaCatalog.Known.PREMIS_3).newValidator()
                .validate(new StreamSource(out.resolve("thong-bao.premis.xml").toFile()));

        // the clerk corrects the sheet again and runs the same command: the correction reaches the document,
        // although the document itself did not change
        report.put("keyword", "văn thư; lưu trữ");
        write(csv, rows);
        Cli again = Cli.run("convert", in, "--out", out, "--metadata", csv);
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(Files.readString(xml, StandardCharsets.UTF_8).contains("<keyword>văn thư; lưu trữ</keyword>"),
                "an edited metadata sheet must not be skipped as 'unchanged'");
    }

    @Test
    void badCellsAreReportedByRowAndColumnAndNothingIsConverted() throws Exception {
        Path csv = work.resolve("bad.csv");
        Files.writeString(csv, "path,typeName,issuedDate,mode,colour\n"
                + "bao-cao-tong-ket.txt,99,31/02/2025,01,\n"
                + "thong-bao-utf16.txt,07,09/06/2025,4,\n", StandardCharsets.UTF_8);
        Path out = work.resolve("out");
        Cli convert = Cli.run("convert", Fixtures.samples().resolve("bao-cao-tong-ket.txt"), "--out", out, "--metadata", csv);
        assertEquals(2, convert.exitCode(), convert::toString);
        assertTrue(convert.err().contains("bad.csv: row 1, column colour: not a TT 05 element"), convert::toString);
        assertTrue(convert.err().contains("bad.csv: row 2, column typeName: '99' is not a code of the TT 05 typeName list"),
                convert::toString);
        assertTrue(convert.err().contains("bad.csv: row 2, column issuedDate: '31/02/2025' is not a real date"), convert::toString);
        assertTrue(convert.err().contains("bad.csv: row 3, column mode: '4' is not a code"), convert::toString);
        assertFalse(Files.exists(out.resolve("bao-cao-tong-ket.pdf")), "nothing converted with a bad metadata file");
    }

    @Test
    void dublinCoreProfileAndDefaultsFile() throws Exception {
        Path defaults = work.resolve("phong.properties");
        Files.writeString(defaults, "# Phông UBND xã Hòa Bình\nmaintenance=01\nmode=01\nfondsCode=H49.64\n", StandardCharsets.UTF_8);
        Path out = work.resolve("out");
        Cli convert = Cli.run("convert", Fixtures.samples().resolve("cong-van-windows-1258.txt"), "--out", out,
                "--profile", "dc", "--metadata-defaults", defaults);
        assertEquals(0, convert.exitCode(), convert::toString);
        Path xml = out.resolve("cong-van-windows-1258.xml");
        SchemaCatalog.schema(SchemaCatalog.Known.SIMPLE_DC).newValidator().validate(new StreamSource(xml.toFile()));
        String dc = Files.readString(xml, StandardCharsets.UTF_8);
        assertTrue(dc.contains("<dc:identifier>607/SNV-VTLT</dc:identifier>"), dc);
        assertTrue(dc.contains("<dc:rights>Công khai</dc:rights>"), dc);

        Cli unknown = Cli.run("convert", Fixtures.samples().resolve("cong-van-windows-1258.txt"), "--out", work.resolve("x"),
                "--profile", "ead3");
        assertEquals(2, unknown.exitCode(), unknown::toString);
    }

    private static List<Map<String, String>> read(Path csv) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            reader.read(); // the byte-order mark
            CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
            for (CSVRecord record : parser) {
                rows.add(new java.util.LinkedHashMap<>(record.toMap()));
            }
        }
        return rows;
    }

    private static void write(Path csv, List<Map<String, String>> rows) throws Exception {
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(rows.get(0).keySet().toArray(String[]::new)).get())) {
            for (Map<String, String> row : rows) {
                printer.printRecord(row.values());
            }
        }
    }
}
