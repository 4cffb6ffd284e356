package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Scans of the twelfth blind half (issue 18, fresh10) as Tesseract read them, where the code written before it wrote
 * a wrong value: a trích yếu typed over three lines beside the received stamp, whose "Ngày:" and "Chuyển:" lines OCR
 * read between the subject's lines ("Về việc ban hành Quy" written as the whole subject), and a state corporation's
 * name whose last word OCR lost ("TÔNG CÔNG TY ĐƯỜNG SÁT VIỆT"). Each with the reading that is written.
 */
class StampBesideTheSubjectTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    private DocumentMetadata readSure(String text) {
        return extractor.extract(text, TextSource.OCR, OcrReadings.sure(text));
    }

    private static String decision(String... subjectLines) {
        return String.join("\n", "BỘ CÔNG AN", "CỤC CẢNH SÁT QUẢN LÝ", "HÀNH CHÍNH VỀ TRẬT TỰ XÃ", "HỘI",
                "Số : 3730/ QĐ - C06", "VĂN PHÒNG UBND TỈNH", "ĐẾN °°!°'°", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 19 tháng 8 năm 2027", "QUYẾT ĐỊNH", String.join("\n", subjectLines),
                "Căn cứ Thông tư số 05/2025/TT-BNV ngày 14 tháng 5 năm 2025 của Bộ Nội vụ;");
    }

    /** fresh10-15: the stamp's "Ngày." (its colon read as a full stop) and "Chuyển:" rows between the subject's. */
    @Test
    void aSubjectGoesOnPastTheStampsLinesReadBetweenItsOwn() {
        DocumentMetadata metadata = readSure(decision("Về việc ban hành Quy", "Ngày. 19/3/2025\tchế quản lý, vận hành Trung",
                "Chuyển: Văn phòng", "tâm dữ liệu của tỉnh", "Lưu hồ sơ số:......."));
        assertEquals("Về việc ban hành Quy chế quản lý, vận hành Trung tâm dữ liệu của tỉnh",
                metadata.valueOrNull(MetadataField.SUBJECT));
        // a subject's own wrapped line that opens with a stamp's words but not its label is the subject's (tune-65)
        assertEquals("Về việc triển khai chuyển đổi số trong cơ quan", readSure(decision("Về việc triển khai",
                "chuyển đổi số trong cơ quan")).valueOrNull(MetadataField.SUBJECT));
        assertEquals("Về việc hướng dẫn nộp lưu hồ sơ, tài liệu vào Lưu trữ cơ quan", readSure(decision(
                "Về việc hướng dẫn nộp", "lưu hồ sơ, tài liệu vào Lưu trữ cơ quan")).valueOrNull(MetadataField.SUBJECT));
    }

    /** fresh10-04: "gày:" (the stamp's "Ngày:" with its N at the frame), then "x", the handwritten date's ink. */
    @Test
    void aSpeckReadAfterTheStampsLineLeavesTheSubjectForTheClerk() {
        DocumentMetadata metadata = readSure(decision("Bồi dưỡng nghiệp vụ", "gày:\tx", "văn thư cho",
                "Chuyển: Văn phòng\tcông chức cấp xã", "Lưu hồ sơ số: ......"));
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals("Bồi dưỡng nghiệp vụ văn thư cho công chức cấp xã", readSure(decision("Bồi dưỡng nghiệp vụ",
                "gày:", "văn thư cho", "Chuyển: Văn phòng\tcông chức cấp xã", "Lưu hồ sơ số: ......"))
                .valueOrNull(MetadataField.SUBJECT));
    }

    /** fresh5-05: a row of marks only ("., ;") after the stamp's line is a speck, read without failing. */
    @Test
    void aRowOfMarksAfterTheStampsLineIsASpeck() {
        DocumentMetadata metadata = readSure(decision("Về việc ban hành Quy", "Ngày: 19/3/2025", "., ;",
                "chế quản lý, vận hành Trung tâm dữ liệu của tỉnh"));
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT));
        assertEquals("2027-08-19", metadata.valueOrNull(MetadataField.ISSUED_DATE));
    }

    private static String plan(String organLine) {
        return String.join("\n", organLine, "nh", "Số: 598/KH-ĐSVN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM",
                "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 12 tháng 5 năm 2027", "KẾ HOẠCH",
                "Triển khai số hóa tài liệu lưu trữ giai đoạn 2025 - 2030",
                "Căn cứ Quyết định số 112/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh;");
    }

    /** fresh10-08: "NAM" lost after "VIỆT" (read "nh"), "TỔNG" and "SẮT" read "TÔNG", "SÁT". */
    @Test
    void aNameEndingOnVietHasLostItsNam() {
        DocumentMetadata metadata = readSure(plan("TÔNG CÔNG TY ĐƯỜNG SÁT VIỆT"));
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT", metadata.withheld().get(MetadataField.ORGAN_NAME).value());
        assertEquals("TỔNG CÔNG TY ĐƯỜNG SẮT VIỆT NAM",
                readSure(plan("TÔNG CÔNG TY ĐƯỜNG SÁT VIỆT NAM")).valueOrNull(MetadataField.ORGAN_NAME));
    }

    /**
     * fresh10-04 and -19 read with the red stamp taken out before OCR (measured, RedStampDropout): a speck read as a
     * full stop inside the organ's name ("SÁT. QUẢN"), and a subject cut after "dự" (of "dự án").
     */
    @Test
    void aStopInsideANameAndASubjectEndingOnDuAreLeftForTheClerk() {
        DocumentMetadata metadata = readSure(String.join("\n", "BỘ CÔNG AN", "CỤC CẢNH SÁT. QUẢN LÝ",
                "HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", "Số: 3399/TTr-C06", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 19/02/2027", "TỜ TRÌNH",
                "Về việc đề nghị phê duyệt chủ trương đầu tư dự",
                "Căn cứ Quyết định số 112/QĐ-UBND ngày 20/3/2024 của Ủy ban nhân dân tỉnh;"));
        assertNull(metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertNull(metadata.valueOrNull(MetadataField.SUBJECT));
        // an abbreviation's stop stays: "TP." has no vowel
        assertEquals("ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH", readSure(String.join("\n", "ỦY BAN NHÂN DÂN TP. HỒ CHÍ MINH",
                "Số: 12/QĐ-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "TP. Hồ Chí Minh, ngày 19/02/2027", "QUYẾT ĐỊNH", "Về việc hủy tài liệu hết giá trị",
                "Căn cứ Luật Lưu trữ ngày 21 tháng 6 năm 2024;")).valueOrNull(MetadataField.ORGAN_NAME));
    }
}
