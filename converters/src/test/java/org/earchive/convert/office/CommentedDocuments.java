package org.earchive.convert.office;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.earchive.formats.vietnamese.OfficeXmlParts;

/** Small office documents with one review comment, as Word and LibreOffice write them, for the engines' tests. */
final class CommentedDocuments {

    static final String AUTHOR = "Trần Thị Bình";
    static final String COMMENTED = "Kinh phí thực hiện do ngân sách tỉnh bảo đảm.";
    static final String COMMENT = "Đề nghị bổ sung dự toán chi tiết";
    static final String CELL_AUTHOR = "Lê Văn Cường";
    static final String CELL_COMMENT = "Kiểm tra lại thời hạn bảo quản";

    private CommentedDocuments() {
    }

    /** A DOCX by POI: a title paragraph, then a paragraph whose text carries the comment, written 10 June 2025 09:30. */
    static Path docx(Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("Kế hoạch chỉnh lý tài liệu lưu trữ năm 2025.");
            var commented = document.createParagraph();
            commented.createRun().setText(COMMENTED);
            var comment = document.createComments().createComment(BigInteger.ONE);
            comment.setAuthor(AUTHOR);
            comment.setInitials("TTB");
            comment.setDate(written());
            comment.createParagraph().createRun().setText(COMMENT);
            var paragraph = commented.getCTP();
            paragraph.insertNewCommentRangeStart(0).setId(BigInteger.ONE);
            paragraph.addNewCommentRangeEnd().setId(BigInteger.ONE);
            paragraph.addNewR().addNewCommentReference().setId(BigInteger.ONE);
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
        return file;
    }

    /** The same as an ODT, written as LibreOffice writes one: the comment inside the paragraph it is anchored in. */
    static Path odt(Path file) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:body><office:text>"
                + "<text:p>Kế hoạch chỉnh lý tài liệu lưu trữ năm 2025.</text:p>"
                + "<text:p>" + COMMENTED + "<office:annotation><dc:creator>" + AUTHOR + "</dc:creator>"
                + "<dc:date>2025-06-10T09:30:00</dc:date><text:p>" + COMMENT + "</text:p></office:annotation></text:p>"
                + "</office:text></office:body></office:document-content>";
        return odtOf(content, file);
    }

    /**
     * An ODT saved by Writer under review: "Thời hạn hoàn thành: năm ", then "2024" deleted and "2025" inserted by
     * {@link #AUTHOR} (Writer keeps the deleted text in a block at the top of the body, a mark where it stood), and a
     * text frame "Ô chữ" whose title and description are its alternative text, "Hình chữ nhật" and "Khung viền xanh".
     */
    static Path odtUnderReview(Path file) throws IOException {
        String change = "<office:change-info><dc:creator>" + AUTHOR + "</dc:creator>"
                + "<dc:date>2025-06-10T09:30:00</dc:date></office:change-info>";
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
                + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:body><office:text>"
                + "<text:tracked-changes text:track-changes=\"false\">"
                + "<text:changed-region text:id=\"ct1\"><text:deletion>" + change + "<text:p>2024</text:p></text:deletion>"
                + "</text:changed-region>"
                + "<text:changed-region text:id=\"ct2\"><text:insertion>" + change + "</text:insertion></text:changed-region>"
                + "</text:tracked-changes>"
                + "<text:p>Kế hoạch chỉnh lý tài liệu lưu trữ.</text:p>"
                + "<text:p>Thời hạn hoàn thành: năm <text:change text:change-id=\"ct1\"/><text:change-start"
                + " text:change-id=\"ct2\"/>2025<text:change-end text:change-id=\"ct2\"/>.</text:p>"
                + "<text:p><draw:frame draw:name=\"Khung\" text:anchor-type=\"paragraph\" svg:width=\"5cm\""
                + " svg:height=\"1cm\"><draw:text-box><text:p>Ô chữ</text:p></draw:text-box>"
                + "<svg:title>Hình chữ nhật</svg:title><svg:desc>Khung viền xanh</svg:desc></draw:frame></text:p>"
                + "</office:text></office:body></office:document-content>";
        return odtOf(content, file);
    }

    private static Path odtOf(String content, Path file) throws IOException {
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        parts.put("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        parts.put("content.xml", content.getBytes(StandardCharsets.UTF_8));
        OfficeXmlParts.writeZip(parts, Map.of(), file); // the media type first and stored, as ODF asks
        return file;
    }

    /**
     * WORKBOOK (a new XLS or XLSX) written to FILE with one sheet, "Danh mục": "Hồ sơ số 12", "Kế hoạch chỉnh lý", the
     * second cell carrying {@link #CELL_AUTHOR}'s comment {@link #CELL_COMMENT}.
     */
    static Path workbook(Path file, Workbook workbook) throws IOException {
        try (workbook) {
            var sheet = workbook.createSheet("Danh mục");
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 30 * 256);
            var row = sheet.createRow(0);
            row.createCell(0).setCellValue("Hồ sơ số 12");
            row.createCell(1).setCellValue("Kế hoạch chỉnh lý");
            var anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(2);
            anchor.setCol2(4);
            anchor.setRow2(3);
            var comment = sheet.createDrawingPatriarch().createCellComment(anchor);
            comment.setString(workbook.getCreationHelper().createRichTextString(CELL_COMMENT));
            comment.setAuthor(CELL_AUTHOR);
            row.getCell(1).setCellComment(comment);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    /**
     * Writes TARGET as DOCX with one paragraph more, saved with "Track Changes" on: "Thời hạn hoàn thành: năm ", then
     * "2024" deleted and " 2025" inserted by {@link #AUTHOR} on {@link #written()}, never accepted or rejected.
     */
    static Path withYearChangedUnderReview(Path docx, Path target) throws IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx))) {
            document.setTrackRevisions(true);
            var paragraph = document.createParagraph().getCTP();
            // spaces kept as Word keeps them (xml:space="preserve"): without it a reader trims them
            var before = paragraph.addNewR().addNewT();
            before.setStringValue("Thời hạn hoàn thành: năm ");
            before.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            var deleted = paragraph.addNewDel();
            deleted.setId(java.math.BigInteger.valueOf(7));
            deleted.setAuthor(AUTHOR);
            deleted.setDate(written());
            deleted.addNewR().addNewDelText().setStringValue("2024");
            var inserted = paragraph.addNewIns();
            inserted.setId(java.math.BigInteger.valueOf(8));
            inserted.setAuthor(AUTHOR);
            inserted.setDate(written());
            var after = inserted.addNewR().addNewT();
            after.setStringValue(" 2025");
            after.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            try (OutputStream out = Files.newOutputStream(target)) {
                document.write(out);
            }
        }
        return target;
    }

    static Calendar written() {
        Calendar written = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        written.clear();
        written.set(2025, Calendar.JUNE, 10, 9, 30, 0);
        return written;
    }
}
