package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 18, where earchive wrote a value a clerk would have trusted and that was wrong, or found
 * nothing on a document a clerk reads at a glance. Each field read from the text is checked: a field not in
 * the expectation must be absent, so a value invented on these texts fails the test.
 *
 * <p>The {@code docx-text/} texts are what Tika reads from DOCX files LibreOffice saved from the evaluation
 * documents of {@code bench/metadata-eval/docs} (NĐ 30's two-column header as a table: left cell first); the
 * {@code ocr/} texts are what PDFBox reads back from earchive's PDF of a 200-dpi scan of them (Tesseract 5.3,
 * vie+eng), made by {@code bench/metadata-eval/run.sh}. A few short texts written here stand for what no
 * document at hand shows (a Word field code, a scrawled number).
 */
class NoConfidentWrongAnswerTest {

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void decisionWithItsSubjectAsVvUnderTheNumberAndTheTitleFollowedByTheAuthority() {
        // "QUYẾT ĐỊNH" is followed by "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ...", not by a subject: the V/v line is it
        expect(docx("qd-142-phan-cong"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "02"), Map.entry(MetadataField.TYPE_LABEL, "Quyết định"),
                Map.entry(MetadataField.CODE_NUMBER, "142"), Map.entry(MetadataField.CODE_NOTATION, "QĐ-UBND"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2025-03-12"), Map.entry(MetadataField.PLACE, "Kim Bôi"),
                Map.entry(MetadataField.ORGAN_NAME, "ỦY BAN NHÂN DÂN HUYỆN KIM BÔI"),
                Map.entry(MetadataField.SUBJECT, "V/v phân công nhiệm vụ thành viên Ủy ban nhân dân huyện nhiệm kỳ 2021 - 2026"),
                Map.entry(MetadataField.SIGNER_NAME, "Bùi Văn Cửu"), Map.entry(MetadataField.SIGNER_TITLE, "CHỦ TỊCH"),
                Map.entry(MetadataField.RECIPIENTS, "Như Điều 3; TT Huyện ủy; Lưu: VT")));
    }

