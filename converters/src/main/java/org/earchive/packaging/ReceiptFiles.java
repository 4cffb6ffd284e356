package org.earchive.packaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.earchive.core.AtomicFiles;
import org.earchive.metadata.XmlDocuments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An ingest's receipts on disk: {@code receipts/<name>.json} for scripts (and for a later run to see the package was
 * ingested already), {@code .xml} for systems that take XML, and the page that becomes {@code .pdf}, the printable
 * biên bản giao nhận. Each file is written whole and renamed into place.
 */
final class ReceiptFiles {

    static final String FOLDER = "receipts";
    private static final String NAMESPACE = "urn:earchive:ingest-receipt:1";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path folder;

    ReceiptFiles(Path aipFolder) {
        this.folder = aipFolder.resolve(FOLDER);
    }

    Path json(String key) {
        return folder.resolve(key + ".json");
    }

    Path xml(String key) {
        return folder.resolve(key + ".xml");
    }

    Path pdf(String key) {
        return folder.resolve(key + ".pdf");
    }

    /** The receipt an earlier run wrote for this package, or null when there is none or it cannot be read. */
    IngestReceipt previous(String key) {
        Path file = json(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return json.readValue(file.toFile(), IngestReceipt.class);
        } catch (IOException e) {
            return null; // a damaged receipt is written again by this run
        }
    }

    /** Receipts a killed run left half-written (the caller holds the AIP folder's lock). */
    void removeUnfinished() throws IOException {
        AtomicFiles.removeUnfinished(folder);
    }

    void writeJson(String key, IngestReceipt receipt) throws IOException {
        AtomicFiles.write(json(key), json.writeValueAsBytes(receipt));
    }

    void writeXml(String key, IngestReceipt receipt) throws IOException {
        AtomicFiles.write(xml(key), XmlDocuments.serialize(xml(receipt)));
    }

    private static Document xml(IngestReceipt receipt) {
        Document document = XmlDocuments.newDocument();
        Element root = document.createElementNS(NAMESPACE, "receipt");
        document.appendChild(root);
        root.setAttribute("outcome", receipt.outcome().id());
        Element received = add(root, "received", null);
        add(received, "package", receipt.sip());
        add(received, "sha256", receipt.sipSha256());
        add(received, "bytes", Long.toString(receipt.sipBytes()));
        add(received, "objectId", receipt.sipObjectId());
        add(received, "kind", receipt.sipKind());
        add(received, "submitter", receipt.submitter());
        add(received, "receivedAt", receipt.receivedAt());
        Element archive = add(root, "archive", null);
        add(archive, "name", receipt.archiveName());
        add(archive, "code", receipt.archiveCode());
        Element reasons = add(root, "reasons", null);
        receipt.reasons().forEach(reason -> add(reasons, "reason", reason));
        Element aips = add(root, "aips", null);
        for (IngestReceipt.Aip aip : receipt.aips()) {
            Element element = add(aips, "aip", null);
            element.setAttribute("objectId", aip.objectId());
            element.setAttribute("profile", aip.profile());
            element.setAttribute("fileCode", aip.fileCode());
            element.setAttribute("documents", Integer.toString(aip.documents()));
            aip.review().forEach(line -> add(element, "review", line));
        }
        Element documents = add(root, "documents", null);
        for (IngestReceipt.Line line : receipt.documents()) {
            Element element = add(documents, "document", line.detail());
            element.setAttribute("file", line.file());
            element.setAttribute("sha256", line.sha256());
            element.setAttribute("status", line.status());
        }
        Element findings = add(root, "findings", null);
        for (PackageProblem problem : receipt.findings()) {
            Element element = add(findings, "finding", problem.message());
            element.setAttribute("rule", problem.rule());
            element.setAttribute("level", problem.level().name());
            element.setAttribute("file", problem.file());
        }
        return document;
    }

    private static Element add(Element parent, String name, String text) {
        return XmlDocuments.add(parent, NAMESPACE, name, text);
    }

