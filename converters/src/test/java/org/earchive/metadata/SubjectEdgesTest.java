package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A subject opens with a word and ends before the addressee's line: OCR's debris at either end is taken off. */
class SubjectEdgesTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the rule under the type name, or specks, read as marks before the subject
            "-.--Quy định mức chi bảo đảm cho công tác lưu trữ       | Quy định mức chi bảo đảm cho công tác lưu trữ",
            "__ Về việc thông qua Đề án phát triển lưu trữ số         | Về việc thông qua Đề án phát triển lưu trữ số",
            "„Tổ chức kiểm tra công tác văn thư, lưu trữ năm 2025    | Tổ chức kiểm tra công tác văn thư, lưu trữ năm 2025",
            "_.... Về kế hoạch đầu tư công trung hạn                  | Về kế hoạch đầu tư công trung hạn",
            // a công văn's V/v with the addressee's line read into it
            "V/v triển khai chữ ký số trong gửi nhận văn bản điện tử “-“- Kính gửi: Các cơ quan, đơn vị trực thuộc."
                    + " | V/v triển khai chữ ký số trong gửi nhận văn bản điện tử",
            "V/v đôn đốc thực hiện số hóa tài liệu lưu trữ Kính gửi: Sở Nội vụ | V/v đôn đốc thực hiện số hóa tài liệu lưu trữ",
            // left as printed: quotes and brackets around a name, a closing quote, no debris
            "“Số hóa tài liệu lưu trữ” giai đoạn 2026 - 2030          | “Số hóa tài liệu lưu trữ” giai đoạn 2026 - 2030",
            "Về việc phê duyệt Đề án “Số hóa tài liệu lưu trữ”        | Về việc phê duyệt Đề án “Số hóa tài liệu lưu trữ”",
            "Ban hành Quy chế tiếp nhận văn bản đến (sửa đổi, bổ sung) | Ban hành Quy chế tiếp nhận văn bản đến (sửa đổi, bổ sung)",
            "V/v hướng dẫn lập hồ sơ và nộp lưu hồ sơ, tài liệu       | V/v hướng dẫn lập hồ sơ và nộp lưu hồ sơ, tài liệu",
    })
    void debrisAtTheEndsIsTakenOff(String read, String subject) {
        assertEquals(subject, SubjectEdges.trim(read));
    }

    @Test
    void aVvWhoseColumnGoesOnPastALineItCannotJoinIsLeftForTheClerk() {
        // the V/v's second line "vụ lưu trữ năm 2025" read as "._ Vụ lưu" / "trữ năm 2025" below the right column:
        // "V/v đăng ký nhu cầu đào tạo nghiệp" is cut short, however sure Tesseract was of its words
        String text = String.join("\n", "ỦY BAN NHÂN DÂN TỈNH", "LÀO CAI", "Số:3647/UBND-VP",
                "V/v đăng ký nhu cầu đào tạo nghiệp", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Lào Cai, ngày 15/09/2024", "._ Vụ lưu", "trữ năm 2025", "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        java.util.List<org.earchive.core.OcrWords.Word> words = new java.util.ArrayList<>();
        for (String word : text.split("\\s+")) {
            words.add(new org.earchive.core.OcrWords.Word(word, 95));
        }
        DocumentMetadata metadata = extractor.extract(text, TextSource.OCR, new org.earchive.core.OcrWords(words));
        assertEquals(null, metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals("V/v đăng ký nhu cầu đào tạo nghiệp", metadata.withheld().get(MetadataField.SUBJECT).value());
        // the same V/v ending where its column ends, at the addressee's line, is written
        DocumentMetadata whole = extractor.extract(text.replace("._ Vụ lưu\ntrữ năm 2025\n", ""), TextSource.OCR,
                new org.earchive.core.OcrWords(words));
        assertEquals("V/v đăng ký nhu cầu đào tạo nghiệp", whole.valueOrNull(MetadataField.SUBJECT));
        // typed text so cut is left for the clerk too (issue 18, eleventh session: a typed V/v found cut was written)
        DocumentMetadata typed = extractor.extract(text);
        assertEquals(null, typed.valueOrNull(MetadataField.SUBJECT));
        assertEquals("V/v đăng ký nhu cầu đào tạo nghiệp", typed.withheld().get(MetadataField.SUBJECT).value());
    }

    @Test
    void aScansSubjectUnderARuleReadAsMarksIsTheSubject() {
        String text = String.join("\n", "HỘI ĐỒNG NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 12/2025/NQ-HĐND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghệ An, ngày 09 tháng 9 năm 2025",
                "NGHỊ QUYẾT", "__ Về việc thông qua Đề án phát triển lưu trữ số đến năm 2030", "—————",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        DocumentMetadata metadata = extractor.extract(text, TextSource.OCR);
        assertEquals("Về việc thông qua Đề án phát triển lưu trữ số đến năm 2030",
                metadata.field(MetadataField.SUBJECT).orElse(metadata.withheld().get(MetadataField.SUBJECT)).value());
    }

    /**
     * A công văn typed into a workbook's cells beside a column of line numbers: each number is a cell of its own, read
     * as a line between the header and the addressee. A number alone does not cut the V/v short (it did, and the
     * subject of fixtures/legacy/so-cong-van-tcvn3.xlsx was withheld).
     */
    @Test
    void aWorkbooksLineNumbersDoNotCutAVvShort() {
        String text = String.join("\n", "SỞ NỘI VỤ TỈNH HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 607/SNV-VTLT", "V/v hướng dẫn số hóa tài liệu lưu trữ năm 2025",
                "Hòa Bình, ngày 05 tháng 02 năm 2025", "", "7\tKính gửi: Ủy ban nhân dân các xã, phường, thị trấn.",
                "8\tĐể thống nhất việc số hóa tài liệu lưu trữ trên địa bàn");
        assertEquals("V/v hướng dẫn số hóa tài liệu lưu trữ năm 2025",
                extractor.extract(text).valueOrNull(MetadataField.SUBJECT));
        // the same rows as Tika reads the workbook, each row's number before its cells
        String rows = String.join("\n", "4\tSố: 607/SNV-VTLT", "5\tV/v hướng dẫn số hóa tài liệu lưu trữ năm 2025",
                "6\tHòa Bình, ngày 05 tháng 02 năm 2025", "7\tKính gửi: Ủy ban nhân dân các xã, phường, thị trấn.");
        assertEquals("V/v hướng dẫn số hóa tài liệu lưu trữ năm 2025",
                extractor.extract("SỞ NỘI VỤ TỈNH HÒA BÌNH\n" + rows).valueOrNull(MetadataField.SUBJECT));
        // capitals there (the received stamp's name) still cut it
        assertEquals(null, extractor.extract(text.replace("7\tKính gửi", "VĂN PHÒNG\nKính gửi"))
                .valueOrNull(MetadataField.SUBJECT));
    }
}
