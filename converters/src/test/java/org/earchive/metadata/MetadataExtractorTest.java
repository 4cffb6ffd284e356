package org.earchive.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Extraction compared field by field with what a records clerk reads on the document. Every field the
 * extractor reads from text is checked: a field not listed in the expectation must be absent, so a value
 * invented on any of these texts fails the test.
 */
class MetadataExtractorTest {

    /** The fields read from the text; language is checked separately (it is a guess about the whole text). */
    static final Set<MetadataField> READ_FROM_TEXT = EnumSet.of(MetadataField.TYPE_NAME, MetadataField.TYPE_LABEL,
            MetadataField.CODE_NUMBER, MetadataField.CODE_NOTATION, MetadataField.ISSUED_DATE, MetadataField.PLACE,
            MetadataField.ORGAN_NAME, MetadataField.PARENT_ORGAN_NAME, MetadataField.SUBJECT, MetadataField.SIGNER_NAME,
            MetadataField.SIGNER_TITLE, MetadataField.SIGNING_AUTHORITY, MetadataField.RECIPIENTS, MetadataField.GRAMMAR);

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void stateReportFixture() {
        expect(Fixtures.sourceText("bao-cao-tong-ket.txt"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "14"), Map.entry(MetadataField.TYPE_LABEL, "Báo cáo"),
                Map.entry(MetadataField.CODE_NUMBER, "27"), Map.entry(MetadataField.CODE_NOTATION, "BC-UBND"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2024-12-18"), Map.entry(MetadataField.PLACE, "Hòa Bình"),
                Map.entry(MetadataField.ORGAN_NAME, "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"),
                Map.entry(MetadataField.SUBJECT,
                        "Tổng kết công tác văn thư, lưu trữ năm 2024 và phương hướng nhiệm vụ năm 2025"),
                Map.entry(MetadataField.SIGNER_NAME, "Nguyễn Thị Thu Hằng"),
                Map.entry(MetadataField.SIGNER_TITLE, "CHỦ TỊCH"),
                Map.entry(MetadataField.SIGNING_AUTHORITY, "TM. ỦY BAN NHÂN DÂN"),
                Map.entry(MetadataField.RECIPIENTS,
                        "Phòng Nội vụ huyện; Thường trực Đảng ủy xã; Chủ tịch, các Phó Chủ tịch UBND xã; Lưu: VT")));
    }

    @Test
    void congVanFixtureIsRecognisedByItsSubjectLine() {
        expect(Fixtures.sourceText("cong-van.txt"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "22"), Map.entry(MetadataField.TYPE_LABEL, "Công văn"),
                Map.entry(MetadataField.CODE_NUMBER, "607"), Map.entry(MetadataField.CODE_NOTATION, "SNV-VTLT"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2025-02-05"), Map.entry(MetadataField.PLACE, "Hòa Bình"),
                Map.entry(MetadataField.ORGAN_NAME, "SỞ NỘI VỤ TỈNH HÒA BÌNH"),
                Map.entry(MetadataField.SUBJECT, "V/v hướng dẫn số hóa tài liệu lưu trữ năm 2025"),
                Map.entry(MetadataField.SIGNER_NAME, "Trần Văn Đức"),
                Map.entry(MetadataField.SIGNER_TITLE, "PHÓ GIÁM ĐỐC"),
                Map.entry(MetadataField.SIGNING_AUTHORITY, "KT. GIÁM ĐỐC")));
    }

    @Test
    void partyFixtureUsesThePartyGrammar() {
        expect(Fixtures.sourceText("thong-bao.txt"), partyThongBao(true));
    }

    /** What the pipeline extracts from: the text of earchive's own PDFs of the fixtures (lines wrapped at A4). */
    @Test
    void fixturesAsReadFromTheirPdfsGiveTheSameFields() {
        for (String name : new String[] {"bao-cao-tong-ket", "cong-van", "thong-bao"}) {
            String pdfText = text("pdf-text/" + Map.of("bao-cao-tong-ket", "bao-cao-tong-ket", "cong-van",
                    "cong-van-windows-1258", "thong-bao", "thong-bao-utf16").get(name) + ".pdf.txt");
            DocumentMetadata fromPdf = extractor.extract(pdfText);
            DocumentMetadata fromSource = extractor.extract(Fixtures.sourceText(name + ".txt"));
            for (MetadataField field : READ_FROM_TEXT) {
                assertEquals(fromSource.valueOrNull(field), fromPdf.valueOrNull(field), name + " " + field.element());
            }
        }
    }

