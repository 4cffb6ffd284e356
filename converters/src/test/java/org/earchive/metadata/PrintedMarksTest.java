package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.earchive.core.OcrWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A subject or organ's name read by OCR holding a mark no clerk prints there is a misreading, however sure Tesseract
 * was of its words: the fresh blind set's one confident wrong value was "văn thư; lưu trữ" for "văn thư, lưu trữ".
 */
class PrintedMarksTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    @ParameterizedTest
    @ValueSource(strings = {
            "Ban hành Quy chế công tác văn thư, lưu trữ của cơ quan",
            "V/v hướng dẫn lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan",
            "V/v: góp ý dự thảo Quy chế quản lý văn bản điện tử",
            "Triển khai số hóa tài liệu lưu trữ giai đoạn 2025 - 2030",
            "Về việc công nhận kết quả kiểm kê tài liệu tại Chi cục Văn thư – Lưu trữ",
            "Về việc ban hành tài liệu chuyên môn “Hướng dẫn chẩn đoán và điều trị bệnh sốt xuất huyết Dengue”",
            "Hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP (sửa đổi)",
            "Về việc giao chỉ tiêu tăng 5% số hồ sơ số hóa tại TP. Hồ Chí Minh",
            "Quy định mức chi 1.000 đồng mỗi trang tài liệu",
            "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH",
            "PHÒNG TÀI CHÍNH - KẾ HOẠCH",
    })
    void marksASubjectOrNameIsPrintedWith(String printed) {
        assertFalse(PrintedMarks.unprinted(printed), printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ban hành Quy chế công tác văn thư; lưu trữ của cơ quan",   // a comma read as a semicolon
            "Kết quả thực hiện công tác văn thư: lưu trữ năm 2024",       // a colon past V/v
            "Tổ chức kiểm tra công tác văn thư. lưu trữ năm 2025",        // a full stop inside the phrase
            "Phê duyệt Danh mục hồ sơ năm 2025.",                         // a full stop ending it
            "Về việc hủy tài liệu hết giá trị |",                         // a stroke of the stamp's frame
            "Về việc hủy tài liệu hết_giá trị",
            "Về việc kiện toàn Ban Chỉ đạo chuyển đổi số'",
            "ỦY BAN NHÂN DÂN XÃ BÌNH MINH;",
    })
    void marksNoneIsPrintedWith(String read) {
        assertTrue(PrintedMarks.unprinted(read), read);
    }

    @Test
    void aSubjectWithASemicolonIsWithheldThoughEveryWordWasSure() {
        String subject = "Ban hành Quy chế công tác văn thư; lưu trữ của cơ quan";
        String text = String.join("\n", "UBND TỈNH QUẢNG NAM", "SỞ NỘI VỤ", "Số: 125/QĐ-SNV",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Nam, ngày 09 tháng 9 năm 2025",
                "QUYẾT ĐỊNH", subject, "—————", "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        List<OcrWords.Word> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            words.add(new OcrWords.Word(word, 96));
        }
        DocumentMetadata metadata = extractor.extract(text, TextSource.OCR, new OcrWords(words));
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT), "not written");
        assertEquals(subject, metadata.withheld().get(MetadataField.SUBJECT).value(), "left for the clerk");
        DocumentMetadata comma = extractor.extract(text.replace("thư;", "thư,"), TextSource.OCR,
                new OcrWords(words.stream().map(w -> new OcrWords.Word(w.text().replace("thư;", "thư,"), 96)).toList()));
        assertEquals(subject.replace(';', ','), comma.valueOrNull(MetadataField.SUBJECT), "the comma as printed is written");
    }
}
