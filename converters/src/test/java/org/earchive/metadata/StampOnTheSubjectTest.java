package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scans of the fourteenth and fifteenth blind halves (issue 18, fresh12: the received stamp printed across the trích
 * yếu; fresh13) as Tesseract read them, where the code written before them wrote a wrong value: the stamp's "Số"
 * label read at the start of the subject's first line and its "ĐẾN" on the row of the subject's wrapped line ("Số
 * Chuyển đổi số ... phát triển chính" written, its last words lost), and a ký hiệu whose last digit OCR read as a mark
 * and dropped. Each with the reading that is still written as before.
 */
class StampOnTheSubjectTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private DocumentMetadata readSure(String text) {
        return extractor.extract(text, TextSource.OCR, OcrReadings.sure(text));
    }

    private static String plan(String... subjectLines) {
        return String.join("\n", "UBND TỈNH ĐẮK LẮK", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "Số : 10/ KH - VPĐKĐĐ",
                "VĂN PHÒNG UBND TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Buôn Ma Thuột, ngày 1 tháng 5 năm 2027", "KẾ HOẠCH", String.join("\n", subjectLines),
                "Ngày: 25/9/2025", "Chuyển: Văn phòng,",
                "Căn cứ Quyết định số 112/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh;");
    }

    /** fresh12-21: "-<TAB>Số Chuyên đổi số ... chính", then "ĐEN<TAB>”” :<TAB>quyền số năm 2027". */
    @Test
    void theStampsLabelAndNameAroundTheSubjectAreNotItsWords() {
        DocumentMetadata metadata = readSure(plan("-\tSố Chuyển đổi số trong cơ quan nhà nước và phát triển chính",
                "ĐEN\t”” :\tquyền số năm 2027"));
        assertEquals("Chuyển đổi số trong cơ quan nhà nước và phát triển chính quyền số năm 2027",
                metadata.valueOrNull(MetadataField.SUBJECT));
        // a subject opening with the word "Số" goes on in lower case: it is the subject's own
        assertEquals("Số hóa tài liệu lưu trữ giai đoạn 2026 - 2030", readSure(plan(
                "Số hóa tài liệu lưu trữ giai đoạn 2026 - 2030")).valueOrNull(MetadataField.SUBJECT));
        assertEquals("Số hóa tài liệu lưu trữ giai đoạn 2026 - 2030", ForeignLines.withoutGluedStamp(
                "Số hóa tài liệu lưu trữ giai đoạn 2026 - 2030"));
        assertEquals("Ban hành Quy chế", ForeignLines.withoutGluedStamp("Số: 19 Ban hành Quy chế"));
    }

    private static String customsPlan(String numberLine) {
        return String.join("\n", "CỤC HẢI QUAN", "CHI CỤC", "HẢI QUAN KHU", "VỰC VI", numberLine,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Móng Cái, ngày 02/06/2027", "KẾ HOẠCH",
                "Thu thập hồ sơ, tài liệu vào Lưu trữ lịch sử năm 2025",
                "Căn cứ Quyết định số 112/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh;");
    }

    /** fresh13-24: "Số : 5/ KH - CCHQKV§", the italic 8 of "CCHQKV8" read as "§" (at 42) and dropped. */
    @Test
    void aKyHieuWhoseLastCharacterOcrReadAsAMarkIsLeftForTheClerk() {
        String read = customsPlan("Số : 5/ KH - CCHQKV§");
        DocumentMetadata metadata = extractor.extract(read, TextSource.OCR,
                OcrReadings.sureExcept(read, Map.of("CCHQKV§", 42)));
        assertEquals(null, metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("5", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        // printed whole, it is written
        String whole = customsPlan("Số : 5/ KH - CCHQKV8");
        assertEquals("KH-CCHQKV8", extractor.extract(whole, TextSource.OCR, OcrReadings.sure(whole))
                .valueOrNull(MetadataField.CODE_NOTATION));
    }
}
