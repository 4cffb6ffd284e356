package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scans of the tenth and eleventh blind halves (issue 18, fresh8 and fresh9) as Tesseract read them, where main's code
 * wrote a wrong value: a V/v whose last line the received stamp left as words no Vietnamese syllable is spelt with
 * ("ư sắ xế" for "sau sắp xếp", "Têu tưuư trữ" for "liệu lưu trữ"), a month read "0S" (an italic 8), a day read "16"
 * (an italic 18) with a confidence under 90, and "MIỄN TRUNG" for "MIỀN TRUNG"; and a V/v withheld as cut where an
 * urgency mark was printed under it. Each with the reading that is written.
 */
class SpeltWordsAndItalicDigitsTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private DocumentMetadata readSure(String text) {
        return extractor.extract(text, TextSource.OCR, OcrReadings.sure(text));
    }

    /** fresh8-11: the stamp under the V/v's last line; "sắ" ends on "ă", which no syllable does ("sắp"). */
    @Test
    void aVvEndingInWordsNoSyllableIsSpeltWithIsLeftForTheClerk() {
        String text = String.join("\n", "ỦY BAN NHÂN DÂN TỈNH LÀO", "CAI", "Số:1368/UBND-VP",
                "V/v chuyển giao hồ sơ, tài liệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Lào Cai, ngày 11/10/2027", "của đơn vị hành chính cấp huyện", "ư sắ xế", "VĂN PHỚNG UBND TỈNH",
                "É\tSố: 2395", "ĐEN °°", "Ngày: 24/8/2oán!", "gửi: Các cơ quan, đơn vị trực thuộc.");
        DocumentMetadata metadata = readSure(text);
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals("V/v chuyển giao hồ sơ, tài liệu của đơn vị hành chính cấp huyện sau sắp xếp",
                readSure(text.replace("ư sắ xế", "sau sắp xếp")).valueOrNull(MetadataField.SUBJECT));
    }

    /** fresh9-12: "Têu tưuư trữ" for "liệu lưu trữ": "ưuư" are vowels no syllable is spelt with ("ưu", "ươu" are). */
    @Test
    void aVvHoldingVowelsNoSyllableHasIsLeftForTheClerk() {
        String text = String.join("\n", "ỦY BAN NHÂN DÂN PHƯỜNG", "LONG BIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số 207/UBND-VP\tLong Biên, ngày 25 tháng 05 năm 2026",
                "V/v đôn đốc thực hiện số hóa tài", "Têu tưuư trữ", "'VĂN PHÒNG UBND TỈNH", "Ngày: 18/1/2025",
                "Chuyển: Văn phò\t5\tBẠN\t:\t2", "Lưu hồ sơ số: ......",
                "Thực hiện Công văn số 2472/SNV-VTLT ngày 6/7/2025 của Sở Nội vụ về việc");
        DocumentMetadata metadata = readSure(text);
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals("2026-05-25", metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("V/v đôn đốc thực hiện số hóa tài liệu lưu trữ",
                readSure(text.replace("Têu tưuư trữ", "liệu lưu trữ")).valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void syllablesAreSpeltWithTheirVowelsAndFinals() {
        for (String word : new String[] {"sắp", "xếp", "lưu", "hươu", "khuỷu", "nguyễn", "quyết", "giữa", "xoong", "ấu",
                "ấy", "ư", "têu", "hoặc", "tuần", "đường", "niê"}) {
            assertTrue(OcrTokens.spelt(word), word);
        }
        for (String word : new String[] {"sắ", "tưuư", "â", "kă", "hoă", "uuo"}) {
            assertFalse(OcrTokens.spelt(word), word);
        }
    }

    private static String decision(String dateLine) {
        return String.join("\n", "ỦY BAN NHÂN DÂN XÃ BÁT TRÀNG", "Số : 2908/ QÐ - UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", dateLine, "HÓA TỐC", "QUYẾT ĐỊNH",
                "Phê duyệt Danh mục hồ sơ năm 2025", "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
    }

    /** fresh9-07: "tháng 0S" for August: a bare S is an italic 5 or 8; "1Š", the 5 with its flat top, is read. */
    @Test
    void aMonthReadWithABareSIsLeftForTheClerk() {
        DocumentMetadata metadata = readSure(decision("Bát Tràng, ngày 03 tháng 0S năm 2027"));
        assertNull(metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("2027-05-03", metadata.withheld().get(MetadataField.ISSUED_DATE).value());
        assertEquals("2027-03-15", readSure(decision("Bát Tràng, ngày 1Š tháng 03 năm 2027"))
                .valueOrNull(MetadataField.ISSUED_DATE));
    }

    /** fresh9-05: "ngày 16" Tesseract gave 85 for 18 March; sure of it, or of an 18 at 85, the date is written. */
    @Test
    void aDayHoldingASixTesseractWasUnsureOfIsLeftForTheClerk() {
        String text = decision("Bát Tràng, ngày 16 tháng 03 năm 2027");
        assertNull(extractor.extract(text, TextSource.OCR, OcrReadings.sureExcept(text, Map.of("16", 85)))
                .valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("2027-03-16", readSure(text).valueOrNull(MetadataField.ISSUED_DATE));
        String eighteen = decision("Bát Tràng, ngày 18 tháng 03 năm 2027");
        assertEquals("2027-03-18", extractor.extract(eighteen, TextSource.OCR,
                OcrReadings.sureExcept(eighteen, Map.of("18", 85))).valueOrNull(MetadataField.ISSUED_DATE));
        String digits = decision("Bát Tràng, ngày 16/03/2027");
        assertNull(extractor.extract(digits, TextSource.OCR, OcrReadings.sureExcept(digits, Map.of("16/03/2027", 85)))
                .valueOrNull(MetadataField.ISSUED_DATE));
    }

    /** fresh9-24: a region's name in a corporation's name, its tone changed by OCR, is the region. */
    @Test
    void aRegionWhoseToneOcrChangedIsMended() {
        String text = String.join("\n", "TẬP ĐOÀN ĐIỆN LỰC VIỆT", "_,\tÖ- NAM\t-", "TỔNG CÔNG TY ĐIỆN LỰC", "MIỄN TRUNG",
                "Số : 3947/ QÐ - EVNCPC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Đà Nẵng, ngày 11 tháng 11 năm 2027", "QUYẾT ĐỊNH",
                "Về việc phê duyệt danh mục kỹ thuật khám bệnh, chữa bệnh bổ sung",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");
        assertEquals("TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG", readSure(text).valueOrNull(MetadataField.ORGAN_NAME));
    }

    /**
     * fresh9-23: "KHẨN" boxed under a V/v whose last line fills the column: the mark is printed next, so the V/v is
     * whole; capitals of the received stamp there may lie over its end, and leave it to the clerk.
     */
    @Test
    void anUrgencyMarkUnderAVvEndsItWhole() {
        String text = String.join("\n", "UBND TỈNH QUẢNG NAM", "SỞ NỘI VỤ", "Số: 49 /SNV-VP", "V/v cung cấp thông tin phục vụ",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Nam, ngày 17/01/2026",
                "kiểm tra công tác văn thư", "KHẨN", "Kính gửi: Các cơ quan, đơn vị trực thuộc.",
                "Thực hiện Công văn số 2074/SNV-VTLT ngày 27/6/2025 của Sở Nội vụ về việc");
        String subject = "V/v cung cấp thông tin phục vụ kiểm tra công tác văn thư";
        assertEquals(subject, readSure(text).valueOrNull(MetadataField.SUBJECT));
        assertEquals(subject, readSure(text.replace("KHẨN", "THƯỢNG\nKHẨN")).valueOrNull(MetadataField.SUBJECT));
        assertEquals(subject, readSure(text.replace("KHẨN", "| HÓA TỐC |")).valueOrNull(MetadataField.SUBJECT));
        assertEquals(subject, extractor.extract(text).valueOrNull(MetadataField.SUBJECT));
        assertNull(readSure(text.replace("KHẨN", "VĂN PHÒNG UBND TỈNH")).valueOrNull(MetadataField.SUBJECT));
        assertTrue(HandlingMarks.isMark("TUYỆT MẬT", null));
        assertFalse(HandlingMarks.isMark("THƯỢNG", "VĂN PHÒNG"));
        assertFalse(HandlingMarks.isMark("khẩn", null));
    }

    /**
     * fresh9-19 and fresh9-05: "CƠ QUAN" prints "QUAN" bare (not "QUẬN" misread), and "CƠ QUAN ĐẲNG" is the term with
     * its tone changed by OCR.
     */
    @Test
    void aPartyCommitteeOfTheProvincesPartyBodiesIsRead() {
        String text = String.join("\n", "ĐẢNG BỘ TỈNH NINH BÌNH", "ĐẢNG ỦY CÁC CƠ QUAN ĐẲNG", "TỈNH", "*", "Số 3134-BC/ĐU",
                "ĐANG CỘNG SAN VIỆT NAM", "Ninh Bình, ngày 20 tháng 2 năm 2027", "BÁO CÁO",
                "Kết quả kiểm tra công tác lưu trữ tại các xã, thị trấn", "Thực hiện Kế hoạch số 15/KH-UBND");
        assertEquals("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", readSure(text).valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", readSure(text.replace("ĐẲNG\nTỈNH", "ĐẢNG\nTỈNH"))
                .valueOrNull(MetadataField.ORGAN_NAME));
        // a district's committee read without its marks is still a misreading
        assertNull(readSure(text.replace("ĐẢNG ỦY CÁC CƠ QUAN ĐẲNG\nTỈNH", "HUYỆN ỦY QUAN BA")).valueOrNull(MetadataField.ORGAN_NAME));
    }

    /**
     * fresh7-07 ("TỈNH TUYEN QUANG"), fresh2-06 ("TỈNH NGHẸ AN"), fresh9-22 ("VIỆN KIEM SÁT NHÁN DÂN"): a province after
     * "TỈNH", and a procuracy's term, whose marks OCR lost or changed are the one so spelt; a district is not mended.
     */
    @Test
    void aProvinceOrAProcuracyWhoseMarksOcrLostIsMended() {
        String text = String.join("\n", "SỞ Y TẾ TỈNH TUYÊN QUANG", "BỆNH VIỆN ĐA KHOA TỈNH TUYEN QUANG", "Số: 73/BC-BVĐK",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Tuyên Quang, ngày 9 tháng 4 năm 2027",
                "BÁO CÁO", "Kết quả vận hành chính quyền địa phương hai cấp quý I năm 2027", "Thực hiện Kế hoạch số 15/KH-UBND");
        assertEquals("BỆNH VIỆN ĐA KHOA TỈNH TUYÊN QUANG", readSure(text).valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN", readSure(text.replace("BỆNH VIỆN ĐA KHOA TỈNH TUYEN QUANG",
                "HỘI ĐỒNG NHÂN DÂN TỈNH NGHẸ AN")).valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("VIỆN KIỂM SÁT NHÂN DÂN KHU VỰC 1", readSure(text.replace("SỞ Y TẾ TỈNH TUYÊN QUANG\nBỆNH VIỆN ĐA KHOA TỈNH TUYEN QUANG",
                "VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ HUẾ\nVIỆN KIEM SÁT NHÁN DÂN KHU VỰC 1")).valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("TRUNG TÂM Y TẾ HUYỆN ĐỨC PHÔ", OrganTerms.repair("TRUNG TÂM Y TẾ HUYỆN ĐỨC PHÔ"));
        java.util.Set<String> folded = new java.util.HashSet<>();
        OrganTerms.PROVINCES.forEach(name -> assertTrue(folded.add(VietnameseText.fold(name)), name));
        OrganTerms.CITIES.forEach(name -> assertTrue(folded.add(VietnameseText.fold(name)), name));
    }
}
