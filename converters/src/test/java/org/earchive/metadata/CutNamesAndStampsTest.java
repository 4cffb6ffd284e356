package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Scans of the eighth and ninth blind halves (issue 18, fresh6 and fresh7) as Tesseract read them, where main's code
 * wrote a wrong value: the received stamp printed over the date line or the organ's second line read as the issuing
 * body, a name that lost its last word or letter, a day that lost a digit, a ký hiệu cut by a speck and a name whose
 * tone OCR changed; and born-digital headers as a PDF's layout gives them: a V/v the typist wrapped before "theo",
 * an organ's name wrapped beside the motto's second line.
 */
class CutNamesAndStampsTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    /** The text as OCR gave it, every word read with a confidence of 96: Tesseract was sure of each. */
    private DocumentMetadata readSure(String text) {
        return extractor.extract(text, TextSource.OCR, OcrReadings.sure(text));
    }

    /** fresh6-22: the stamp over the date line; its name, cut at the column's edge, read above the number line. */
    @Test
    void theStampsNameCutAtTheColumnIsNoIssuer() {
        String text = String.join("\n", "HỘI ĐỒNG NHÂN DÂN HUYỆN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CAM LÂM",
                "Độc†ậ\tú", "VẤN PHÒNG UBND T:", "xỶ", "\"Kế Số:", "Số: 76 /2027/NQ-HĐND", "ĐẾN °° ku¬ SP:",
                "Cam lầm, ngày Th. tháng 7nếm 2027", "Chuyển: Văn phòng", "NGHỊ QU '-M hồ sơ số:.......",
                "Về việc thông qua Đề án phát triển lưu trữ số đến năm 2030",
                "Căn cứ Quyết định số 23/2019/QĐ-UBND");
        DocumentMetadata metadata = readSure(text);
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("76", metadata.valueOrNull(MetadataField.CODE_NUMBER));
    }

    /** fresh7-12: the stamp over the organ's second line: "VĂN PHÒNG UBND TỈNH" under a commune's committee. */
    @Test
    void theStampsNameOverTheOrgansLineIsNoIssuer() {
        String text = String.join("\n", "ỦY BAN NHÂN DÂN XÃ THANH THỦY", "VĂN PHÒNG UBND TỈNH", "›đÕBB/UBNÙ)— VP",
                "V/v báo cáo sổ liệu t hườñg1 mại ‹ lến tử và xuất", "khẩu lá hỏa", "CỘNG HÒA XÃ HỘI CHỦ",
                "NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        DocumentMetadata metadata = readSure(text);
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertNull(metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
    }

    private static String decision(String organLines, String dateLine) {
        return String.join("\n", organLines, "Số: 620/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", dateLine, "QUYẾT ĐỊNH",
                "Về việc khen thưởng tập thể, cá nhân có thành tích trong phong trào thi đua",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
    }

    /** fresh6-07, fresh6-09: a name whose place lost its last word or letter is not written; the whole one is. */
    @Test
    void aNameMissingItsLastWordOrLetterIsLeftForTheClerk() {
        assertNull(readSure(decision("UY BAN NHÂN DÂN HUYỆN BẢO", "Bảo Lâm, ngày 9 tháng 4 năm 2027"))
                .valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM", readSure(decision("ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM",
                "Bảo Lâm, ngày 9 tháng 4 năm 2027")).valueOrNull(MetadataField.ORGAN_NAME));
        // Bắc Ninh's date line under the stamp: no place to compare with, but no province is called "BẮC NIN"
        assertNull(readSure(decision("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BẮC NIN", "Ng‡ắc29(2/2919ày| 15 tháng 8 năm 2026"))
                .valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("CỤC THUẾ TỈNH BẮC NINH", readSure(decision("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BẮC NINH",
                "Bắc Ninh, ngày 15 tháng 8 năm 2026")).valueOrNull(MetadataField.ORGAN_NAME));
        // a party committee of the province ends in "TỈNH ỦY", no province's name
        assertEquals("BAN TỔ CHỨC", readSure(decision("TỈNH ỦY QUẢNG TRỊ\nBAN TỔ CHỨC",
                "Đông Hà, ngày 9 tháng 4 năm 2027")).valueOrNull(MetadataField.ORGAN_NAME));
        // "XÃ HỘI" names no commune: a province's social insurance under the national one is no level inverted
        assertEquals("BẢO HIỂM XÃ HỘI TỈNH KON TUM", readSure(decision("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH KON TUM",
                "Kon Tum, ngày 9 tháng 4 năm 2027")).valueOrNull(MetadataField.ORGAN_NAME));
    }

    /** fresh6-14: "ngày 1/04/2027" for "11/04/2027": a day of one digit beside a month padded with its zero. */
    @Test
    void aDayPaddedUnlikeItsMonthIsLeftForTheClerk() {
        String organ = "HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN";
        assertNull(readSure(decision(organ, "Nghệ An, ngày 1/04/2027")).valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("2027-04-11", readSure(decision(organ, "Nghệ An, ngày 11/04/2027"))
                .valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("2027-04-01", readSure(decision(organ, "Nghệ An, ngày 01/04/2027"))
                .valueOrNull(MetadataField.ISSUED_DATE));
    }

    /** fresh7-19: the stamp over the organ's second line left specks around "NGHIỆP" and inside the ký hiệu. */
    @Test
    void aNameWhoseNextLineWasMisreadAndAKyHieuCutByASpeckAreLeftForTheClerk() {
        String text = String.join("\n", "YÙBÑØ'fiNH'BIWH DƯƠNG", "BAN QUẢN LÝ CÁC KHU CÔNG", "\\9NGHIỆP””",
                "Chuyển: Văn phòng", "Lưu hồ sơ số: .—=", "Số:33/KH-~BQLKCN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM",
                "Độc lập - Tự do - Hạnh phúc", "Bình Dương, ngày 19 tháng 7 năm 2026", "KẾ HOẠCH",
                "Tuyển sinh đại học chính quy năm 2027", "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        DocumentMetadata metadata = readSure(text);
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertNull(metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("33", metadata.valueOrNull(MetadataField.CODE_NUMBER));
    }

    /** fresh7-13: "NÔNG LẦM", a tone OCR changed inside a term of organs' names, is the term. */
    @Test
    void aTermWhoseToneOcrChangedIsMended() {
        assertEquals("TRƯỜNG ĐẠI HỌC NÔNG LÂM", readSure(decision("ĐẠI HỌC THÁI NGUYÊN\nTRƯỜNG ĐẠI HỌC NÔNG LẦM",
                "Thái Nguyên, ngày 9 tháng 4 năm 2027")).valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", readSure(decision("UBND TỈNH HÀ TĨNH\nSỞ TÀI NGUYÊN VÀ MÔI TRƯƠNG",
                "Hà Tĩnh, ngày 9 tháng 4 năm 2027")).valueOrNull(MetadataField.ORGAN_NAME));
    }

    /** fresh2-23, fresh7-03, fresh7-22: "THANH" and "HÓC" are words of names, no "THÀNH" or "HỌC" that lost a mark. */
    @Test
    void namesPrintingThanhOrHocAreNotMisreadings() {
        assertEquals("THANH TRA TỈNH", readSure(decision("UBND TỈNH GIA LAI\nTHANH TRA TỈNH",
                "Gia Lai, ngày 9 tháng 4 năm 2027")).valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("HỘI ĐỒNG NHÂN DÂN HUYỆN HÓC MÔN", readSure(decision("HỘI ĐỒNG NHÂN DÂN HUYỆN HÓC\nMÔN",
                "Hóc Môn, ngày 28 tháng 5 năm 2026")).valueOrNull(MetadataField.ORGAN_NAME));
        // the terms still mend or catch the marks OCR lost: "ĐẠI HOC", "THANH PHỐ"
        assertEquals("TRƯỜNG ĐẠI HỌC NÔNG LÂM", readSure(decision("ĐẠI HỌC THÁI NGUYÊN\nTRƯỜNG ĐẠI HOC NÔNG LÂM",
                "Thái Nguyên, ngày 9 tháng 4 năm 2027")).valueOrNull(MetadataField.ORGAN_NAME));
        assertNull(readSure(decision("ỦY BAN NHÂN DÂN THANH PHỐ HỘI AN", "Hội An, ngày 9 tháng 4 năm 2027"))
                .valueOrNull(MetadataField.ORGAN_NAME));
    }

    /** fresh4-02, fresh7-10 (PDFs of tab-typed headers): a V/v wrapped past the right column, or before a number. */
    @Test
    void aTypedVvGoesOnPastTheRightColumnAndBeforeANumber() {
        String text = String.join("\n", "UBND TỈNH LONG AN", "SỞ NỘI VỤ", "CHI CỤC VĂN THƯ - LƯU", "TRỮ",
                "Số:790/CCVTLT-VP", "V/v phối hợp kiểm tra, xử lý vi", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "____________", "Long An, ngày 26 tháng 6 năm 2025", "",
                "phạm về buôn lậu, gian lận thương", "mại", "", "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        assertEquals("V/v phối hợp kiểm tra, xử lý vi phạm về buôn lậu, gian lận thương mại",
                extractor.extract(text, TextSource.TYPED).valueOrNull(MetadataField.SUBJECT));
        String under14 = String.join("\n", "BỘ DÂN TỘC VÀ TÔN GIÁO", "Số: 3161/BDTTG-VP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 16 tháng 09 năm 2026",
                "V/v triển khai cấp căn cước cho người dưới", "14 tuổi", "", "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        assertEquals("V/v triển khai cấp căn cước cho người dưới 14 tuổi",
                extractor.extract(under14, TextSource.TYPED).valueOrNull(MetadataField.SUBJECT));
    }

    /** fresh8-18 (scored blind, then seen): the stamp's name read between a subject's "năm" and its year. */
    @Test
    void aSubjectEndingOnNamWithoutItsYearIsLeftForTheClerk() {
        String text = String.join("\n", "UBND TỈNH ĐỒNG NAI", "SỞ TƯ PHÁP", "Số 3409/BC-STP",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đồng Nai, ngày 06/01/2026", "BÁO CÁO",
                "Kết quả vận hành chính quyền địa phương hai cấp quý I năm", "VĂN PHÒNG UBND TỈNH", "2027",
                "lạ) Ế N Số: 2387", "Thực hiện: Kế iờạth $ố 15/KH-UBND");
        DocumentMetadata metadata = readSure(text);
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals("Kết quả vận hành chính quyền địa phương hai cấp quý I năm",
                metadata.withheld().get(MetadataField.SUBJECT).value());
        assertEquals("Kết quả vận hành chính quyền địa phương hai cấp quý I năm 2027", readSure(text
                .replace("quý I năm\nVĂN PHÒNG UBND TỈNH\n2027\nlạ) Ế N Số: 2387\nThực hiện: Kế iờạth $ố 15/KH-UBND",
                        "quý I năm 2027\nThực hiện Kế hoạch số 15/KH-UBND của Ủy ban nhân dân tỉnh, cơ quan báo cáo như sau:")).valueOrNull(MetadataField.SUBJECT));
    }

    /** fresh6-13 (PDF) and fresh6-02 (DOCX): a typed V/v wrapped before "theo", as the PDF's layout gives it. */
    @Test
    void aTypedVvWrappedBeforeTheoIsReadWhole() {
        String text = String.join("\n", "UBND TỈNH PHÚ YÊN", "BAN DÂN TỘC", "_______", "Số: 81/BDT-VP",
                "V/v rà soát hộ nghèo, hộ cận nghèo", "theo chuẩn nghèo đa chiều", "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "_______________________",
                "Phú Yên, ngày 07/03/2027", "", "Kính gửi: Các cơ quan, đơn vị trực thuộc.",
                "Theo đề nghị của Văn phòng, Ban Dân tộc đề nghị các cơ quan, đơn vị thực hiện một số nội dung sau:");
        DocumentMetadata metadata = extractor.extract(text, TextSource.TYPED);
        assertEquals("V/v rà soát hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều",
                metadata.valueOrNull(MetadataField.SUBJECT));
        // the body's own "Theo ..." opens with a capital and still ends a subject
        DocumentMetadata decision = extractor.extract(String.join("\n", "UBND TỈNH PHÚ YÊN", "BAN DÂN TỘC",
                "Số: 81/QĐ-BDT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Phú Yên, ngày 07/03/2027", "QUYẾT ĐỊNH", "Về việc rà soát hộ nghèo",
                "Theo đề nghị của Chánh Văn phòng."), TextSource.TYPED);
        assertEquals("Về việc rà soát hộ nghèo", decision.valueOrNull(MetadataField.SUBJECT));
    }

    /** fresh7-11 (PDF of a tab-typed header): the motto's "NAM" on the row of the name's wrapped place. */
    @Test
    void theMottosLastWordBesideAWrappedPlaceIsNotTheNames() {
        String text = String.join("\n", "HỘI ĐỒNG NHÂN DÂN HUYỆN CAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "LÂM\tNAM",
                "_______\tĐộc lập - Tự do - Hạnh phúc", "Số: 964/2027/NQ-HĐND\tCam Lâm, ngày 13 tháng 12 năm 2027",
                "NGHỊ QUYẾT", "Quy định mức chi bảo đảm cho công tác lưu trữ trên địa bàn",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        assertEquals("HỘI ĐỒNG NHÂN DÂN HUYỆN CAM LÂM", extractor.extract(text, TextSource.TYPED)
                .valueOrNull(MetadataField.ORGAN_NAME));
    }

    /** fresh7-03 (PDF of a tab-typed header): a V/v and the date line sharing a row are not written as one. */
    @Test
    void aTypedVvHoldingTheDateLineIsLeftForTheClerk() {
        String text = String.join("\n", "ỦY BAN NHÂN DÂN XÃ THANH THỦY", "_______", "Số:806/UBND-VP", "",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "_______________", "",
                "V/v góp ý dự thảo Quy chế quản lý văn bản Thanh Thủy, ngày 21 tháng 11 năm", "điện tử 2027", "",
                "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        DocumentMetadata metadata = extractor.extract(text, TextSource.TYPED);
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals("806", metadata.valueOrNull(MetadataField.CODE_NUMBER));
    }

    /** fresh7-16 (PDF): "SỞ NGOẠI VỤ VÀ HỢP TÁC" / "QUỐC TẾ" wrapped beside the motto's second line. */
    @Test
    void aNameWrappedBesideTheMottosSecondLineIsReadWhole() {
        String text = String.join("\n", "UBND THÀNH PHỐ HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "SỞ NGOẠI VỤ VÀ HỢP TÁC\tĐộc lập - Tự do - Hạnh phúc", "QUỐC TẾ", "____________",
                "Số: 2404/QĐ-SNVHTQT\tHải Phòng, ngày 10 tháng 09 năm 2027", "QUYẾT ĐỊNH",
                "Về việc thu hồi Giấy chứng nhận đủ điều kiện kinh doanh dịch", "vụ lữ hành", "_________",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        DocumentMetadata metadata = extractor.extract(text, TextSource.TYPED);
        assertEquals("SỞ NGOẠI VỤ VÀ HỢP TÁC QUỐC TẾ", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("UBND THÀNH PHỐ HẢI PHÒNG", metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
        // a new organ's head under the motto's line still starts another organ
        DocumentMetadata two = extractor.extract(text.replace("SỞ NGOẠI VỤ VÀ HỢP TÁC\t", "UBND QUẬN LÊ CHÂN\t")
                .replace("QUỐC TẾ", "PHÒNG NỘI VỤ"), TextSource.TYPED);
        assertEquals("PHÒNG NỘI VỤ", two.valueOrNull(MetadataField.ORGAN_NAME));
        assertNotEquals("UBND QUẬN LÊ CHÂN PHÒNG NỘI VỤ", two.valueOrNull(MetadataField.ORGAN_NAME));
    }
}
