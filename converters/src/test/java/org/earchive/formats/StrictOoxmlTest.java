package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictOoxmlTest {

    @TempDir
    Path work;

    @Test
    void eachStrictNameBecomesItsTransitionalTwin() {
        Map<String, String> twins = Map.of(
                "http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                "http://purl.oclc.org/ooxml/officeDocument/relationships",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
                "http://purl.oclc.org/ooxml/officeDocument/customProperties",
                "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
                "http://purl.oclc.org/ooxml/drawingml/chart", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        twins.forEach((strict, transitional) -> assertEquals(transitional, StrictOoxml.transitionalName(strict)));
        String transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        assertEquals(transitional, StrictOoxml.transitionalName(transitional));
    }

    /**
     * A workbook saved as Strict (here: one POI wrote, its names turned to Strict's as Excel's "Strict Open XML"
     * writes them): POI refuses it; the copy earchive reads is, part for part, the workbook before it was turned.
     */
    @Test
    void aStrictWorkbooksCopyIsTheTransitionalWorkbookPartForPart() throws Exception {
        Path transitional = work.resolve("so-cong-van.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(transitional)) {
            workbook.createSheet("Sổ công văn đến").createRow(0).createCell(0).setCellValue("Công văn số 12/UBND-VP");
            workbook.getProperties().getExtendedProperties().setApplication("Microsoft Excel");
            workbook.write(out);
        }
        Path strict = work.resolve("strict.xlsx");
        rewrite(transitional, strict, StrictOoxmlTest::toStrict);
        assertTrue(StrictOoxml.isStrict(strict));
        assertFalse(StrictOoxml.isStrict(transitional));
        assertThrows(Exception.class, () -> WorkbookFactory.create(strict.toFile(), null, true).close(),
                "POI refuses Strict OOXML (its bug 57699): the reason for the copy");

        Path copy;
        try (StrictOoxml.Readable readable = StrictOoxml.readable(strict)) {
            assertTrue(readable.copy());
            copy = readable.path();
            assertEquals(parts(transitional), parts(copy));
            try (Workbook workbook = WorkbookFactory.create(copy.toFile(), null, true)) {
                assertEquals("Công văn số 12/UBND-VP", workbook.getSheet("Sổ công văn đến").getRow(0).getCell(0).getStringCellValue());
            }
        }
        assertFalse(Files.exists(copy), "the copy is deleted on close");
        try (StrictOoxml.Readable readable = StrictOoxml.readable(transitional)) {
            assertFalse(readable.copy());
            assertEquals(transitional, readable.path());
        }
    }

    /**
     * Parts are renamed in chunks: a name that a chunk's end cuts in two, or whose quote ends the chunk before, is
     * renamed whole all the same. A Strict name in the text itself (not an attribute's whole value) is the
     * document's words and stays.
     */
    @Test
    void namesAreRenamedWholeWhereverAChunkEndsAndTheDocumentsOwnTextIsNotTouched() throws Exception {
        String name = "http://purl.oclc.org/ooxml/drawingml/main";
        for (int at = 65_536 - 50; at <= 65_536 + 2; at++) {
            StringBuilder xml = new StringBuilder("<a:theme xmlns:a=\"" + name + "\"><a:t>");
            xml.append("x".repeat(at - xml.length() - "<b r=\"".length())).append("<b r=\"").append(name).append("\"/>");
            xml.append("<a:t>see http://purl.oclc.org/ooxml/drawingml/main for the schema</a:t></a:t></a:theme>");
            Path zip = work.resolve("theme" + at + ".xlsx");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry("xl/theme/theme1.xml"));
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            Path copy = work.resolve("copy" + at + ".xlsx");
            StrictOoxml.writeTransitional(zip, copy);
            String renamed = parts(copy).get("xl/theme/theme1.xml");
            String expected = xml.toString().replace("\"" + name + "\"",
                    "\"http://schemas.openxmlformats.org/drawingml/2006/main\"");
            assertEquals(expected, renamed, "name placed at " + at);
            assertTrue(renamed.contains("see http://purl.oclc.org/ooxml/drawingml/main for the schema"));
        }
    }

    /** Every Transitional name in a part turned to Strict's: the inverse of what earchive does, for the tests. */
    private static String toStrict(String xml) {
        Matcher matcher = Pattern.compile("\"http://schemas\\.openxmlformats\\.org/([A-Za-z]+)/2006/([A-Za-z-]+)(/[A-Za-z-]+)?\"")
                .matcher(xml);
        StringBuilder strict = new StringBuilder();
        while (matcher.find()) {
            String kind = matcher.group(3) == null ? "" : strictSpelling(matcher.group(3));
            String replacement = matcher.group(1).equals("package") ? matcher.group()
                    : "\"http://purl.oclc.org/ooxml/" + matcher.group(1) + "/" + strictSpelling(matcher.group(2)) + kind + "\"";
            matcher.appendReplacement(strict, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(strict).toString();
    }

    private static String strictSpelling(String name) {
        return name.replace("extended-properties", "extendedProperties").replace("custom-properties", "customProperties");
    }

    private interface PartRewrite {
        String apply(String xml);
    }

    private static void rewrite(Path from, Path to, PartRewrite rewrite) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (Map.Entry<String, String> part : parts(from).entrySet()) {
                out.putNextEntry(new ZipEntry(part.getKey()));
                out.write(rewrite.apply(part.getValue()).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static Map<String, String> parts(Path zip) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }
}