    @Test
    void numberAndDayLeftBlankForThePenGiveTheNotationAndNoOrganFromTheNumberLine() {
        // "Số:          /QĐ-BYT" and "Hà Nội, ngày       tháng 6 năm 2025": the ký hiệu is printed, the number
        // and the day are written by hand on paper; "/QĐ-BYT" is no organ
        expect(docx("qd-byt-so-de-trong"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "02"), Map.entry(MetadataField.TYPE_LABEL, "Quyết định"),
                Map.entry(MetadataField.CODE_NOTATION, "QĐ-BYT"), Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ORGAN_NAME, "BỘ Y TẾ"),
                Map.entry(MetadataField.SUBJECT, "Về việc ban hành tài liệu chuyên môn “Hướng dẫn chẩn đoán và điều trị"
                        + " bệnh sốt xuất huyết Dengue”"),
                Map.entry(MetadataField.SIGNER_NAME, "Trần Văn Thuấn"), Map.entry(MetadataField.SIGNER_TITLE, "THỨ TRƯỞNG"),
                Map.entry(MetadataField.SIGNING_AUTHORITY, "KT. BỘ TRƯỞNG"),
                Map.entry(MetadataField.RECIPIENTS, "Như Điều 3; Bộ trưởng (để b/c); Lưu: VT, KCB")));
    }

    @Test
    void planWithItsNumberLeftBlank() {
        expect(docx("kh-so-de-trong"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "10"), Map.entry(MetadataField.TYPE_LABEL, "Kế hoạch"),
                Map.entry(MetadataField.CODE_NOTATION, "KH-UBND"), Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2025-01-03"), Map.entry(MetadataField.PLACE, "Tân Lập"),
                Map.entry(MetadataField.ORGAN_NAME, "ỦY BAN NHÂN DÂN XÃ TÂN LẬP"),
                Map.entry(MetadataField.SUBJECT, "Chỉnh lý tài liệu lưu trữ tồn đọng năm 2025"),
                Map.entry(MetadataField.SIGNER_NAME, "Hà Văn Dũng"), Map.entry(MetadataField.SIGNER_TITLE, "CHỦ TỊCH"),
                Map.entry(MetadataField.SIGNING_AUTHORITY, "TM. ỦY BAN NHÂN DÂN"),
                Map.entry(MetadataField.RECIPIENTS, "Phòng Nội vụ huyện; Lưu: VT")));
    }

    @Test
    void aTabBetweenSốAndTheNotationIsOneNumberLine() {
        // a header typed with tabs for the pen: "Số:<tab><tab>/KH-UBND" and "Số: 2858<tab>/QĐ-UBND"
        String blank = "UỶ BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố:\t\t/KH-UBND\n\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nTân Lập, ngày 03 tháng 01 năm 2025\n\nKẾ HOẠCH\n"
                + "Chỉnh lý tài liệu lưu trữ tồn đọng năm 2025\n";
        DocumentMetadata metadata = extractor.extract(blank);
        assertEquals("KH-UBND", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals(null, metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("UỶ BAN NHÂN DÂN XÃ TÂN LẬP", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        DocumentMetadata typed = extractor.extract(blank.replace("Số:\t\t/KH-UBND", "Số: 2858\t/KH-UBND"));
        assertEquals("2858", typed.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("KH-UBND", typed.valueOrNull(MetadataField.CODE_NOTATION));
    }

    @Test
    void aSpaceBeforeTheSlashAndADatedCitationInTheBody() {
        // the header's 10/06/2025, never the 13/06/2019 of "Căn cứ Quyết định số 15/2019/QĐ-UBND ngày 13/06/2019"
        expect(docx("qd-2858-khoang-trang"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "02"), Map.entry(MetadataField.TYPE_LABEL, "Quyết định"),
                Map.entry(MetadataField.CODE_NUMBER, "2858"), Map.entry(MetadataField.CODE_NOTATION, "QĐ-UBND"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2025-06-10"), Map.entry(MetadataField.PLACE, "Hòa Bình"),
                Map.entry(MetadataField.ORGAN_NAME, "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH"),
                Map.entry(MetadataField.SUBJECT, "Phê duyệt danh mục tài liệu hết giá trị của Sở Tài nguyên và Môi trường"),
                Map.entry(MetadataField.SIGNER_NAME, "Quách Tất Liêm"), Map.entry(MetadataField.SIGNER_TITLE, "PHÓ CHỦ TỊCH"),
                Map.entry(MetadataField.SIGNING_AUTHORITY, "KT. CHỦ TỊCH"),
                Map.entry(MetadataField.RECIPIENTS, "Sở Nội vụ; Sở Tài nguyên và Môi trường; Lưu: VT, NC")));
    }

    @Test
    void aCitationDateWrappedOntoALineOfItsOwnIsNotTheDate() {
        // the header's date lost (a handwritten day), the body's citation wrapped so that its date stands alone
        String text = "ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\nSố: 2858 /QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nHòa Bình, ngày    tháng 6 năm 2025\nQUYẾT ĐỊNH\n"
                + "Phê duyệt danh mục tài liệu hết giá trị\nCăn cứ Quyết định số 15/2019/QĐ-UBND\nngày 13/06/2019.\n";
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals(null, metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("2858", metadata.valueOrNull(MetadataField.CODE_NUMBER));
    }

    @Test
    void aContractHasNoIssuingBodyAndItsArticlesAreNone() {
        // motto first, no organ beside it: "HỢP ĐỒNG", "BÊN A: ..." and "ĐIỀU 3: CÁC THOẢ THUẬN KHÁC" are no organ;
        // "Hôm nay, ngày 02 tháng 4 năm 2025, tại ..." is the body, not a place and date line
        expect(docx("hop-dong-dich-vu"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "21"), Map.entry(MetadataField.TYPE_LABEL, "Hợp đồng"),
                Map.entry(MetadataField.CODE_NUMBER, "15"), Map.entry(MetadataField.CODE_NOTATION, "2025/HĐ-DV"),
                Map.entry(MetadataField.GRAMMAR, "legal-normative"),
                Map.entry(MetadataField.SIGNER_NAME, "Lê Thị Hoa"), Map.entry(MetadataField.SIGNER_TITLE, "ĐẠI DIỆN BÊN B")));
    }

    @Test
    void aCitizensApplicationHasNoIssuingBody() {
        // "NGƯỜI YÊU CẦU" and the form's title are not an organ; the date by the signature is not a header date
        expect(docx("don-de-nghi-ban-sao"), Map.ofEntries(
                Map.entry(MetadataField.SIGNER_NAME, "Đinh Thị Mai"), Map.entry(MetadataField.SIGNER_TITLE, "NGƯỜI YÊU CẦU")));
    }

    @Test
    void aCopyBlockAtTheFootIsNotTheDocument() {
        // a "SAO Y" made by the commune: its number 05/SY-UBND, its date 20/5/2025, its signer and nơi nhận are
        // the copy's; the notice's own day was left for the pen
        expect(docx("thong-bao-sao-y"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "07"), Map.entry(MetadataField.TYPE_LABEL, "Thông báo"),
                Map.entry(MetadataField.CODE_NUMBER, "37"), Map.entry(MetadataField.CODE_NOTATION, "TB-PNV"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ORGAN_NAME, "PHÒNG NỘI VỤ"), Map.entry(MetadataField.PARENT_ORGAN_NAME, "UBND HUYỆN LẠC SƠN"),
                Map.entry(MetadataField.SUBJECT, "Lịch thu nộp hồ sơ, tài liệu vào Lưu trữ lịch sử huyện năm 2025"),
                Map.entry(MetadataField.SIGNER_NAME, "Bùi Thị Lan"), Map.entry(MetadataField.SIGNER_TITLE, "TRƯỞNG PHÒNG"),
                Map.entry(MetadataField.RECIPIENTS, "Các cơ quan thuộc nguồn nộp lưu; Lưu: VT")));
    }

    @Test
    void aCopyBannerStampedAtTheTopHidesItsOwnDate() {
        String text = "SAO Y BẢN CHÍNH\nNgày 20/5/2025\nPHÒNG NỘI VỤ\nSố: 37/TB-PNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nLạc Sơn, ngày    tháng 5 năm 2025\nTHÔNG BÁO\nLịch thu nộp hồ sơ năm 2025\n";
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals(null, metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("PHÒNG NỘI VỤ", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("37", metadata.valueOrNull(MetadataField.CODE_NUMBER));
    }

    @Test
    void theReceivedStampIsNotTheDocumentsNumberDateOrOrgan() {
        // as OCR reads a "ĐẾN" stamp pressed under the header: its organ, number and date are the receiver's
        String text = "SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "UBND HUYỆN LẠC SƠN\nĐẾN Số: 1532\nNgày 16/6/2025\nChuyển: Văn phòng\nSố: 1187/SNV-CCVTLT\n"
                + "V/v thu thập hồ sơ, tài liệu đến hạn nộp lưu năm 2025\nKính gửi: Ủy ban nhân dân các huyện.\n";
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals(null, metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("1187", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("SNV-CCVTLT", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertTrue(!"UBND HUYỆN LẠC SƠN".equals(metadata.valueOrNull(MetadataField.ORGAN_NAME)),
                "the stamp's organ is the receiver, not the issuer");
    }

    @Test
    void aWordFieldCodeIsNoOrgan() {
        // the header text of a .doc whose page number field leaks its instruction
        String text = "PAGE  \\* MERGEFORMAT 2\nBỘ Y TẾ\nSố: 2109/QĐ-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 12 tháng 6 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành hướng dẫn\n";
        assertEquals("BỘ Y TẾ", extractor.extract(text).valueOrNull(MetadataField.ORGAN_NAME));
        String alone = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPAGE\nSố: 2109/QĐ-BYT\n"
                + "Hà Nội, ngày 12 tháng 6 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành hướng dẫn\n";
        assertEquals(null, extractor.extract(alone).valueOrNull(MetadataField.ORGAN_NAME));
    }

    @Test
    void aHandwrittenNumberOcrCannotReadIsLeftForTheClerk() {
        String text = "BỘ Y TẾ\nSố: 4l2 /QĐ-BYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Hà Nội, ngày 12 tháng 6 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành hướng dẫn\n";
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals(null, metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("QĐ-BYT", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("BỘ Y TẾ", metadata.valueOrNull(MetadataField.ORGAN_NAME));
    }

    @Test
    void aTemplatesBlankNumberLineIsNoNumberLine() {
        // NĐ 30 Phụ lục III's specimens: "Số:         /NQ-…3..." names no ký hiệu
        String text = "TÊN CQ, TC CHỦ QUẢN\nTÊN CƠ QUAN, TỔ CHỨC\nSố:         /NQ-…3...\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n…4..., ngày …… tháng …… năm ……\n";
        DocumentMetadata metadata = extractor.extract(text);
        assertEquals(null, metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals(null, metadata.valueOrNull(MetadataField.ISSUED_DATE));
    }

    // ---- 200-dpi scans of the same documents, as earchive's OCR layer gives their text back

    @Test
    void scanWithTheReceivedStampUnderTheHeader() {
        // OCR mixes the stamp ("UBND HUY...", "ĐẾN", "Chuyển: Van phông") into the body's lines: none of it is
        // a field, and the header's columns read as one flow still give the organ without the motto's halves
        DocumentMetadata metadata = extractor.extract(MetadataExtractorTest.text("ocr/scan-cong-van-so-noi-vu.txt"));
        assertEquals("1187", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("SNV-CCVTLT", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("SỞ NỘI VỤ", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        // the date line lost its year to the other column ("năm" / "... tài 2023"): no date, not a wrong one
        assertEquals(null, metadata.valueOrNull(MetadataField.ISSUED_DATE));
    }

    @Test
    void scanWhoseWrappedMottoSharesTheOrgansLines() {
        // "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ" / "XÃ TÂN LẬP NGHĨA VIỆT NAM"; "Số: _ /KH-UBND"; "... năm" / "2025"
        DocumentMetadata metadata = extractor.extract(MetadataExtractorTest.text("ocr/scan-kh-so-de-trong.txt"));
        assertEquals("ỦY BAN NHÂN DÂN XÃ TÂN LẬP", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("KH-UBND", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals(null, metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("2025-01-03", metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("Chỉnh lý tài liệu lưu trữ tồn đọng năm 2025", metadata.valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void scanWithTheBlankNumberLineGluedToTheMotto() {
        // "Độc lập - Tự do - Hạnh phúcSố: /QĐ-BYT" and "Hà Nội, ngày tháng 6 năm" / "2025"
        DocumentMetadata metadata = extractor.extract(MetadataExtractorTest.text("ocr/scan-qd-byt-so-de-trong.txt"));
        assertEquals("QĐ-BYT", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals(null, metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals(null, metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertEquals("BỘ Y TẾ", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals("Về việc ban hành tài liệu chuyên môn “Hướng dẫn chẩn đoán và điều trị bệnh sốt xuất huyết Dengue”",
                metadata.valueOrNull(MetadataField.SUBJECT));
    }

    @Test
    void scanOfTheDecisionWithTheStampAndTheDatedCitation() {
        DocumentMetadata metadata = extractor.extract(MetadataExtractorTest.text("ocr/scan-qd-2858-khoang-trang.txt"));
        assertEquals("2858", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("2025-06-10", metadata.valueOrNull(MetadataField.ISSUED_DATE));
        assertTrue(!metadata.valueOrNull(MetadataField.ORGAN_NAME).contains("TÀI NGUYÊN"),
                "the received stamp's office is not the issuer: " + metadata.valueOrNull(MetadataField.ORGAN_NAME));
    }

    // ----

    private static String docx(String name) {
        return MetadataExtractorTest.text("docx-text/" + name + ".docx.txt");
    }

    /** Asserts every field read from text: the expected ones equal, all others absent. */
    private DocumentMetadata expect(String text, Map<MetadataField, String> expected) {
        DocumentMetadata metadata = extractor.extract(text);
        Map<MetadataField, String> actual = new LinkedHashMap<>();
        for (MetadataField field : MetadataExtractorTest.READ_FROM_TEXT) {
            metadata.get(field).ifPresent(value -> actual.put(field, value));
        }
        assertEquals(new TreeMap<>(expected), new TreeMap<>(actual));
        return metadata;
    }
}