    /** The text PDFBox reads back from earchive's PDF of the HTML fixture: table cells wrapped, columns merged. */
    @Test
    void htmlDecisionFixtureAsReadFromItsPdf() {
        expect(text("pdf-text/quyet-dinh.pdf.txt"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "02"), Map.entry(MetadataField.TYPE_LABEL, "Quyết định"),
                Map.entry(MetadataField.CODE_NUMBER, "112"), Map.entry(MetadataField.CODE_NOTATION, "QĐ-UBND"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2025-03-20"), Map.entry(MetadataField.PLACE, "Hòa Bình"),
                Map.entry(MetadataField.ORGAN_NAME, "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH"),
                Map.entry(MetadataField.SUBJECT, "Về việc thành lập Tổ số hóa tài liệu lưu trữ của xã"),
                Map.entry(MetadataField.SIGNER_NAME, "Nguyễn Thị Thu Hằng"),
                Map.entry(MetadataField.SIGNER_TITLE, "CHỦ TỊCH"),
                Map.entry(MetadataField.RECIPIENTS, "Như Điều 3; Lưu: VT")));
    }

    @Test
    void decisionSignedOnBehalfWithParentlessWrappedOrganName() {
        expect(text("texts/state-quyet-dinh-kt.txt"), quyetDinh125(true));
    }

    @Test
    void withoutDiacriticsTheSameFieldsAreFoundAsPrinted() {
        Map<MetadataField, String> expected = new LinkedHashMap<>(quyetDinh125(false));
        expected.put(MetadataField.RECIPIENTS, "Nhu Dieu 2; Luu: VT, NC");
        expect(text("texts/state-no-diacritics.txt"), expected);
        DocumentMetadata metadata = extractor.extract(text("texts/state-no-diacritics.txt"));
        double clean = extractor.extract(text("texts/state-quyet-dinh-kt.txt")).field(MetadataField.CODE_NOTATION)
                .orElseThrow().confidence();
        assertTrue(metadata.field(MetadataField.CODE_NOTATION).orElseThrow().confidence() < clean,
                "a ký hiệu read without its diacritics must be less certain than a clean one");
    }

    @Test
    void congVanWithParentOrganAndWrappedSubject() {
        expect(text("texts/state-cong-van-parent.txt"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "22"), Map.entry(MetadataField.TYPE_LABEL, "Công văn"),
                Map.entry(MetadataField.CODE_NUMBER, "1204"), Map.entry(MetadataField.CODE_NOTATION, "SNV-CCVTLT"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2024-10-07"), Map.entry(MetadataField.PLACE, "Quảng Nam"),
                Map.entry(MetadataField.ORGAN_NAME, "SỞ NỘI VỤ"),
                Map.entry(MetadataField.PARENT_ORGAN_NAME, "UBND TỈNH QUẢNG NAM"),
                Map.entry(MetadataField.SUBJECT, "V/v đôn đốc thực hiện chỉnh lý tài liệu tồn đọng tại các cơ quan,"
                        + " tổ chức thuộc nguồn nộp lưu"),
                Map.entry(MetadataField.SIGNER_NAME, "Lê Văn Thanh"),
                Map.entry(MetadataField.SIGNER_TITLE, "GIÁM ĐỐC"),
                Map.entry(MetadataField.RECIPIENTS, "Như trên; Lưu: VT, CCVTLT")));
    }

    @Test
    void ocrNoiseMergedColumnsAndSpacedSymbol() {
        // the signature block's columns are merged with the recipients': no signer is better than a wrong one
        expect(text("texts/state-ocr-noise.txt"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "15"), Map.entry(MetadataField.TYPE_LABEL, "Tờ trình"),
                Map.entry(MetadataField.CODE_NUMBER, "08"), Map.entry(MetadataField.CODE_NOTATION, "TTr-UBND"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2024-06-07"), Map.entry(MetadataField.PLACE, "Lạc Sơn"),
                Map.entry(MetadataField.ORGAN_NAME, "ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN"),
                Map.entry(MetadataField.SUBJECT, "Về việc đề nghị cấp kinh phí tu bổ kho lưu trữ huyện"),
                Map.entry(MetadataField.RECIPIENTS, "Như trên; Lưu: VT")));
    }

