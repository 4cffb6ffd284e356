package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Number and date lines as offices really type them (issue 18, item 2), each in an otherwise clean NĐ 30 header:
 * the field must be read as printed, or left empty, never something else.
 */
class TypingVariantsTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private static String decision(String numberLine, String dateLine) {
        return String.join("\n",
                "ỦY BAN NHÂN DÂN", "TỈNH HÒA BÌNH", "_______", numberLine, "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "_______________", dateLine, "",
                "QUYẾT ĐỊNH", "Về việc thành lập Hội đồng xác định giá trị tài liệu", "_________",
                "Căn cứ Quyết định số 23/2019/QĐ-UBND ngày 13/06/2019 của Ủy ban nhân dân tỉnh;",
                "QUYẾT ĐỊNH:", "Điều 1. Thành lập Hội đồng.", "",
                "Nơi nhận:\tKT. CHỦ TỊCH", "- Như Điều 3;\tPHÓ CHỦ TỊCH", "- Lưu: VT.", "", "Nguyễn Văn Hùng");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Số: 125/QĐ-UBND        | 125  | QĐ-UBND",
            "Số:125/QĐ-UBND         | 125  | QĐ-UBND",
            "Số 125/QĐ-UBND         | 125  | QĐ-UBND",
            "Số : 125/ QĐ - UBND    | 125  | QĐ-UBND",
            "Số: 2858 /QĐ-UBND      | 2858 | QĐ-UBND",
            "Số: 2858 / QĐ-UBND     | 2858 | QĐ-UBND",
            "SỐ: 12/QĐ/UBND         | 12   | QĐ/UBND",
            "Số: 30/2025/QĐ-UBND    | 30   | 2025/QĐ-UBND",
            "Số: 30 / 2025 / QĐ-UBND| 30   | 2025/QĐ-UBND",
            "Số:  05/2026/QĐ-UBND   | 05   | 2026/QĐ-UBND",
            "Số:      /QĐ-UBND      |      | QĐ-UBND",
            "Số: ....../QĐ-UBND     |      | QĐ-UBND",
            "S0: 125/QĐ-UBND        | 125  | QĐ-UBND",
            "Số: 125/QD-UBND        | 125  | QĐ-UBND",
            "Số: l25/QĐ-UBND        |      | QĐ-UBND",
    })
    void numberLines(String numberLine, String number, String notation) {
        DocumentMetadata metadata = extractor.extract(decision(numberLine, "Hòa Bình, ngày 10 tháng 6 năm 2025"));
        assertEquals(number, metadata.valueOrNull(MetadataField.CODE_NUMBER), numberLine);
        assertEquals(notation, metadata.valueOrNull(MetadataField.CODE_NOTATION), numberLine);
        assertEquals("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", metadata.valueOrNull(MetadataField.ORGAN_NAME), numberLine);
        assertEquals("2025-06-10", metadata.valueOrNull(MetadataField.ISSUED_DATE), "the header's date, not the cited one");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hòa Bình, ngày 10 tháng 6 năm 2025         | 2025-06-10",
            "Hòa Bình, ngày 05 tháng 03 năm 2025        | 2025-03-05",
            "Hòa Bình, ngày 5/3/2025                    | 2025-03-05",
            "Hòa Bình, 05/03/2025                       | 2025-03-05",
            "Hòa Bình, ngày      tháng      năm 2025    | ",
            "Hòa Bình, ngày ... tháng ... năm 2025      | ",
            "Hòa Bình, ngày      tháng 01 năm 2026      | ",
            "Hoa Binh, ngay 10 thang 6 nam 2025         | 2025-06-10",
    })
    void dateLines(String dateLine, String date) {
        DocumentMetadata metadata = extractor.extract(decision("Số: 125/QĐ-UBND", dateLine));
        // left blank for the pen: no date at all, and never the "Căn cứ ... ngày 13/06/2019" of the body
        assertEquals(date, metadata.valueOrNull(MetadataField.ISSUED_DATE), dateLine);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Số: 07/TTr-SNV  | TỜ TRÌNH  | 15 | TTr-SNV",
            "Số: 45/BC-UBND  | BÁO CÁO   | 14 | BC-UBND",
            "Số: 9/KH-UBND   | KẾ HOẠCH  | 10 | KH-UBND",
            "Số: 15/2025/NQ-HĐND | NGHỊ QUYẾT | 01 | 2025/NQ-HĐND",
    })
    void typesAndTheirNotations(String numberLine, String title, String type, String notation) {
        String text = decision(numberLine, "Hòa Bình, ngày 10 tháng 6 năm 2025").replace("QUYẾT ĐỊNH\n", title + "\n");
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals(type, metadata.valueOrNull(MetadataField.TYPE_NAME));
        assertEquals(notation, metadata.valueOrNull(MetadataField.CODE_NOTATION));
    }

    @Test
    void partyNumberWithAStrokeLostToOcr() {
        String text = String.join("\n", "ĐẢNG BỘ HUYỆN PHÚ VANG", "ĐẢNG ỦY XÃ PHÚ AN", "*", "Số 27-BC/DU", "",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "Phú An, ngày 18 tháng 12 năm 2024", "", "BÁO CÁO",
                "Kết quả thực hiện công tác văn thư, lưu trữ năm 2024", "Thực hiện Kế hoạch số 15/KH-UBND ...");
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals("27", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("BC/ĐU", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("ĐẢNG ỦY XÃ PHÚ AN", metadata.valueOrNull(MetadataField.ORGAN_NAME));
    }

    @Test
    void theStrokeIsGivenBackOnlyWhereNoOtherAbbreviationIsSpelledSo() {
        assertEquals("QĐ-UBND", NotationStrokes.restore("QD-UBND"));
        assertEquals("2020/NĐ-CP", NotationStrokes.restore("2020/ND-CP"));
        assertEquals("NQ-HĐND", NotationStrokes.restore("NQ-HDND"));
        // "DA" is Dự án as well as Đề án, "HD" Hướng dẫn as well as Hợp đồng: left as read
        assertEquals("DA-UBND", NotationStrokes.restore("DA-UBND"));
        assertEquals("HD-SNV", NotationStrokes.restore("HD-SNV"));
    }

    @Test
    void aTextTypedWithoutDiacriticsKeepsItsBareNotation() {
        DocumentMetadata metadata = extractor.extract(String.join("\n", "UY BAN NHAN DAN", "TINH HOA BINH",
                "So: 125/QD-UBND", "CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc",
                "Hoa Binh, ngay 10 thang 6 nam 2025", "QUYET DINH", "Ve viec thanh lap Hoi dong"));
        assertEquals("QD-UBND", metadata.valueOrNull(MetadataField.CODE_NOTATION));
    }

    @Test
    void aCongVanWhoseOrganAbbreviationSpellsATypeIsStillACongVan() {
        String text = String.join("\n", "UBND THÀNH PHỐ HUẾ", "TRUNG TÂM LƯU TRỮ LỊCH SỬ", "_______", "Số: 68/TTLT-VP",
                "V/v cung cấp thông tin phục vụ", "kiểm tra công tác văn thư", "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Huế, ngày 25 tháng 4 năm 2025", "",
                "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals("22", metadata.valueOrNull(MetadataField.TYPE_NAME), "TTLT here is the organ, not Thông tư liên tịch");
        assertEquals("V/v cung cấp thông tin phục vụ kiểm tra công tác văn thư", metadata.valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void aSubjectMayOpenWithWordsABodyOpensWith() {
        String text = decision("Số: 125/TTr-UBND", "Hòa Bình, ngày 10 tháng 6 năm 2025")
                .replace("QUYẾT ĐỊNH\nVề việc thành lập Hội đồng xác định giá trị tài liệu",
                        "TỜ TRÌNH\nĐề nghị bổ sung kinh phí số hóa tài liệu năm 2025");
        assertEquals("Đề nghị bổ sung kinh phí số hóa tài liệu năm 2025",
                extractor.extract(text).valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void anOrganWrappedAfterVaGoesOnWhateverWordFollows() {
        String text = decision("Số: 68/QĐ-VP", "Hải Châu, ngày 25 tháng 4 năm 2025")
                .replace("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH", "UBND QUẬN HẢI CHÂU\nVĂN PHÒNG HĐND VÀ\nUBND");
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals("VĂN PHÒNG HĐND VÀ UBND", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("UBND QUẬN HẢI CHÂU", metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
    }

    @Test
    void valuesReadByOcrThatLookMisreadAreLeftForTheClerk() {
        String ocr = decision("Số: 125/QĐ-UBND", "Bắc Ninh, ngày 10 tháng 6 năm 2025")
                .replace("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH", "CỤC THUẾ TỈNH BẮCNINH");
        DocumentMetadata metadata = extractor.extract(ocr, TextSource.OCR);
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME), "an organ OCR misread is not written");
        assertTrue(metadata.withheld().containsKey(MetadataField.ORGAN_NAME), "it is flagged for the clerk");
        assertTrue(metadata.withheld().get(MetadataField.ORGAN_NAME).confidence() < FieldCalibration.THRESHOLD);
        assertEquals("125", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("OCR text, clean", metadata.field(MetadataField.CODE_NUMBER).orElseThrow().evidence());
        // the same typed text is trusted: typed letters are not misread
        DocumentMetadata typed = extractor.extract(ocr.replace("BẮCNINH", "BẮC NINH"), TextSource.TYPED);
        assertEquals("CỤC THUẾ TỈNH BẮC NINH", typed.valueOrNull(MetadataField.ORGAN_NAME));
        assertFalse(typed.withheld().containsKey(MetadataField.ORGAN_NAME));
    }

    @Test
    void ocrTokensThatNoClerkWouldPrint() {
        assertEquals(0, OcrTokens.suspicious("ỦY BAN NHÂN DÂN XÃ BÌNH MINH"));
        assertEquals(0, OcrTokens.suspicious("V/v hướng dẫn lập hồ sơ và nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan"));
        assertEquals(0, OcrTokens.suspicious("VĂN PHÒNG HĐND VÀ UBND"));
        assertTrue(OcrTokens.suspicious("ỦY BAN NHÂN DÂN XÃBÌNH MINH") > 0, "two words glued");
        assertTrue(OcrTokens.suspicious("TRUNG TÂM LƯU TRỮ LỊCH SỬ QÐ - TTLT SẺ") > 0,
                "a letter Vietnamese is not spelt with (the Icelandic eth for Đ): a number line read into the name");
        assertEquals(0, OcrTokens.suspicious("TRUNG TÂM LƯU TRỮ LỊCH SỬ"));
        assertTrue(OcrTokens.suspicious("ỦY BAN NHÂN DAN PHƯỜNG AN HÒA") > 0, "DÂN without its mark");
        assertTrue(OcrTokens.suspicious("PHÒNG TÀI CHÍNH - KE HOẠCH") > 0, "KẾ HOẠCH without its mark");
        assertTrue(OcrTokens.suspicious("VAN PHcQuy:định nước chi") > 0, "letters and marks mixed");
        assertTrue(OcrTokens.suspicious("ầu tư công trung hạn") > 0, "a line cut mid-word");
        // "TĨNH" is "TỈNH" misread, but Hà Tĩnh is printed so
        assertTrue(OcrTokens.suspicious("CỤC THUẾ TĨNH BẮC NINH") > 0, "TĨNH for TỈNH");
        assertTrue(OcrTokens.suspicious("ỦY BAN NHÂN DÂN THÀNH PHO HỘI AN") > 0, "PHỐ without its mark");
        assertTrue(OcrTokens.suspicious("CHI CỤC THUẾ KHU VỤC VINH") > 0, "VỰC with another mark");
        assertEquals(0, OcrTokens.suspicious("CHI CỤC THUẾ KHU VỰC VINH - NGHI LỘC"));
        assertEquals(0, OcrTokens.suspicious("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"));
        assertEquals(0, OcrTokens.suspicious("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÀ TĨNH"));
    }

    @Test
    void aRealSyllableOneLookAlikeLetterFromATermIsAMisreading() {
        // "biện" is a syllable and Tesseract was sure of it, but "thực biện" is "thực hiện" with h read as b
        assertTrue(OcrTokens.suspicious("V/v đôn đốc thực biện số hóa tài liệu lưu trữ") > 0, "thực biện");
        assertTrue(OcrTokens.suspicious("Kết quả kiếm tra công tác văn thu") > 0, "văn thu: ư lost its hook");
        assertTrue(OcrTokens.suspicious("Về việc thành lập Hội đồng xác định giá trị tài lieu") > 0, "lieu");
        assertTrue(OcrTokens.suspicious("Triển khai số hóa tài liệu lưu trừ") > 0, "lưu trừ");
        assertTrue(OcrTokens.suspicious("Tổ chức kiểm tra công tác văn thư, lưu trữ tại Trung tân") > 0, "Trung tân");
        assertEquals(0, OcrTokens.suspicious("V/v đôn đốc thực hiện số hóa tài liệu lưu trữ"));
        assertTrue(OcrTokens.suspicious("Về việc thêng qua Đề án phát triển lưu trữ số") > 0, "thêng qua");
        assertTrue(OcrTokens.suspicious("V/v triển khai chữ ký sỐ trong gửi nhận văn bản") > 0, "a capital inside a word");
        assertEquals(0, OcrTokens.suspicious("Số: 125/TTr-BVTN về việc V/v"));
        // a real pair one letter from a term, but not by letters print confuses, is left alone
        assertEquals(0, OcrTokens.suspicious("Giáo dục tinh thần nhân văn cho học sinh"));
        assertEquals(0, OcrTokens.suspicious("Hỗ trợ nhân đạo cho các hộ gia đình"));
        assertTrue(OcrTokens.oneLetterMisread("bien", "hien"));
        assertFalse(OcrTokens.oneLetterMisread("van", "dan"));
        assertFalse(OcrTokens.oneLetterMisread("hien", "hien"));
    }
}
