package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What OCR of a 200-dpi scan does to a header (issue 18), as earchive reads its text layer back: a received stamp
 * overlapping the subject read into the subject's line, a ký hiệu's spacing and dashes, the stroke of "Đ" lost inside
 * an organ's abbreviation. Each field must come out as printed, or not at all.
 */
class OcrHeaderReadingTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    /** A scanned page whose title is the type its ký hiệu names ("TTr" a Tờ trình, "KH" a Kế hoạch, else a Quyết định). */
    private static String scan(String organs, String numberLine, String subjectLine) {
        String title = numberLine.matches("(?s).*/\\s*TT\\s?r.*") ? "TỜ TRÌNH" : numberLine.contains("/KH") ? "KẾ HOẠCH" : "QUYẾT ĐỊNH";
        return String.join("\n", organs, numberLine,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 09 tháng 9 năm 2025",
                title, subjectLine, "—————",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
                "Điều 1. Phê duyệt Danh mục hồ sơ.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.", "Bùi Thị Ngọc Ánh");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ĐẾN sø: 19Ban hành Quy chế công tác văn thư     | Ban hành Quy chế công tác văn thư",
            "ĐẾN Số: 1303 Phê duyệt Danh mục hồ sơ năm 2025  | Phê duyệt Danh mục hồ sơ năm 2025",
            "VĂN PHÒNG UBND TỈNH Phê duyệt Danh mục hồ sơ    | Phê duyệt Danh mục hồ sơ",
            "Về việc hủy tài liệu hết giá trị                | Về việc hủy tài liệu hết giá trị",
            "HĐND tỉnh khóa XII thông qua Đề án              | HĐND tỉnh khóa XII thông qua Đề án",
    })
    void aReceivedStampReadIntoTheSubjectsLineIsNotTheSubjects(String line, String subject) {
        DocumentMetadata metadata = extractor.extract(scan("SỞ NỘI VỤ", "Số: 12/QĐ-SNV", line));
        assertEquals(subject, metadata.valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void aSpeckBesideTheTitleIsNotTheSubject() {
        String text = scan("SỞ NỘI VỤ", "Số: 12/QĐ-SNV", "").replace("QUYẾT ĐỊNH\n\n", "QUYẾT ĐỊNH\ti\nPhê duyệt Danh mục hồ sơ\n");
        assertEquals("Phê duyệt Danh mục hồ sơ", extractor.extract(text).valueOrNull(MetadataField.SUBJECT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Số: 125/TTr - BVTN     | TTr-BVTN",
            "Số: 125/TT r - BVTN    | TTr-BVTN",
            "Số: 125/TTr — BVTN     | TTr-BVTN",
            "Số: 125/QĐ–BVTN        | QĐ-BVTN",
            "Số : 125/ TTr -  BVTN  | TTr-BVTN",
            "Số : 125/ TTr\t- BVTN  | TTr-BVTN",
            "Số: 125/QĐ\t/UBND      | QĐ/UBND",
    })
    void aNotationAsOcrSpacesAndDashesIt(String numberLine, String notation) {
        DocumentMetadata metadata = extractor.extract(scan("BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN", numberLine,
                "Về việc hủy tài liệu hết giá trị"), TextSource.OCR);
        assertEquals(notation, metadata.valueOrNull(MetadataField.CODE_NOTATION), numberLine);
        assertEquals("125", metadata.valueOrNull(MetadataField.CODE_NUMBER), numberLine);
    }

    @Test
    void aNumberLineWrappedAtTheDashOfItsNotationIsOneLine() {
        // a narrow header column breaks "Số: 1517/TTr-BVTN" after its dash; OCR reads the dash on the second line
        for (String wrapped : new String[] {"Số: 1517/TTr\n- BVTN", "Số: 1517/TTr-\nBVTN"}) {
            DocumentMetadata metadata = extractor.extract(scan("SỞ Y TẾ TỈNH ĐẮK LẮK\nBỆNH VIỆN ĐA KHOA", wrapped,
                    "Về việc hủy tài liệu hết giá trị"), TextSource.OCR);
            assertEquals("TTr-BVTN", metadata.valueOrNull(MetadataField.CODE_NOTATION), wrapped);
            assertEquals("1517", metadata.valueOrNull(MetadataField.CODE_NUMBER), wrapped);
            assertEquals("BỆNH VIỆN ĐA KHOA", metadata.valueOrNull(MetadataField.ORGAN_NAME), wrapped);
        }
    }

    @Test
    void theStrokeOfĐInsideAnOrgansAbbreviationComesFromItsNameOnThePage() {
        DocumentMetadata ministry = extractor.extract(scan("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 2860/QD-BGDDT",
                "Về việc hủy tài liệu hết giá trị"), TextSource.OCR);
        assertEquals("QĐ-BGDĐT", ministry.valueOrNull(MetadataField.CODE_NOTATION));
        // the name read without its stroke: the abbreviation's own rule (Giáo dục và Đào tạo) still gives it back
        DocumentMetadata department = extractor.extract(scan("UBND TỈNH NGHỆ AN\nSỞ GIAO DUC VA DAO TAO", "Số: 15/KH-SGDDT",
                "Về việc hủy tài liệu hết giá trị"), TextSource.OCR);
        assertEquals("KH-SGDĐT", department.valueOrNull(MetadataField.CODE_NOTATION));
        // a "D" the organ's initials print without a stroke stays: Sở Du lịch
        DocumentMetadata tourism = extractor.extract(scan("UBND TỈNH QUẢNG NAM\nSỞ DU LỊCH", "Số: 15/KH-SDL",
                "Về việc hủy tài liệu hết giá trị"), TextSource.OCR);
        assertEquals("KH-SDL", tourism.valueOrNull(MetadataField.CODE_NOTATION));
    }

    @Test
    void straySignsBeforeThePlaceAndSốReadAsS6() {
        DocumentMetadata metadata = extractor.extract(scan("SỞ NỘI VỤ", "Số: 12/QĐ-SNV", "Về việc hủy tài liệu hết giá trị")
                .replace("Hà Nội, ngày", ": Hà Nội, ngày"), TextSource.OCR);
        assertEquals("2025-09-09", metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("Hà Nội", metadata.valueOrNull(MetadataField.PLACE));
        String party = String.join("\n", "ĐẢNG BỘ HUYỆN PHÚ VANG", "ĐẢNG ỦY XÃ PHÚ AN", "*", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Phú An, ngày 8 tháng 1 năm 2025", "S6 45-BC/DU", "BÁO CÁO", "Kết quả thực hiện công tác văn thư năm 2024");
        DocumentMetadata report = extractor.extract(party, TextSource.OCR);
        assertEquals("45", report.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("BC/ĐU", report.valueOrNull(MetadataField.CODE_NOTATION));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "“Hà Nội, ngày 13 tháng 7 năm 2025     | 2025-07-13",
            "Hà Nội, ngày 0] tháng 09 năm 2024     | 2024-09-01",
            "Hà Nội, ngày 1] tháng 1] năm 2024     | 2024-11-11",
    })
    void aQuoteBeforeThePlaceAndABracketForOneAreReadThrough(String dateLine, String date) {
        DocumentMetadata metadata = extractor.extract(scan("SỞ NỘI VỤ", "Số: 12/QĐ-SNV", "Về việc hủy tài liệu hết giá trị")
                .replace("Hà Nội, ngày 09 tháng 9 năm 2025", dateLine), TextSource.OCR);
        assertEquals(date, metadata.valueOrNull(MetadataField.ISSUED_DATE), dateLine);
        assertEquals("Hà Nội", metadata.valueOrNull(MetadataField.PLACE), dateLine);
    }

    @Test
    void initialsOfAnOrgansName() {
        assertEquals("BGDĐT", NotationStrokes.initials("BỘ GIÁO DỤC VÀ ĐÀO TẠO"));
        assertEquals("PTCKH", NotationStrokes.initials("PHÒNG TÀI CHÍNH - KẾ HOẠCH"));
        assertEquals("QĐ-HĐND", NotationStrokes.restore("QD-HDND", java.util.List.of()));
        assertEquals("QĐ-BGDĐT", NotationStrokes.restore("QD-BGDDT", java.util.List.of("BỘ GIÁO DỤC VÀ ĐÀO TẠO")));
    }

    /** Tesseract (with vie alone) reads a printed "Đ" as "ĐÐ" or "Ð", the Icelandic eth Vietnamese never prints. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Số: 6/QĐÐ-CTBNI    | CỤC THUẾ TỈNH BẮC NINH  | QĐ-CTBNI",
            "Số: 6/QÐ-TCKH      | PHÒNG TÀI CHÍNH - KẾ HOẠCH | QĐ-TCKH",
            "Số: 6/QĐÐ-UBND     | ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA | QĐ-UBND",
            "Số: 6/TTr-SGDÐT    | SỞ GIÁO DỤC VÀ ĐÀO TẠO  | TTr-SGDĐT",
    })
    void anEthInANotationIsTheĐItWasPrintedAs(String numberLine, String organ, String notation) {
        DocumentMetadata metadata = extractor.extract(scan(organ, numberLine, "Về việc hủy tài liệu hết giá trị"),
                TextSource.OCR);
        assertEquals(notation, metadata.valueOrNull(MetadataField.CODE_NOTATION), numberLine);
    }

    @Test
    void anEthNoKnownAbbreviationExplainsIsNotWritten() {
        // "XÐ" is no type's, no organ's abbreviation either way: the ký hiệu is a misreading, left for the clerk
        DocumentMetadata metadata = extractor.extract(scan("SỞ NỘI VỤ", "Số: 6/XÐ-SNV", "Về việc hủy tài liệu hết giá trị"),
                TextSource.OCR);
        assertEquals(null, metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("6", metadata.valueOrNull(MetadataField.CODE_NUMBER));
    }

    /**
     * Offices named since 2025 for their work or their region: "THỊ HÀNH ÁN" (fresh13-03) is "THI HÀNH ÁN", "KHU VUC"
     * is "KHU VỰC"; the name is then written where the date line's place agrees with it.
     */
    @Test
    void theTermsOfOfficesNamedSince2025AreMended() {
        assertEquals("THI HÀNH ÁN DÂN SỰ TỈNH BẮC NINH", OrganTerms.repair("THỊ HÀNH ÁN DÂN SỰ TỈNH BẮC NINH"));
        assertEquals("CHI CỤC HẢI QUAN KHU VỰC 8", OrganTerms.repair("CHI CỤC HAI QUAN KHU VUC 8"));
        assertEquals("HỌC VIỆN CHÍNH TRỊ KHU VỰC IV", OrganTerms.repair("HỌC VIÊN CHÍNH TRI KHU VỰC IV"));
        DocumentMetadata metadata = extractor.extract(String.join("\n", "BỘ TƯ PHÁP", "THỊ HÀNH ÁN", "DÂN SỰ",
                "TỈNH BẮC NINH", "Số 69/KH-THADS", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Bắc Ninh, ngày 08 tháng 05 năm 2026", "KẾ HOẠCH", "Tổ chức kiểm tra công tác văn thư, lưu trữ năm 2025",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;"), TextSource.OCR);
        assertEquals("THI HÀNH ÁN DÂN SỰ TỈNH BẮC NINH", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("BỘ TƯ PHÁP", metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
    }

    /** The marks OCR got wrong inside an organ's fixed terms; a place name is never "repaired". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ĐẲNG ỦY XÃ PHÚ AN               | ĐẢNG ỦY XÃ PHÚ AN",
            "ĐÁNG ỦY XÃ PHÚ AN               | ĐẢNG ỦY XÃ PHÚ AN",
            "SƠ KHOA HỌC VÀ CÔNG NGHỆ        | SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            "TRUNG TÂM LƯU TRỪ LỊCH SỬ       | TRUNG TÂM LƯU TRỮ LỊCH SỬ",
            "PHÒNG TÀI CHÍNH - KE HOẠCH      | PHÒNG TÀI CHÍNH - KẾ HOẠCH",
            "CỤC THUÊ TĨNH BẮC NINH          | CỤC THUẾ TỈNH BẮC NINH",
            "ỦY BAN NHÂN DÂN PHƯỜNG ˆ AN HÒA | ỦY BAN NHÂN DÂN PHƯỜNG AN HÒA",
            "SỞ Y TẾ TỈNH ĐẮK LẮK            | SỞ Y TẾ TỈNH ĐẮK LẮK",
    })
    void anOrgansTermsReadWithWrongMarksAreMended(String read, String printed) {
        assertEquals(printed, OrganTerms.repair(read));
        DocumentMetadata metadata = extractor.extract(scan(read, "Số: 12/QĐ-SNV", "Về việc hủy tài liệu hết giá trị"),
                TextSource.OCR);
        assertEquals(printed, metadata.valueOrNull(MetadataField.ORGAN_NAME), read);
    }

    @Test
    void aPlaceNameIsNeverMended() {
        // "TĨNH" of Hà Tĩnh is "TỈNH" without marks, but stands in no term
        assertEquals("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", OrganTerms.repair("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"));
        assertEquals("UBND TỈNH HÀ TĨNH", OrganTerms.repair("UBND TĨNH HÀ TĨNH"));
    }

    /** Two tone marks on one syllable, or "ie"/"ye"/"uo" bare: OCR's misreadings, never a Vietnamese word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ĐẢẲNG CỘNG SẢN VIỆT NAM",
            "BỆNH VIỆN ĐA KHOA VUNG TAY NGUYEN",
            "VIỆN KIỂM SÁT NHÂN DÂN HUYỆN KIEN THỤY",
    })
    void anOrganWithAWordNoVietnameseSpellsIsWithheld(String organ) {
        DocumentMetadata metadata = extractor.extract(scan(organ, "Số: 12/QĐ-SNV",
                "Về việc hủy tài liệu hết giá trị"), TextSource.OCR);
        assertEquals(null, metadata.valueOrNull(MetadataField.ORGAN_NAME), organ);
        assertTrue(metadata.withheld().containsKey(MetadataField.ORGAN_NAME), organ);
    }

    @Test
    void aVvSubjectStopsAtThePlaceAndDateLineWhoseYearWrapped() {
        String text = String.join("\n", "ỦY BAN NHÂN DÂN TỈNH", "LÀO CAI", "Số: 412/UBND-VP",
                "V/v triển khai chữ ký số trong gửi nhận văn bản điện tử", "Lào Cai, ngày 5 tháng 12",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "năm 2025",
                "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        DocumentMetadata metadata = extractor.extract(text, TextSource.OCR);
        assertEquals("V/v triển khai chữ ký số trong gửi nhận văn bản điện tử",
                metadata.field(MetadataField.SUBJECT).orElse(metadata.withheld().get(MetadataField.SUBJECT)).value());
    }
}