    /** The printable receipt as an HTML page, Vietnamese first, for the HTML engine to make PDF/A. */
    static byte[] html(IngestReceipt receipt) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Biên bản giao nhận tài liệu lưu trữ điện tử — " + escape(receipt.sip()) + "</title>"
                + "<style>body{font-family:'Liberation Serif','DejaVu Serif';font-size:12pt} table{border-collapse:collapse;width:100%;table-layout:fixed}"
                + " td,th{border:1px solid #444;padding:3px;vertical-align:top;font-size:10pt;word-wrap:break-word}"
                + " h1{font-size:15pt;text-align:center} h2{font-size:13pt} .en{color:#555;font-size:9pt}"
                + " .hash{font-family:'Liberation Mono','DejaVu Sans Mono';font-size:9.5pt;word-wrap:normal}</style></head><body>\n");
        page.append("<h1>BIÊN BẢN GIAO NHẬN TÀI LIỆU LƯU TRỮ ĐIỆN TỬ</h1>\n<p class=\"en\" style=\"text-align:center\">"
                + "Receipt of an electronic records package</p>\n<table>\n");
        row(page, "Bên nhận (cơ quan lưu trữ)", "Receiving archive", receipt.archiveName()
                + (receipt.archiveCode().isEmpty() ? "" : " (" + receipt.archiveCode() + ")"));
        row(page, "Bên giao", "Submitted by", receipt.submitter().isEmpty() ? "(gói không ghi — not stated)" : receipt.submitter());
        row(page, "Thời điểm nhận", "Received at", receipt.receivedAt());
        row(page, "Gói tin", "Package", receipt.sip() + " — " + receipt.sipKind());
        row(page, "Mã gói (OBJID)", "Package OBJID", receipt.sipObjectId());
        row(page, "Dung lượng", "Size", receipt.sipBytes() + " bytes");
        // a SHA-256 is one 64-character word: across the whole table, in a fixed-width font, it fits one line whatever
        // its digits, so a reader (and the words check) gets it whole instead of broken where the cell happened to end
        page.append("<tr><td colspan=\"2\">Mã kiểm tra SHA-256 của gói <span class=\"en\">Package SHA-256</span><br/>"
                + "<span class=\"hash\">").append(escape(receipt.sipSha256())).append("</span></td></tr>\n");
        row(page, "Kết quả", "Outcome", receipt.outcome().vietnamese() + " — " + receipt.outcome().id());
        page.append("</table>\n");
        if (!receipt.reasons().isEmpty()) {
            page.append("<h2>Lý do từ chối <span class=\"en\">Why it was refused</span></h2>\n<ul>\n");
            receipt.reasons().forEach(reason -> page.append("<li>").append(escape(reason)).append("</li>\n"));
            page.append("</ul>\n");
        }
        if (!receipt.aips().isEmpty()) {
            page.append("<h2>Gói lưu trữ (AIP) <span class=\"en\">Archival packages made</span></h2>\n<table>\n"
                    + "<tr><th>OBJID</th><th>Loại</th><th>Mã hồ sơ</th><th>Số tài liệu</th></tr>\n");
            for (IngestReceipt.Aip aip : receipt.aips()) {
                page.append("<tr><td>").append(escape(aip.objectId())).append("</td><td>").append(escape(aip.profile()))
                        .append("</td><td>").append(escape(aip.fileCode())).append("</td><td>").append(aip.documents())
                        .append("</td></tr>\n");
            }
            page.append("</table>\n");
        }
        page.append("<h2>Tài liệu nhận được <span class=\"en\">Documents received</span></h2>\n<table>\n"
                + "<tr><th>Tệp</th><th>Tình trạng</th><th>Chi tiết</th></tr>\n");
        for (IngestReceipt.Line line : receipt.documents()) {
            page.append("<tr><td>").append(escape(line.file())).append("</td><td>").append(escape(line.status()))
                    .append("</td><td>").append(escape(line.detail())).append("</td></tr>\n");
        }
        page.append("</table>\n");
        List<PackageProblem> findings = receipt.findings();
        if (!findings.isEmpty()) {
            page.append("<h2>Kết quả kiểm tra <span class=\"en\">Findings</span></h2>\n<table>\n"
                    + "<tr><th>Quy tắc</th><th>Mức</th><th>Tệp</th><th>Nội dung</th></tr>\n");
            for (PackageProblem problem : findings) {
                page.append("<tr><td>").append(escape(problem.rule())).append("</td><td>").append(problem.level())
                        .append("</td><td>").append(escape(problem.file())).append("</td><td>")
                        .append(escape(problem.message())).append("</td></tr>\n");
            }
            page.append("</table>\n");
        }
        page.append("</body></html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder page, String vietnamese, String english, String value) {
        page.append("<tr><th style=\"width:30%;text-align:left\">").append(escape(vietnamese)).append("<br/><span class=\"en\">")
                .append(escape(english)).append("</span></th><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
