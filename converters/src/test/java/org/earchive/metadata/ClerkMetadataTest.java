package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clerk's CSV and defaults: what they override, and every bad cell named by row and column. */
class ClerkMetadataTest {

    @TempDir
    Path work;

    @Test
    void codeListsAreTheDataFilesOfTt05() {
        CodeList types = CodeList.named("typeName");
        assertEquals(32, types.codes().size());
        assertEquals("Quyết định", types.label("02").orElseThrow());
        assertEquals("Khác", types.label("32").orElseThrow(), "later rows never rename a code");
        assertEquals("32", types.byName("NGHỊ ĐỊNH").orElseThrow().code());
        assertEquals("02", types.resolve("quyet dinh").orElseThrow(), "names without diacritics");
        assertEquals("02", types.resolve("2").orElseThrow(), "a code whose zero a spreadsheet dropped");
        assertTrue(types.resolve("33").isEmpty());
        assertEquals(List.of("01", "02", "03"), CodeList.named("mode").codes());
        assertEquals(11, CodeList.named("language").codes().size());
        assertEquals(7, CodeList.named("maintenance").codes().size());
    }

    @Test
    void fieldChecks() {
        assertEquals("2025-03-12", FieldCheck.of(MetadataField.ISSUED_DATE, "12/3/2025").value());
        assertEquals("2025-03-12", FieldCheck.of(MetadataField.ISSUED_DATE, "2025-03-12").value());
        assertEquals("'30/02/2025' is not a real date", FieldCheck.of(MetadataField.ISSUED_DATE, "30/02/2025").problem());
        assertFalse(FieldCheck.of(MetadataField.CODE_NOTATION, "x".repeat(31)).ok());
        assertTrue(FieldCheck.of(MetadataField.CODE_NOTATION, "x".repeat(30)).ok());
        assertEquals("05", FieldCheck.of(MetadataField.CODE_NUMBER, "05").value(), "số keeps its leading zero");
        assertEquals("true", FieldCheck.of(MetadataField.PROCESS, "có").value());
        assertFalse(FieldCheck.of(MetadataField.NUMBER_OF_PAGE, "0").ok());
        assertEquals("01", FieldCheck.of(MetadataField.MAINTENANCE, "Vĩnh viễn").value());
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumn() throws Exception {
        Path csv = work.resolve("ho-so.csv");
        Files.writeString(csv, "\uFEFFpath,typeName,CodeNumber,issuedDate,language,mausac\n"
                + "a.txt,02,125,12/03/2025,01,\n"
                + "b.txt,40,123456789012,2025-13-01,vi,\n"
                + "a.txt,02,,,,\n"
                + ",02,,,,\n", StandardCharsets.UTF_8);
        MetadataInputException e = assertThrows(MetadataInputException.class, () -> ClerkMetadata.read(csv, null));
        List<String> errors = e.errors().stream().map(CellError::toString).toList();
        assertEquals(List.of(
                "ho-so.csv: row 1, column mausac: not a TT 05 element earchive knows",
                "ho-so.csv: row 3, column typeName: '40' is not a code of the TT 05 typeName list (" + typeCodes() + ")",
                "ho-so.csv: row 3, column CodeNumber: is 12 characters long; TT 05 allows at most 11",
                "ho-so.csv: row 3, column issuedDate: '2025-13-01' is not a real date",
                "ho-so.csv: row 3, column language: 'vi' is not a code of the TT 05 language list (" + languageCodes() + ")",
                "ho-so.csv: row 4, column path: 'a.txt' is already on row 2",
                "ho-so.csv: row 5, column path: empty: each row must name its input file"), errors);
    }

    @Test
    void clerkValuesOverrideTextDefaultsFillTheGapsAndADashClears() throws Exception {
        Path csv = work.resolve("ho-so.csv");
        Files.writeString(csv, "path,subject,signerName,maintenance,PageAmount\n"
                + "./scans\\bao-cao.txt,Báo cáo năm 2024,-,,3\n", StandardCharsets.UTF_8);
        Path defaults = work.resolve("phong.properties");
        Files.writeString(defaults, "\uFEFF# defaults\nmaintenance = 04\nmode=1\nOrganId=H49.64\n", StandardCharsets.UTF_8);
        ClerkMetadata clerk = ClerkMetadata.read(csv, defaults);

        DocumentMetadata metadata = new MetadataExtractor().extract(Fixtures.sourceText("bao-cao-tong-ket.txt"));
        clerk.applyTo(metadata, "scans/bao-cao.txt");
        assertEquals("Báo cáo năm 2024", metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals(FieldValue.Origin.CLERK, metadata.field(MetadataField.SUBJECT).orElseThrow().origin());
        assertEquals(null, metadata.valueOrNull(MetadataField.SIGNER_NAME), "'-' removes what was read");
        assertEquals("04", metadata.valueOrNull(MetadataField.MAINTENANCE), "an empty cell keeps the default");
        assertEquals("01", metadata.valueOrNull(MetadataField.MODE));
        assertEquals("H49.64", metadata.valueOrNull(MetadataField.FONDS_CODE), "TT 02 names are accepted");
        assertEquals("3", metadata.valueOrNull(MetadataField.NUMBER_OF_PAGE));
        assertEquals("27", metadata.valueOrNull(MetadataField.CODE_NUMBER), "what the clerk left alone stays");
    }

    @Test
    void theTemplateReadsBackAsTheSameValues() throws Exception {
        DocumentMetadata extracted = new MetadataExtractor().extract(Fixtures.sourceText("thong-bao.txt"));
        Path csv = work.resolve("template.csv");
        new MetadataTemplate().write(List.of(new MetadataTemplate.Row("thong-bao.txt", extracted)), csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark");

        DocumentMetadata roundTrip = new DocumentMetadata();
        ClerkMetadata.read(csv, null).applyTo(roundTrip, "thong-bao.txt");
        for (MetadataField field : MetadataTemplate.columns()) {
            assertEquals(extracted.valueOrNull(field), roundTrip.valueOrNull(field), field.element());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MetadataTemplate().write(List.of(new MetadataTemplate.Row("thong-bao.txt", extracted)), out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("09/06/2025"), "dates as TT 05 writes them");
    }

    private static String typeCodes() {
        return FieldCheck.of(MetadataField.TYPE_NAME, "40").problem().replaceFirst(".*list \\((.*)\\)$", "$1");
    }

    private static String languageCodes() {
        return FieldCheck.of(MetadataField.LANGUAGE, "vi").problem().replaceFirst(".*list \\((.*)\\)$", "$1");
    }
}
