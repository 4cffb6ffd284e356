package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A header typed in Word as tab-aligned paragraphs (issue 18): the texts are as Tika reads such a DOCX, one line per
 * paragraph, the tab kept, a trailing tab where the right column of a row is empty.
 */
class TabbedHeaderTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private static final String WRAPPED_ORGAN = String.join("\n",
            "SỞ Y TẾ TỈNH ĐẮK LẮK\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "BỆNH VIỆN ĐA KHOA VÙNG\tĐộc lập - Tự do - Hạnh phúc",
            "TÂY NGUYÊN\t",
            "\t____________",
            "Số: 2698/QĐ-BVTN\tĐắk Lắk, ngày 13 tháng 6 năm 2024",
            "QUYẾT ĐỊNH",
            "Về việc hủy tài liệu hết giá trị",
            "_________",
            "Căn cứ Quyết định số 23/2019/QĐ-UBND ngày 13/06/2019 của Ủy ban nhân dân tỉnh;",
            "QUYẾT ĐỊNH:",
            "Điều 1. Hủy tài liệu hết giá trị.",
            "",
            "\tNơi nhận:",
            "- Như trên;",
            "- Lưu: VT, VP.",
            "\tGIÁM ĐỐC",
            "Đặng Thanh Sơn");

    @Test
    void anOrganNameWrappedInTheLeftColumnIsReadWholeNotAsItsLastLine() {
        DocumentMetadata metadata = extractor.extract(WRAPPED_ORGAN);
        assertEquals("BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("SỞ Y TẾ TỈNH ĐẮK LẮK", metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
        assertEquals("2698", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("QĐ-BVTN", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("2024-06-13", metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("Về việc hủy tài liệu hết giá trị", metadata.valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void theLeftColumnComesFirstThenTheRightThenTheRest() {
        String expected = String.join("\n", "SỞ Y TẾ TỈNH ĐẮK LẮK", "BỆNH VIỆN ĐA KHOA VÙNG", "TÂY NGUYÊN",
                "Số: 2698/QĐ-BVTN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "____________", "Đắk Lắk, ngày 13 tháng 6 năm 2024", "", "QUYẾT ĐỊNH", "");
        assertEquals(expected, TabbedHeader.columnsFirst(WRAPPED_ORGAN).substring(0, expected.length()));
    }

    @Test
    void anOrgansLastLineTypedWithoutItsTabAndAPartyStarStayInTheHeader() {
        String party = String.join("\n",
                "ĐẢNG BỘ HUYỆN PHÚ VANG\tĐẢNG CỘNG SẢN VIỆT NAM",
                "ĐẢNG ỦY XÃ PHÚ AN\t",
                "*",
                "Số 50-BC/ĐU\tPhú An, ngày 22/05/2025",
                "BÁO CÁO",
                "Kết quả thực hiện công tác văn thư, lưu trữ năm 2024");
        DocumentMetadata metadata = extractor.extract(party);
        assertEquals("ĐẢNG ỦY XÃ PHÚ AN", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("BC/ĐU", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("2025-05-22", metadata.valueOrNull(MetadataField.ISSUED_DATE));

        String noTab = WRAPPED_ORGAN.replace("TÂY NGUYÊN\t", "TÂY NGUYÊN");
        assertEquals("BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN", extractor.extract(noTab).valueOrNull(MetadataField.ORGAN_NAME));
    }

    @Test
    void aDateTypedAsAParagraphOfItsOwnBelowTheNumberLineEndsTheHeader() {
        // the number line alone, then the place and date on the tab stop: the organ's wrapped "BỆNH" is the left's
        String text = String.join("\n", "BỘ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "CỤC QUẢN LÝ KHÁM, CHỮA\tĐộc lập - Tự do - Hạnh phúc", "BỆNH\t", "\t____________", "Số : 22/ QĐ - KCB",
                "\tHà Nội, ngày 21 tháng 2 năm 2025", "QUYẾT ĐỊNH", "Về việc phê duyệt Kế hoạch chỉnh lý tài liệu",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;");
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals("CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("22", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("2025-02-21", metadata.valueOrNull(MetadataField.ISSUED_DATE));
    }

    @Test
    void aGapForThePenAfterSốIsNoColumnAndTextsWithoutATabbedHeaderAreUnchanged() {
        String pen = "UBND TỈNH QUẢNG NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ NỘI VỤ\tĐộc lập - Tự do - Hạnh phúc\n"
                + "Số:\t\t/KH-SNV\tQuảng Nam, ngày 03 tháng 01 năm 2025\nKẾ HOẠCH\n";
        assertEquals("UBND TỈNH QUẢNG NAM\nSỞ NỘI VỤ\nSố: /KH-SNV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nQuảng Nam, ngày 03 tháng 01 năm 2025\n\nKẾ HOẠCH\n", TabbedHeader.columnsFirst(pen));
        // a table's cells as Tika reads them (each opening with a tab), and a signature block beside the recipients
        String table = "\tỦY BAN NHÂN DÂN\nHUYỆN KIM BÔI\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNội dung\n"
                + "Nơi nhận:\tKT. CHỦ TỊCH\n- Như Điều 3;\tPHÓ CHỦ TỊCH\n";
        assertEquals(table, TabbedHeader.columnsFirst(table));
    }
}
