package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The hồ sơ-level description: 18 elements in TT 05's order, checked like their document-level twins. */
class FileDescriptionWriterTest {

    @Test
    void aFileDescriptionValidatesWithItsElementsInOrder() throws Exception {
        Map<FileField, String> values = new EnumMap<>(FileField.class);
        values.put(FileField.FILE_CODE, "H49.64.33.2025.160");
        values.put(FileField.TITLE, "Hồ sơ số hóa tài liệu lưu trữ năm 2025");
        values.put(FileField.MAINTENANCE, FileField.MAINTENANCE.check("Vĩnh viễn").value());
        values.put(FileField.START_DATE, FileField.START_DATE.check("05/02/2025").value());
        values.put(FileField.END_DATE, FileField.END_DATE.check("2025-06-09").value());
        values.put(FileField.TOTAL_DOC, "3");
        String xml = new String(new FileDescriptionWriter().write(values), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<maintenance>01</maintenance>"), xml);
        assertTrue(xml.contains("<startDate>05/02/2025</startDate>"), xml);
        assertTrue(xml.indexOf("<fileCode>") < xml.indexOf("<title>") && xml.indexOf("<riskRecoveryStatus/>") < xml.indexOf("<description/>"), xml);
        assertEquals(18, xml.split("\n").length - 3, "18 elements between the root's tags");
    }

    @Test
    void badValuesAreRefusedBeforeAnyXml() throws Exception {
        assertFalse(FileField.MODE.check("7").ok());
        assertFalse(FileField.START_DATE.check("32/01/2025").ok());
        Map<FileField, String> unchecked = new EnumMap<>(FileField.class);
        unchecked.put(FileField.TOTAL_DOC, "0");
        assertThrows(SAXException.class, () -> new FileDescriptionWriter().write(unchecked), "the schema is the last guard");
    }
}
