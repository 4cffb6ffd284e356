package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.earchive.core.OcrWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headers of the sixth blind half (issue 18, ninth session, fresh4) as typed and as Tesseract read their scans: a
 * subject wrapped after "vào" or inside a range of years, cut by a title line or written short; the received stamp
 * under the number line taken for the issuing body when OCR read the blank number as a dash, or covering a V/v's last
 * line; a name read with a tone lost ("XÚC TIÊN") or a letter no syllable is spelt with ("sian"); a steering
 * committee's name and ký hiệu holding a digit ("BAN CHỈ ĐẠO 389", "QĐ-BCĐ389"), withheld because "ĐẠO" looked like
 * "ĐÀO" misread.
 */
class OcrStampAndWrapChecksTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    /** The text as OCR gave it, every word read with a confidence of 96: Tesseract was sure of each. */
    private DocumentMetadata readSure(String text) {
        return extractor.extract(text, TextSource.OCR, OcrReadings.sure(text));
    }

    private static String decision(String subjectLines) {
        return String.join("\n", "SỞ Y TẾ TỈNH KHÁNH HÒA", "TRUNG TÂM KIỂM SOÁT BỆNH", "TẬT", "Số: 28/2025/QĐ-KSBT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Khánh Hòa, ngày 22 tháng 05 năm 2025",
                "QUYẾT ĐỊNH", subjectLines,
                "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ", "về công tác văn thư;",
                "QUYẾT ĐỊNH:", "Điều 1. Bố trí kho, trang thiết bị bảo quản tài liệu.");
    }

    @Test
    void aSubjectWrappedAfterVaoGoesOnToItsNextLine() {
        String text = decision("Về việc điều chỉnh, bổ sung Kế hoạch thu thập tài liệu vào\nLưu trữ lịch sử năm 2026");
        String whole = "Về việc điều chỉnh, bổ sung Kế hoạch thu thập tài liệu vào Lưu trữ lịch sử năm 2026";
        assertEquals(whole, extractor.extract(text).valueOrNull(MetadataField.SUBJECT), "typed, without the rule");
        assertEquals(whole, readSure(text).valueOrNull(MetadataField.SUBJECT), "as OCR read the scan");
    }

    @Test
    void aRangeOfYearsWrappedBeforeItsDashGoesOn() {
        String text = decision("Chỉnh lý, xác định giá trị tài liệu tồn đọng giai đoạn 2026\n- 2027").replace("QUYẾT ĐỊNH\n",
                "KẾ HOẠCH\n");
        assertEquals("Chỉnh lý, xác định giá trị tài liệu tồn đọng giai đoạn 2026 - 2027",
                extractor.extract(text).valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void aTypedSubjectRunsToTheRuleUnderIt() {
        // NĐ 30 rules a line under the trích yếu: whatever word a line wrapped before, the lines above it are the subject
        String text = decision("Về việc kiện toàn Hội đồng Thi đua - Khen thưởng\nSở Tư pháp tỉnh Khánh Hòa\n_________");
        assertEquals("Về việc kiện toàn Hội đồng Thi đua - Khen thưởng Sở Tư pháp tỉnh Khánh Hòa",
                extractor.extract(text).valueOrNull(MetadataField.SUBJECT));
        // the rule bounds it: the body below is not read into it
        String oneLine = decision("Phê duyệt Danh mục hồ sơ năm 2025\n_________");
        assertEquals("Phê duyệt Danh mục hồ sơ năm 2025", extractor.extract(oneLine).valueOrNull(MetadataField.SUBJECT));
    }

    /** fresh4-15: "Số: — /BC-PGDĐT" (a number left blank, OCR's dash), the stamp's name read into the left column. */
    @Test
    void aBlankNumberReadAsADashIsStillTheNumberLineAndTheStampBelowItIsNoOrgan() {
        String ocr = String.join("\n", "UBND HUYỆN CỦ CHI", "PHÒNG GIÁO DỤC VÀ ĐÀO", "TẠO", "Số: — /BC-PGDĐT",
                "VĂN PHÒNG UBND TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Củ Chỉ, ngày - tháng", "năm 2025", "BÁO CÁO",
                "<a¿_\t®Đánhsgiá tình hình triển khai Hệ thống quản lý tài liệu điện", "ĐEN", "HS g8",
                "Ngày: 26/11/2025\ttử năm 2025", "Chuyển: Văn phòng", "I. KẾT QUẢ THỰC HIỆN");
        DocumentMetadata metadata = readSure(ocr);
        assertEquals("BC-PGDĐT", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertNull(metadata.valueOrNull(MetadataField.CODE_NUMBER), "the number is the clerk's to read");
        assertEquals("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("UBND HUYỆN CỦ CHI", metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
    }

    /** fresh4-13: the stamp under the number line hid the V/v's last line ("mại"); OCR read its name below the rest. */
    @Test
    void aVvFollowedByTheStampsCapitalsMayBeCutAndIsLeftForTheClerk() {
        String ocr = String.join("\n", "UBND THÀNH PHỐ HUẾ", "TRUNG TÂM LƯU TRỮ", "LỊCH SỬ", "Số 3087/TTLT-VP",
                "V/v phối hợp kiểm tra, xử lý vi", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Huế, ngày 18 tháng 8 năm 2026", "phạm về buôn lậu, gian lận thương", "VĂN PHÒNG UBW8ỈNH",
                "ĐẾ N Số: 649", "Ngày: 2 Einh gửi: Các cơ quan, đơn vị trực thuộc.");
        DocumentMetadata metadata = readSure(ocr);
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT), "not written: the stamp may cover its end");
        assertEquals("V/v phối hợp kiểm tra, xử lý vi phạm về buôn lậu, gian lận thương",
                metadata.withheld().get(MetadataField.SUBJECT).value());
        assertEquals("TRUNG TÂM LƯU TRỮ LỊCH SỬ", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        // the same V/v ended by the addressee's line is whole, and written
        DocumentMetadata whole = readSure(ocr.replace("gian lận thương\nVĂN PHÒNG UBW8ỈNH\nĐẾ N Số: 649\nNgày: 2 Einh",
                "gian lận thương mại\nKính"));
        assertEquals("V/v phối hợp kiểm tra, xử lý vi phạm về buôn lậu, gian lận thương mại",
                whole.valueOrNull(MetadataField.SUBJECT));
        // fresh4-14: the stamp under a V/v whose last line is short of the column: it ended there, and is written
        String ended = String.join("\n", "SỞ Y TẾ TỈNH KHÁNH HÒA", "TRUNG TÂM KIỂM SOÁT", "BỆNH TẬT", "Số:1524/KSBT-VP",
                "V/v đôn đốc thực hiện số hóa tài", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Khánh Hòa, ngày 2 tháng 11 năm 2026", "liệu lưu trữ", "VĂN PHÒNG UBND TỈNH", "ĐẾN Số: 2602",
                "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        assertEquals("V/v đôn đốc thực hiện số hóa tài liệu lưu trữ", readSure(ended).valueOrNull(MetadataField.SUBJECT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CỤC XÚC TIÊN THƯƠNG MẠI",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯƠNG",
            "CHI CỤC KIỀM LÂM",
            "CỤC LÂM NGHIẸP VÀ KIỂM LÂM",
            "SỞ XÂY DỤNG",
            "SỞ NONG NGHIỆP VÀ MÔI TRƯỜNG",
            "PHÒNG GIÁO DỤC VÀ ĐẠO TẠO",
            "BAN CHỈ ĐAO 389 TỈNH QUẢNG NINH",
            "BỆNH VIỆN ĐA KHOA VUNG TÂY NGUYÊN",
            "V/v phối hợp kiểm tra, xử lý vi phạm về buôn lậu, sian lận thương",
    })
    void aTermWithALostOrChangedToneOrASyllableNoWordIsSpeltWithIsAMisreading(String value) {
        assertTrue(OcrTokens.suspicious(value) > 0, value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "BAN CHỈ ĐẠO 389 TỈNH QUẢNG NINH",
            "CỤC XÚC TIẾN THƯƠNG MẠI",
            "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
            "CỤC LÂM NGHIỆP VÀ KIỂM LÂM",
            "CHI CỤC KIỂM LÂM",
            "SỞ XÂY DỰNG",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
            "BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN",
            "V/v phối hợp kiểm tra, xử lý vi phạm về buôn lậu, gian lận thương mại",
            "Về việc giao nhiệm vụ cho Ban Chỉ đạo phòng, chống tham nhũng khu vực Tây Nguyên",
    })
    void theSameNamesAndSubjectsAsPrintedAreNot(String value) {
        assertEquals(0, OcrTokens.suspicious(value), value);
    }

    /** fresh4-08: Tesseract was sure of "BAN CHỈ ĐẠO 389 TỈNH" / "QUẢNG NINH"; "ĐẠO" is no misread "ĐÀO". */
    @Test
    void aSteeringCommitteeWithADigitInItsNameAndNotationIsWritten() {
        String ocr = String.join("\n", "UBND TỈNH QUẢNG NINH", "BAN CHỈ ĐẠO 389 TỈNH", "QUẢNG NINH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ninh, ngày 16 tháng 1 năm 2025",
                "Số:59/QĐÐ-BCĐ389", "QUYẾT ĐỊNH", "Về việc thành lập Hội đồng xác định giá trị", "tài liệu",
                "__ Căn cứ Nghị định số 30/2020/NĐ-CP");
        DocumentMetadata metadata = readSure(ocr);
        assertEquals("BAN CHỈ ĐẠO 389 TỈNH QUẢNG NINH", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("QĐ-BCĐ389", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("59", metadata.valueOrNull(MetadataField.CODE_NUMBER));
    }

    @Test
    void aNotationsWordsAreFoundByTheirLettersAndDigitsWhereverOcrPartedThem() {
        OcrWords glued = words("Số:59/QĐÐ-BCĐ389", 57, "QUYẾT", 96);
        assertEquals(OptionalInt.of(57), NotationWords.weakest(glued, "QĐ-BCĐ389"), "one word with the number");
        OcrWords spread = words("Số", 93, ":", 92, "636/", 88, "XTTM", 92, "-", 93, "VP", 91, "V/v", 95);
        assertEquals(OptionalInt.of(91), NotationWords.weakest(spread, "XTTM-VP"), "the words that hold it, no other");
        OcrWords misread = words("Số:12/QĐ-PCCI", 87, "Sóc", 96);
        assertEquals(OptionalInt.of(87), NotationWords.weakest(misread, "QĐ-PCCI"));
        assertEquals(OptionalInt.empty(), NotationWords.weakest(misread, "QĐ-PCC1"), "not what OCR read");
        OcrWords strokeLost = words("Số:", 90, "125/QD-UBND", 64);
        assertEquals(OptionalInt.of(64), NotationWords.weakest(strokeLost, "QĐ-UBND"), "the stroke given back");
    }

    /** fresh3's "PCCI" for "PCC1", Tesseract at 87 and 31: a letter read for a digit, in words it hesitated over. */
    @Test
    void aNotationWithALetterForADigitInWordsTesseractHesitatedOverIsLeftForTheClerk() {
        String ocr = String.join("\n", "SỞ TƯ PHÁP TỈNH SÓC TRĂNG", "PHÒNG CÔNG CHỨNG SỐ 1", "Số:12 /QĐ-PCCI",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sóc Trăng, ngày 5 tháng 01 năm 2026",
                "QUYẾT ĐỊNH", "Về việc giao chỉ tiêu số hóa hồ sơ thủ tục hành chính năm 2026",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        DocumentMetadata misread = extractor.extract(ocr, TextSource.OCR,
                OcrReadings.sureExcept(ocr, Map.of("Số:12", 87, "/QĐ-PCCI", 31)));
        assertNull(misread.valueOrNull(MetadataField.CODE_NOTATION), "not written");
        assertEquals("QĐ-PCCI", misread.withheld().get(MetadataField.CODE_NOTATION).value());
        assertEquals("12", misread.valueOrNull(MetadataField.CODE_NUMBER));
        // read with every word sure, or without an I, it is written as before
        assertEquals("QĐ-PCCI", readSure(ocr).valueOrNull(MetadataField.CODE_NOTATION));
        String digit = ocr.replace("PCCI", "PCC1");
        assertEquals("QĐ-PCC1", extractor.extract(digit, TextSource.OCR,
                OcrReadings.sureExcept(digit, Map.of("Số:12", 87, "/QĐ-PCC1", 31))).valueOrNull(MetadataField.CODE_NOTATION));
    }

    @Test
    void aNotationsOrganPartIsSpeltByTheInitialsOfTheHeadersNames() {
        List<String> huế = List.of("TRUNG TÂM LƯU TRỮ LỊCH SỬ", "UBND THÀNH PHỐ HUẾ");
        assertTrue(NotationWords.spelt("QĐ-TTLT", huế));
        assertTrue(!NotationWords.spelt("QĐ-TTUT", huế), "heldout-03: L read as U");
        assertTrue(NotationWords.spelt("TTLT-VP", huế));
        assertTrue(NotationWords.spelt("BC/BTCTU", List.of("BAN TỔ CHỨC", "TỈNH ỦY QUẢNG TRỊ")), "issuer, then parent");
        assertTrue(NotationWords.spelt("QĐ-BCĐ389", List.of("BAN CHỈ ĐẠO 389 TỈNH QUẢNG NINH")), "a number whole");
        assertTrue(NotationWords.spelt("KH-KCB", List.of("CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "BỘ Y TẾ")));
        assertTrue(NotationWords.spelt("UBND-VP", List.of("VĂN PHÒNG HĐND VÀ UBND")), "kinds and offices need no spelling");
        assertTrue(NotationWords.spelt("2025/NQ-HĐND", List.of("HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN")));
        assertTrue(NotationWords.spelt("QĐ-TTUT", List.of()), "no name to judge by");
        // heldout-03 as Tesseract read it: the ký hiệu at 45, a part the names do not spell; withheld, not written
        String ocr = String.join("\n", "UBND THÀNH PHỐ HUẾ", "TRUNG TÂM LƯU TRỮ", "LỊCH SỬ", "Số : 3673/ QÐ - TTUT",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Huế, ngày 25 tháng 3 năm 2024",
                "QUYẾT ĐỊNH", "Về việc hủy tài liệu hết giá trị", "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        DocumentMetadata metadata = extractor.extract(ocr, TextSource.OCR, OcrReadings.sureExcept(ocr, Map.of("TTUT", 45)));
        assertNull(metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("QĐ-TTUT", metadata.withheld().get(MetadataField.CODE_NOTATION).value());
    }

    /** fresh-13: a stamp's words read onto the name's last line, past the place the date line names. */
    @Test
    void aNameGoingOnPastTheDateLinesPlaceIsLeftForTheClerk() {
        assertTrue(PlaceAgreement.disagrees("ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN SẾP 0014 ÔNG", "Hội An"));
        assertTrue(!PlaceAgreement.disagrees("ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN", "Hội An"));
        assertTrue(!PlaceAgreement.disagrees("BAN CHỈ ĐẠO 389 TỈNH QUẢNG NINH", "Quảng Ninh"));
        assertTrue(!PlaceAgreement.disagrees("CHI CỤC THUẾ KHU VỰC VINH - NGHI LỘC", "Vinh"), "no level before it");
    }

    /** fresh2-01 and fresh2-03 as Tesseract read them. */
    @Test
    void aStampGluedBeforeTheSubjectsNextLineAndASpeckAfterTheParentsName() {
        String plan = String.join("\n", "ỦY BAN NHÂN DÂN THỊ TRẤN", "PHONG ĐIỀN", "Số: 68/KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Phong Điền, ngày 13 tháng 1 năm 2025",
                "KẾ HOẠCH", "Thực hiện Đề án 06 (giai đoạn 2025 - 2026) về dữ liệu dân",
                "VĂN PHÒNG UBND TỈNH\tcư, định danh điện tử", "ĐẾ\tSố: 1645", "I. MỤC ĐÍCH, YÊU CẦU");
        DocumentMetadata metadata = readSure(plan);
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT), "it goes on past the stamp: not written");
        assertEquals("Thực hiện Đề án 06 (giai đoạn 2025 - 2026) về dữ liệu dân",
                metadata.withheld().get(MetadataField.SUBJECT).value());
        String decision = String.join("\n", "BỘ Y TẾ,\t\".\tỀ", "CỤC QUẢN LÝ KHÁM, CHỮA", "BỆNH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số : 22/ QĐ - KCB",
                "Hà Nội, ngày 21 tháng 2 năm 2025", "QUYẾT ĐỊNH", "Về việc phê duyệt Kế hoạch chỉnh lý tài liệu",
                "Căn cứ Thông tư số 05/2025/TT-BNV;");
        assertEquals("CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", readSure(decision).valueOrNull(MetadataField.ORGAN_NAME));
        // a name wrapped after its comma goes on with the rest of its list
        String culture = decision.replace("BỘ Y TẾ,\t\".\tỀ\nCỤC QUẢN LÝ KHÁM, CHỮA\nBỆNH",
                "UBND TỈNH ĐỒNG THÁP\nSỞ VĂN HÓA,\nTHỂ THAO VÀ DU LỊCH").replace("KCB", "SVHTTDL");
        assertEquals("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", readSure(culture).valueOrNull(MetadataField.ORGAN_NAME));
    }

    private static OcrWords words(Object... textAndConfidence) {
        List<OcrWords.Word> words = new ArrayList<>();
        for (int i = 0; i < textAndConfidence.length; i += 2) {
            words.add(new OcrWords.Word((String) textAndConfidence[i], (Integer) textAndConfidence[i + 1]));
        }
        return new OcrWords(words);
    }
}
