package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scans of the thirteenth blind half (issue 18, fresh11) as Tesseract read them, where main's code wrote a wrong
 * value: a land registry's "ĐẤT ĐAI" read "ĐẤT ĐẠI", a regional office's numeral read "XI" for "XII" (at confidence 0)
 * or lost ("KHU VỰC" / "xI"), a ký hiệu "TT-..." (Thông tư) under the title "TỜ TRÌNH" (the "r" of "TTr" lost), and a
 * trích yếu whose last words, a proper name, OCR read after the received stamp's name. Each with the reading that is
 * written.
 */
class NumeralsTypesAndStampNamesTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private DocumentMetadata readSure(String text) {
        return extractor.extract(text, TextSource.OCR, OcrReadings.sure(text));
    }

    private static String plan(String parent, String organ, String number) {
        return String.join("\n", parent, organ, number, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Hạ Long, ngày 12 tháng 9 năm 2026", "KẾ HOẠCH", "Triển khai số hóa tài liệu lưu trữ giai đoạn 2025 - 2030",
                "Căn cứ Quyết định số 112/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh;");
    }

    /** fresh11-06: "ĐẠI" (Tesseract 59) for the "ĐAI" of "ĐẤT ĐAI", a term of a land registry's name. */
    @Test
    void aLandRegistrysTermIsSpeltAsPrinted() {
        DocumentMetadata metadata = readSure(plan("UBND TỈNH ĐẮK LẮK", "VĂN PHÒNG ĐĂNG KÝ ĐẤT\nĐẠI", "Số: 3060 /KH-VPĐKĐĐ"));
        assertEquals("VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", metadata.valueOrNull(MetadataField.ORGAN_NAME));
    }

    /** fresh11-08 and -17: the numeral that names the region read "XI" at confidence 0, or lost to the next line. */
    @Test
    void aRegionsNumeralReadUnsureOrLostLeavesTheNameForTheClerk() {
        String text = plan("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI KHU VỰC\nXI", "Số 72/KH-BHXHKV12");
        DocumentMetadata metadata = extractor.extract(text, TextSource.OCR, OcrReadings.sureExcept(text, Map.of("XI", 0)));
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("BẢO HIỂM XÃ HỘI KHU VỰC XI", metadata.withheld().get(MetadataField.ORGAN_NAME).value());
        assertNull(readSure(plan("BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI KHU VỰC\nxI", "Số 2377/KH-BHXHKV12"))
                .valueOrNull(MetadataField.ORGAN_NAME));
        // the numeral read sure is written; a number in digits read under 90 is left to the name's other checks
        assertEquals("BẢO HIỂM XÃ HỘI KHU VỰC XI", readSure(text).valueOrNull(MetadataField.ORGAN_NAME));
        String notary = plan("SỞ TƯ PHÁP TỈNH SÓC TRĂNG", "PHÒNG CÔNG CHỨNG SỐ 1", "Số: 41/KH-PCC1");
        assertEquals("PHÒNG CÔNG CHỨNG SỐ 1", extractor.extract(notary, TextSource.OCR,
                OcrReadings.sureExcept(notary, Map.of("1", 70))).valueOrNull(MetadataField.ORGAN_NAME));
    }

    private static String submission(String numberLine) {
        return String.join("\n", "UBND TỈNH GIA LAI", "TRUNG TÂM XÚC TIẾN ĐẦU", "TƯ, THƯƠNG MẠI VÀ DU", "LỊCH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quy Nhơn, ngày 25 tháng 06 năm 2027",
                numberLine, "TỜ TRÌNH", "Về việc đề nghị phê duyệt chủ trương đầu tư dự án “Đường", "vành đai phía Tây”",
                "Căn cứ Quyết định số 112/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh;");
    }

    /** fresh11-18: "TT" is a Thông tư's abbreviation; under "TỜ TRÌNH" one of the two was misread. */
    @Test
    void aKyHieuNamingAnotherTypeThanItsTitleIsLeftForTheClerk() {
        DocumentMetadata metadata = readSure(submission("Số:50/TT-TTXTĐT"));
        assertNull(metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("50", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("TTr-TTXTĐT", readSure(submission("Số:50/TTr-TTXTĐT")).valueOrNull(MetadataField.CODE_NOTATION));
    }

    private static String decision(String... subjectLines) {
        return String.join("\n", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỒNG HỚI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 12/QĐ-UBND\tĐồng Hới, ngày 1 tháng 8 năm 2027", "QUYẾT ĐỊNH",
                String.join("\n", subjectLines), "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
    }

    /** fresh11-20: "Kỳ Co", the subject's last words, read after the stamp's "VĂN PHÒNG UBND TỈNH" on their row. */
    @Test
    void aSubjectWhoseNameOcrReadAfterTheStampsNameIsLeftForTheClerk() {
        DocumentMetadata metadata = readSure(decision("Về việc cấp Giấy chứng nhận đăng ký đầu tư cho dự án khu du lịch sinh thái",
                "VĂN PHÒNG UBND TỈNH\tKỳ Co", "ẽ\tSố: 122"));
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT));
        // the stamp's name, then its own lines: the subject above is whole
        assertEquals("Về việc cấp Giấy chứng nhận đăng ký đầu tư cho dự án khu du lịch sinh thái Kỳ Co",
                readSure(decision("Về việc cấp Giấy chứng nhận đăng ký đầu tư cho dự án khu du lịch sinh thái Kỳ Co",
                        "VĂN PHÒNG UBND TỈNH", "ĐẾN Số: 122", "Ngày: 2/8/2025")).valueOrNull(MetadataField.SUBJECT));
    }

    /** fresh11-20 typed (LibreOffice's PDF of the HTML page, no rule under the subject): "Kỳ Co" wrapped to a line. */
    @Test
    void aTypedSubjectsProperNameWrappedToItsOwnLineIsRead() {
        String text = String.join("\n", "ỦY BAN NHÂN DÂN PHƯỜNG ĐỒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "HỚI\tNAM",
                "_______\tĐộc lập - Tự do - Hạnh phúc", "Số: /QĐ-UBND\tĐồng Hới, ngày 1 tháng 8 năm 2027", "QUYẾT ĐỊNH",
                "Về việc cấp Giấy chứng nhận đăng ký đầu tư cho dự án khu du lịch sinh thái", "Kỳ Co",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        assertEquals("Về việc cấp Giấy chứng nhận đăng ký đầu tư cho dự án khu du lịch sinh thái Kỳ Co",
                extractor.extract(text).valueOrNull(MetadataField.SUBJECT));
    }
}