    @Test
    void partyReportWithoutDiacriticsAndWithParentCommittee() {
        expect(text("texts/party-no-diacritics.txt"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "14"), Map.entry(MetadataField.TYPE_LABEL, "Báo cáo"),
                Map.entry(MetadataField.CODE_NUMBER, "27"), Map.entry(MetadataField.CODE_NOTATION, "BC/HU"),
                Map.entry(MetadataField.GRAMMAR, "party"),
                Map.entry(MetadataField.ISSUED_DATE, "2025-01-15"), Map.entry(MetadataField.PLACE, "Lac Son"),
                Map.entry(MetadataField.ORGAN_NAME, "HUYEN UY LAC SON"),
                Map.entry(MetadataField.PARENT_ORGAN_NAME, "DANG BO TINH HOA BINH"),
                Map.entry(MetadataField.SUBJECT, "Ket qua thuc hien cong tac luu tru tai lieu Dang nam 2024"),
                Map.entry(MetadataField.SIGNER_NAME, "Dinh Van Nam"),
                Map.entry(MetadataField.SIGNER_TITLE, "PHO BI THU"),
                Map.entry(MetadataField.SIGNING_AUTHORITY, "T/M BAN THUONG VU"),
                Map.entry(MetadataField.RECIPIENTS, "Ban Thuong vu Tinh uy; Luu Van phong Huyen uy")));
    }

    @Test
    void legalNormativeNumberKeepsTheYearInTheNotationAndNumericDatesAreRead() {
        DocumentMetadata metadata = expect(text("texts/legal-thong-tu-numeric-date.txt"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "32"), Map.entry(MetadataField.TYPE_LABEL, "Thông tư"),
                Map.entry(MetadataField.CODE_NUMBER, "09"), Map.entry(MetadataField.CODE_NOTATION, "2024/TT-BVHTTDL"),
                Map.entry(MetadataField.GRAMMAR, "legal-normative"),
                Map.entry(MetadataField.ISSUED_DATE, "2024-11-28"), Map.entry(MetadataField.PLACE, "Hà Nội"),
                Map.entry(MetadataField.ORGAN_NAME, "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
                Map.entry(MetadataField.SUBJECT, "Quy định thời hạn bảo quản hồ sơ, tài liệu chuyên môn nghiệp vụ"),
                Map.entry(MetadataField.SIGNER_NAME, "Trần Minh Khoa"),
                Map.entry(MetadataField.SIGNER_TITLE, "BỘ TRƯỞNG"),
                Map.entry(MetadataField.RECIPIENTS, "Văn phòng Chính phủ; Lưu: VT, VP")));
        assertEquals("09/2024/TT-BVHTTDL", metadata.numberAndNotation(), "the number as printed, leading zero kept");
    }

    @Test
    void newsArticleWithNumbersAndDatesYieldsNothingButItsLanguage() {
        DocumentMetadata metadata = expect(text("texts/news-article.txt"), Map.of());
        assertEquals("01", metadata.valueOrNull(MetadataField.LANGUAGE));
    }

    @Test
    void emptyAndBlankTextsYieldNothing() {
        assertTrue(extractor.extract("").asMap().isEmpty());
        assertTrue(extractor.extract(null).asMap().isEmpty());
        assertTrue(extractor.extract("  \n\n ").asMap().isEmpty());
    }

    @Test
    void aLongDocumentIsReadAtItsHeadAndTail() {
        String report = Fixtures.sourceText("bao-cao-tong-ket.txt");
        int split = report.indexOf("IV. PHƯƠNG HƯỚNG");
        String longReport = report.substring(0, split) + "Nội dung chi tiết.\n".repeat(60_000) + report.substring(split);
        DocumentMetadata metadata = extractor.extract(longReport);
        assertEquals("27", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("Nguyễn Thị Thu Hằng", metadata.valueOrNull(MetadataField.SIGNER_NAME));
    }

    @Test
    void decomposedUnicodeGivesComposedValues() {
        String nfd = Normalizer.normalize(Fixtures.sourceText("bao-cao-tong-ket.txt"), Normalizer.Form.NFD);
        DocumentMetadata metadata = extractor.extract(nfd);
        assertEquals("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertTrue(Normalizer.isNormalized(metadata.valueOrNull(MetadataField.SUBJECT), Normalizer.Form.NFC));
    }

    // ---- OCR output of the sample scans (Tesseract 5, vie), committed as text so the test needs no Tesseract

    @Test
    void ocrOfTheReportScan() {
        Map<MetadataField, String> expected = new LinkedHashMap<>();
        expected.put(MetadataField.TYPE_NAME, "14");
        expected.put(MetadataField.TYPE_LABEL, "Báo cáo");
        expected.put(MetadataField.CODE_NUMBER, "27");
        expected.put(MetadataField.CODE_NOTATION, "BC-UBND");
        expected.put(MetadataField.GRAMMAR, "state");
        expected.put(MetadataField.ISSUED_DATE, "2024-12-18");
        expected.put(MetadataField.PLACE, "Hòa Bình");
        expected.put(MetadataField.ORGAN_NAME, "ỦY BAN NHÂN DÂN XÃ HÒA BÌNH");
        expected.put(MetadataField.SUBJECT, "Tổng kết công tác văn thư, lưu trữ năm 2024 và phương hướng nhiệm vụ năm 2025");
        // the scan's second page (signature, recipients) is not in this OCR text
        expect(text("ocr/bao-cao-300dpi-g4.tif.txt"), expected);
    }

    @Test
    void ocrOfTheOfficialLetterScan() {
        // the A5 sample scan is cut before the signature
        expect(text("ocr/cong-van-200dpi.jpg.txt"), Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "22"), Map.entry(MetadataField.TYPE_LABEL, "Công văn"),
                Map.entry(MetadataField.CODE_NUMBER, "607"), Map.entry(MetadataField.CODE_NOTATION, "SNV-VTLT"),
                Map.entry(MetadataField.GRAMMAR, "state"),
                Map.entry(MetadataField.ISSUED_DATE, "2025-02-05"), Map.entry(MetadataField.PLACE, "Hòa Bình"),
                Map.entry(MetadataField.ORGAN_NAME, "SỞ NỘI VỤ TỈNH HÒA BÌNH"),
                Map.entry(MetadataField.SUBJECT, "V/v hướng dẫn số hóa tài liệu lưu trữ năm 2025")));
    }

    @Test
    void ocrOfThePartyScanWithAWrappedSubject() {
        expect(text("ocr/thong-bao-200dpi-lzw.tif.txt"), partyThongBao(false));
    }

    /** OCR puts blank lines between a wrapped subject's lines and between the recipients. */
    @Test
    void ocrBlankLinesInsideTheSubjectAndTheRecipients() {
        expect(text("ocr/quyet-dinh-kt-200dpi.txt"), quyetDinh125(true));
    }

    @Test
    void noisyScanWithAStrayDotInsideTheMotto() {
        // "CỘNG HÒA XÃ HỘI.CHỦ NGHĨA VIỆT NAM" is still the motto, not an issuing body
        DocumentMetadata metadata = extractor.extract(text("ocr/cong-van-150dpi-noisy.txt"));
        assertEquals("SỞ NỘI VỤ TỈNH HÒA BÌNH", metadata.valueOrNull(MetadataField.ORGAN_NAME));
        assertEquals(null, metadata.valueOrNull(MetadataField.PARENT_ORGAN_NAME));
        assertEquals("607", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("SNV-VTLT", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("2025-02-05", metadata.valueOrNull(MetadataField.ISSUED_DATE));
    }

    @Test
    void noisyScanKeepsWhatOcrReadForTheClerkToCorrect() {
        DocumentMetadata metadata = extractor.extract(text("ocr/thong-bao-150dpi-noisy.txt"));
        assertEquals("15", metadata.valueOrNull(MetadataField.CODE_NUMBER));
        assertEquals("TB/ĐU", metadata.valueOrNull(MetadataField.CODE_NOTATION));
        assertEquals("Lê Quang Vinh", metadata.valueOrNull(MetadataField.SIGNER_NAME));
        // OCR read "THỪ" for "THƯ": earchive records what the page gave, never a "corrected" guess
        assertEquals("BÍ THỪ", metadata.valueOrNull(MetadataField.SIGNER_TITLE));
    }

    // ----

    private static Map<MetadataField, String> partyThongBao(boolean withoutRecipients) {
        return Map.ofEntries(
                Map.entry(MetadataField.TYPE_NAME, "07"), Map.entry(MetadataField.TYPE_LABEL, "Thông báo"),
                Map.entry(MetadataField.CODE_NUMBER, "15"), Map.entry(MetadataField.CODE_NOTATION, "TB/ĐU"),
                Map.entry(MetadataField.GRAMMAR, "party"),
                Map.entry(MetadataField.ISSUED_DATE, "2025-06-09"), Map.entry(MetadataField.PLACE, "Hòa Bình"),
                Map.entry(MetadataField.ORGAN_NAME, "ĐẢNG ỦY XÃ HÒA BÌNH"),
                Map.entry(MetadataField.SUBJECT, "Kết luận của Ban Thường vụ Đảng ủy về công tác lưu trữ tài liệu của Đảng"),
                Map.entry(MetadataField.SIGNER_NAME, "Lê Quang Vinh"),
                Map.entry(MetadataField.SIGNER_TITLE, "BÍ THƯ"),
                Map.entry(MetadataField.SIGNING_AUTHORITY, "T/M BAN THƯỜNG VỤ"));
    }

    private static Map<MetadataField, String> quyetDinh125(boolean diacritics) {
        Map<MetadataField, String> expected = new LinkedHashMap<>();
        expected.put(MetadataField.TYPE_NAME, "02");
        expected.put(MetadataField.TYPE_LABEL, "Quyết định");
        expected.put(MetadataField.CODE_NUMBER, "125");
        expected.put(MetadataField.CODE_NOTATION, diacritics ? "QĐ-UBND" : "QD-UBND");
        expected.put(MetadataField.GRAMMAR, "state");
        expected.put(MetadataField.ISSUED_DATE, "2025-03-12");
        expected.put(MetadataField.PLACE, diacritics ? "Hà Nội" : "Ha Noi");
        expected.put(MetadataField.ORGAN_NAME, diacritics ? "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" : "UY BAN NHAN DAN THANH PHO HA NOI");
        expected.put(MetadataField.SUBJECT, diacritics
                ? "Về việc phê duyệt Kế hoạch số hóa tài liệu lưu trữ năm 2025 của các sở, ngành Thành phố"
                : "Ve viec phe duyet Ke hoach so hoa tai lieu luu tru nam 2025 cua cac so, nganh Thanh pho");
        expected.put(MetadataField.SIGNER_NAME, diacritics ? "Nguyễn Mạnh Quyền" : "Nguyen Manh Quyen");
        expected.put(MetadataField.SIGNER_TITLE, diacritics ? "PHÓ CHỦ TỊCH" : "PHO CHU TICH");
        expected.put(MetadataField.SIGNING_AUTHORITY, diacritics ? "KT. CHỦ TỊCH" : "KT. CHU TICH");
        expected.put(MetadataField.RECIPIENTS,
                "Như Điều 2; Chủ tịch UBND Thành phố; Các Phó Chủ tịch UBND Thành phố; Lưu: VT, NC");
        return expected;
    }

    /** Asserts every field read from text: the expected ones equal, all others absent. */
    private DocumentMetadata expect(String text, Map<MetadataField, String> expected) {
        DocumentMetadata metadata = extractor.extract(text);
        Map<MetadataField, String> actual = new LinkedHashMap<>();
        for (MetadataField field : READ_FROM_TEXT) {
            metadata.get(field).ifPresent(value -> actual.put(field, value));
        }
        assertEquals(new java.util.TreeMap<>(expected), new java.util.TreeMap<>(actual));
        return metadata;
    }

    static String text(String resource) {
        try (InputStream in = MetadataExtractorTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test text " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
