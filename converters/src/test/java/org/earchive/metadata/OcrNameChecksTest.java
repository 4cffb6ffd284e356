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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headers as Tesseract read the fifth blind half's scans (issue 18, eighth session, fresh3): names written wrong with
 * every word sure ("ĐẠI LỌC" beside the date line's "Đại Lộc"; "CAM LÂM", the place of "HỘI ĐỒNG NHÂN DÂN HUYỆN" cut
 * off by the motto's line; "... QUẢNG PHÚ VIỆT NAM" taking the motto's last words), a V/v parted into words at wide
 * gaps and cut by a stamp, and right names withheld because a word of them is spelt like a header word with other
 * marks ("SỐ 1" is not "SỞ", "ĐỨC" is not "DỤC").
 */
class OcrNameChecksTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    /** The text as OCR gave it, every word read with a confidence of 96: Tesseract was sure of each. */
    private DocumentMetadata readSure(String text) {
        return extractor.extract(text, TextSource.OCR, OcrReadings.sure(text));
    }

    private static String page(String header, String dateLine) {
        return String.join("\n", header, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", dateLine,
                "QUYẾT ĐỊNH", "Phê duyệt Danh mục hồ sơ năm 2025", "—————",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;", "QUYẾT ĐỊNH:", "Điều 1. Phê duyệt Danh mục hồ sơ.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PHÒNG CÔNG CHỨNG SỐ 1",
            "HUYỆN ỦY ĐỨC TRỌNG",
            "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG",
            "TRUNG TÂM Y TẾ HUYỆN ĐỨC PHỔ",
    })
    void aWordSpeltLikeAHeaderWordWithOtherMarksIsAnotherWord(String organ) {
        assertEquals(0, OcrTokens.suspicious(organ), organ);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "CỤC THUÊ TỈNH BẮC NINH",
            "CỤC THUẾ TĨNH BẮC NINH",
            "ỦY BAN NHÂN DÂN XÃ HỌI AN",
            "SO NỘI VỤ",
    })
    void aHeaderWordThatLostAMarkOrTookAnotherToneIsStillAMisreading(String organ) {
        assertTrue(OcrTokens.suspicious(organ) > 0, organ);
    }

    @Test
    void aNameWhosePlaceTheDateLineSpellsWithOtherMarksIsLeftForTheClerk() {
        String header = "ỦY BAN NHÂN DÂN HUYỆN\nĐẠI LỌC\nSố: 1350/QĐ-UBND";
        DocumentMetadata misread = readSure(page(header, "Đại Lộc, ngày 9 tháng 6 năm 2025"));
        assertNull(misread.valueOrNull(MetadataField.ORGAN_NAME), "not written");
        assertEquals("ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỌC", misread.withheld().get(MetadataField.ORGAN_NAME).value());
        DocumentMetadata agreeing = readSure(page(header.replace("LỌC", "LỘC"), "Đại Lộc, ngày 9 tháng 6 năm 2025"));
        assertEquals("ỦY BAN NHÂN DÂN HUYỆN ĐẠI LỘC", agreeing.valueOrNull(MetadataField.ORGAN_NAME));
        assertTrue(PlaceAgreement.disagrees("TRUNG TÂM Y TẾ HUYỆN ĐỨC PHÔ", "Đức Phổ"));
        assertFalse(PlaceAgreement.disagrees("SỞ NỘI VỤ", "Quảng Nam"), "a name without its place says nothing");
        // the place its level calls for opens as the date line's place ends (another column glued before it), then not
        assertTrue(PlaceAgreement.disagrees("ỦY BAN NHÂN DÂN XÃ QUẢNG ĐÓ", "SN ti VN giá hiện trạng Quảng Phú"));
        assertFalse(PlaceAgreement.disagrees("ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN", "Hội An"));
        assertFalse(PlaceAgreement.disagrees("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", "Đà Lạt"), "another place: no judgment");
    }

    @Test
    void theMottosSecondLineBetweenANameAndItsPlaceDoesNotCutTheName() {
        // a Nghị quyết's header read as one flow: the motto beside the council's first line, its second line next
        String text = String.join("\n", "HỘI ĐỒNG NHÂN DÂN HUYỆN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "CAM LÂM", "Số: 1322/2026/NQ-HĐND", "Cam Lâm, ngày 09 tháng 05 năm 2026",
                "NGHỊ QUYẾT", "Về việc quy định mức thu phí khai thác tài liệu lưu trữ", "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        DocumentMetadata metadata = readSure(text);
        assertEquals("HỘI ĐỒNG NHÂN DÂN HUYỆN CAM LÂM", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertNull(metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
    }

    @Test
    void aPieceOfANameThatOpensAsNoOrganIsLeftForTheClerk() {
        // the council's line unreadable beside a misread motto ("sÓC CØNG HOA"), and the next row's "THĂNG" / "VIỆT NAM"
        String text = String.join("\n", "HỘI ĐỒNG NHÂN DÂN TỈNH sÓC CØNG HOA XÃ HỘI CHU NGHIA", ":\tTHĂNG\tVIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 706 /2026/NQ-HĐND", "Sóc Trăng, ngày 27 tháng 07 năm 2026",
                "NGHỊ QUYẾT", "Về việc thông qua Đề án phát triển lưu trữ số đến năm 2030",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        DocumentMetadata metadata = readSure(text);
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertFalse(OrganHeads.opens("THĂNG VIỆT NAM"));
        assertTrue(OrganHeads.opens("BẢO HIỂM XÃ HỘI TỈNH KON TUM"));
    }

    @Test
    void theMottosLastWordsOnTheNextRowAreNotTheNamesPlace() {
        // a name and the motto both wrapped, read row by row: "... XÃ QUẢNG" + motto head, then "PHÚ" + "VIỆT NAM"
        String text = String.join("\n", "ỦY BAN NHÂN DÂN XÃ QUẢNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "PHÚ\tVIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 825/QĐ-UBND", "Quảng Phú, ngày 28 tháng 2 năm 2025",
                "QUYẾT ĐỊNH", "Phê duyệt Danh mục hồ sơ năm 2025", "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        assertEquals("ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ", readSure(text).valueOrNull(MetadataField.ORGAN_NAME));
    }

    @Test
    void aVvPartedIntoWordsAndCutByAStampIsLeftForTheClerk() {
        // wide gaps made each word of the V/v's first line a column; a received stamp covers its second line
        String text = String.join("\n", "BỘ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 375/BGDĐT - VP\tHà Nội, ngày 18 tháng 02 năm 2025",
                "V/v cung cấp\tthông\ttin\tphục\tvụ", "¡ểiñ tr dôAt©tát6", "ĐẾN Số: 983",
                "Kính gửi: Các cơ quan, đơn vị trực thuộc.");
        DocumentMetadata metadata = readSure(text);
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT), "not written");
        assertTrue(metadata.withheld().containsKey(MetadataField.SUBJECT), "left for the clerk");
    }

    /** The text as OCR gave it, each word read with 96 but those named, read with the confidence given. */
    private DocumentMetadata read(String text, java.util.Map<String, Integer> hesitant) {
        List<OcrWords.Word> words = new ArrayList<>();
        for (String word : text.split("\\s+")) {
            words.add(new OcrWords.Word(word, hesitant.getOrDefault(word, 96)));
        }
        return extractor.extract(text, TextSource.OCR, new OcrWords(words));
    }

    @Test
    void aSubjectOpeningOnAWordTesseractHesitatedOverIsLeftForTheClerk() {
        // a received stamp over the start of the subject's line: "chức ki" read into the stamp, "Êm" (71) opens the rest
        String text = String.join("\n", "UBND TỈNH QUẢNG NAM", "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ", "Số: 90 /KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Phú, ngày 15 tháng 02 năm 2026",
                "VĂN PHÒNG UBND TỈNH", "ĐẾN °# ?#S chức ki", "Ngày: 20/8/2025", "KẾ HOẠCH",
                "Êm tra công tác văn thư, lưu trữ năm 2025", "Chuyển: Văn nhò $ v");
        DocumentMetadata cut = read(text, java.util.Map.of("Êm", 71, "°#", 6, "?#S", 30, "nhò", 40, "$", 23, "v", 34));
        assertNull(cut.valueOrNull(MetadataField.SUBJECT), "not written");
        assertEquals("Êm tra công tác văn thư, lưu trữ năm 2025", cut.withheld().get(MetadataField.SUBJECT).value());
        // the same line read whole, its first word sure and one further on hesitant, is no cut
        DocumentMetadata whole = read(text.replace("Êm tra", "Kiểm tra"), java.util.Map.of("văn", 80));
        assertEquals("OCR text, clean", whole.field(MetadataField.SUBJECT).orElseGet(
                () -> whole.withheld().get(MetadataField.SUBJECT)).evidence());
    }

    @Test
    void aDateIsSureOnlyWhenTesseractWasSureOfEachWordItIsPrintedWith() {
        // a day read with 62: clean, written at what clean dates measured
        String text = page("SỞ NỘI VỤ\nSố: 12/QĐ-SNV", "Quảng Nam, ngày 18 tháng 3 năm 2025");
        assertEquals("OCR text, clean", evidence(read(text, java.util.Map.of("18", 62))));
        assertEquals("OCR text, sure", evidence(read(text, java.util.Map.of())));
        // the italic "18" read as "16" with 62: a real date, but a 6 Tesseract hesitated over is as often an 8
        String six = text.replace("ngày 18", "ngày 16");
        assertEquals("OCR text, doubtful", evidence(read(six, java.util.Map.of("16", 62))));
        assertEquals("OCR text, sure", evidence(read(six, java.util.Map.of())));
    }

    private static String evidence(DocumentMetadata metadata) {
        return metadata.field(MetadataField.ISSUED_DATE).orElseGet(() -> metadata.withheld().get(MetadataField.ISSUED_DATE))
                .evidence();
    }
}
