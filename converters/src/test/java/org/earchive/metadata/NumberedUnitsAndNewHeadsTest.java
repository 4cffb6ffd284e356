package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * fresh15 (fifteenth session, scored blind with main's code): "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4" wrapped before its number
 * was written as "SỐ 4" (its folded letters spell "SỞ", a department's head), typed and scanned alike; "CHI NHÁNH ..."
 * under its bank, "HẠT KIỂM LÂM ..." under its sub-department and "ĐỘI ..." opened no organ the extractor knew, so they
 * were read as the rest of their parent's name. Headers typed bold throughout, as many offices type them with tabs (no
 * weight tells the parent there).
 */
class NumberedUnitsAndNewHeadsTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private static String header(String organLines) {
        String[] organ = organLines.split(" / ");
        String[] right = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "____________"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.max(organ.length, right.length); i++) {
            text.append(i < organ.length ? organ[i] : "").append('\t').append(i < right.length ? right[i] : "").append('\n');
        }
        return text + "Số: 508/QĐ-ĐQLTT4\tKiến Xương, ngày 19 tháng 9 năm 2027\n\nQUYẾT ĐỊNH\n"
                + "Về việc xử phạt vi phạm hành chính trong kinh doanh hàng hóa nhập lậu\n_________\n"
                + "Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012;\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a number's "SỐ" ends the name above it: no "SỞ" is followed by a number
            "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH HƯNG YÊN / ĐỘI QUẢN LÝ THỊ TRƯỜNG / SỐ 4|ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 4",
            "SỞ TƯ PHÁP TỈNH SÓC TRĂNG / PHÒNG CÔNG CHỨNG / SỐ 1|PHÒNG CÔNG CHỨNG SỐ 1",
            // control: "SỞ" with its name is a department under its province
            "UBND TỈNH SÓC TRĂNG / SỞ TƯ PHÁP|SỞ TƯ PHÁP",
            "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI / CHI NHÁNH TỈNH TUYÊN QUANG|CHI NHÁNH TỈNH TUYÊN QUANG",
            "CHI CỤC KIỂM LÂM TỈNH LÀO CAI / HẠT KIỂM LÂM KHU VỰC VĂN CHẤN|HẠT KIỂM LÂM KHU VỰC VĂN CHẤN",
            // control: "ĐỐI" spells "ĐỘI" without its marks, and goes on with the name above it
            "TỈNH ỦY QUẢNG TRỊ / BAN CHỈ ĐẠO CÔNG TÁC / ĐỐI NGOẠI|BAN CHỈ ĐẠO CÔNG TÁC ĐỐI NGOẠI",
            // fresh14's heads, typed bold throughout (a scan's text has no weights either)
            "UBND TỈNH NINH BÌNH / QUỸ PHÁT TRIỂN ĐẤT|QUỸ PHÁT TRIỂN ĐẤT",
            "UBND TỈNH LÀO CAI / BÁO VÀ PHÁT THANH, TRUYỀN / HÌNH LÀO CAI|BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÀO CAI",
            "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / VƯỜN QUỐC GIA CÚC PHƯƠNG|VƯỜN QUỐC GIA CÚC PHƯƠNG"})
    void theIssuerUnderItsParentIsReadWhole(String organLines, String issuer) {
        assertEquals(issuer, extractor.extract(header(organLines)).valueOrNull(MetadataField.ORGAN_NAME));
    }

    /** fresh14-13: "BẮC" of a region read as "BÁC" (an uncle), in a name Tesseract was sure of. */
    @org.junit.jupiter.api.Test
    void aRegionsNameReadWithAnotherMarkIsMended() {
        String ocr = header("BỘ TÀI CHÍNH / CỤC DỰ TRỮ NHÀ NƯỚC / KHU VỰC BÁC TÂY NGUYÊN");
        DocumentMetadata metadata = extractor.extract(ocr, TextSource.OCR, OcrReadings.sure(ocr));
        assertEquals("CỤC DỰ TRỮ NHÀ NƯỚC KHU VỰC BẮC TÂY NGUYÊN", metadata.valueOrNull(MetadataField.ORGAN_NAME));
    }
}
