package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.xpath.XPathFactory;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.DescriptionProfile;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Fixity;
import org.earchive.core.OfficeEngine;
import org.earchive.core.RunContext;
import org.earchive.fixtures.Fixtures;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.schemas.SchemaCatalog;
import org.earchive.testing.Pdfs;
import org.earchive.unpack.ContainerSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A clerk's folder of containers after {@code earchive convert}: a ZIP sent by another office (Vietnamese names in
 * Windows-1258, a ZIP inside it), a TAR.GZ, a 7z holding an e-mail with attachments, an mbox of three messages, and
 * an archive that sets traps. Every member is converted as a document of its own, named
 * {@code hoso-2019.zip#a/b.txt}, placed under {@code hoso-2019.zip.d/}, described with its unpacking and its link to
 * the container; each container is a row with its checksum; a trap is a row with a status and a sentence, and the
 * rest of its archive is still converted; a second run redoes nothing.
 */
class ContainersBatchTest {

    private static final Instant EPOCH = Instant.parse("2025-07-01T00:00:00Z");

    @TempDir
    Path work;

    @Test
    void everyMemberOfEveryContainerIsConvertedLinkedAndReported() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Path nested = work.resolve("ban-sao.zip");
        ContainerSamples.zip(nested, new String[][]{{"phu-luc.txt", "Phụ lục kèm theo hồ sơ."}});
        Map<String, byte[]> hoso = new LinkedHashMap<>();
        hoso.put("Báo cáo tổng kết năm 2019.txt", utf8("Báo cáo tổng kết công tác văn thư năm 2019."));
        hoso.put("Tờ trình/Quyết định số 12.txt", utf8("Quyết định về việc chỉnh lý tài liệu."));
        hoso.put("ban-sao.zip", Files.readAllBytes(nested));
        ContainerSamples.windowsZip(in.resolve("hoso-2019.zip"), hoso);
        Map<String, String> tar = new LinkedHashMap<>();
        tar.put("ho-so/cong-van-den.txt", "Công văn đến số 45.");
        tar.put("ho-so/cong-van-di.txt", "Công văn đi số 46.");
        ContainerSamples.tarGz(in.resolve("luu-tru.tar.gz"), tar);
        Map<String, String> sevenZ = new LinkedHashMap<>();
        sevenZ.put("thu.eml", Files.readString(Fixtures.root().resolve("mail/thu-co-dinh-kem.eml"), StandardCharsets.ISO_8859_1));
        sevenZ.put("ghi-chu.txt", "Ghi chú của văn thư.");
        ContainerSamples.sevenZ(in.resolve("scan.7z"), sevenZ);
        ContainerSamples.mbox(in.resolve("hop-thu.mbox"), "Kính gửi phòng lưu trữ.", "Đề nghị tiếp nhận hồ sơ.", "Trân trọng.");
        Map<String, byte[]> traps = new LinkedHashMap<>();
        traps.put("bom.txt", new byte[8 << 20]);
        traps.put("../../ngoai.txt", utf8("outside"));
        traps.put("trung.txt", utf8("Bản thứ nhất."));
        traps.put("TRUNG.TXT", utf8("Bản thứ hai."));
        ContainerSamples.zipBytes(in.resolve("bay.zip"), traps);
        // five archives one inside the other: the fifth lies four deep and is not unpacked
        byte[] inner = zipOf("sau-tang.txt", utf8("Tầng sâu nhất."));
        for (int level = 4; level >= 1; level--) {
            inner = zipOf("tang-" + level + ".zip", inner);
        }
        Files.write(in.resolve("bup-be.zip"), inner);
        // RAR through unar or 7-Zip: where neither is installed, the rest is still checked (CI requires it)
        boolean rar = org.earchive.unpack.Containers.rarProgram() != null
                || "1".equals(System.getenv("EARCHIVE_REQUIRE_RAR"));
        if (rar) {
            Map<String, byte[]> scans = new LinkedHashMap<>();
            scans.put("bien-ban/giao-nhan.txt", utf8("Biên bản giao nhận hồ sơ."));
            ContainerSamples.storedRar(in.resolve("quet.rar"), scans);
        }
        Path out = work.resolve("out");

        BatchReport report = run(in, out);
        Map<String, DocumentResult> results = report.documents().stream()
                .collect(Collectors.toMap(DocumentResult::source, Function.identity()));

        List<String> containers = new java.util.ArrayList<>(
                List.of("hoso-2019.zip", "luu-tru.tar.gz", "scan.7z", "hop-thu.mbox", "bay.zip"));
        if (rar) {
            containers.add("quet.rar");
        }
        for (String container : containers) {
            DocumentResult row = results.get(container);
            assertEquals(DocumentStatus.UNPACKED, row.status(), container + ": " + row.message());
            assertEquals(Fixity.sha256(in.resolve(container)), row.sourceSha256(), "the container's fixity");
            assertEquals(List.of(container + ".premis.xml"), row.outputs(), "a container has no PDF, only its record");
        }
        Map<String, String> converted = new LinkedHashMap<>();
        converted.put("hoso-2019.zip#" + nfc("Báo cáo tổng kết năm 2019.txt"), "hoso-2019.zip.d/" + nfc("Báo cáo tổng kết năm 2019.pdf"));
        converted.put("hoso-2019.zip#" + nfc("Tờ trình/Quyết định số 12.txt"), "hoso-2019.zip.d/" + nfc("Tờ trình/Quyết định số 12.pdf"));
        converted.put("hoso-2019.zip#ban-sao.zip#phu-luc.txt", "hoso-2019.zip.d/ban-sao.zip.d/phu-luc.pdf");
        converted.put("luu-tru.tar.gz#ho-so/cong-van-den.txt", "luu-tru.tar.gz.d/ho-so/cong-van-den.pdf");
        converted.put("luu-tru.tar.gz#ho-so/cong-van-di.txt", "luu-tru.tar.gz.d/ho-so/cong-van-di.pdf");
        converted.put("scan.7z#thu.eml", "scan.7z.d/thu.pdf");
        converted.put("scan.7z#thu.eml#bao-cao-kiem-tra.docx", "scan.7z.d/thu.attachments/bao-cao-kiem-tra.pdf");
        converted.put("scan.7z#ghi-chu.txt", "scan.7z.d/ghi-chu.pdf");
        for (int i = 1; i <= 3; i++) {
            converted.put("hop-thu.mbox#message-" + i + ".eml", "hop-thu.mbox.d/message-" + i + ".pdf");
        }
        if (rar) {
            converted.put("quet.rar#bien-ban/giao-nhan.txt", "quet.rar.d/bien-ban/giao-nhan.pdf");
        }
        converted.put("bay.zip#trung.txt", "bay.zip.d/trung.pdf");
        converted.put("bay.zip#TRUNG~2.TXT", "bay.zip.d/TRUNG~2.pdf");
        for (Map.Entry<String, String> member : converted.entrySet()) {
            DocumentResult row = results.get(member.getKey());
            assertTrue(row != null, member.getKey() + " not among " + results.keySet());
            assertEquals(DocumentStatus.CONVERTED, row.status(), member.getKey() + ": " + row.message());
            assertEquals(member.getValue(), row.outputs().get(0));
            Pdfs.assertCompliant(out.resolve(row.outputs().get(0)), PdfaLevel.parse(row.pdfaLevel()));
        }
        assertTrue(Pdfs.text(out.resolve("hoso-2019.zip.d/" + nfc("Tờ trình/Quyết định số 12.pdf")))
                .contains(nfc("Quyết định về việc chỉnh lý tài liệu.")));
        assertTrue(Pdfs.text(out.resolve("hop-thu.mbox.d/message-2.pdf")).contains(nfc("Đề nghị tiếp nhận hồ sơ.")));
        assertEquals("hoso-2019.zip", results.get("hoso-2019.zip#ban-sao.zip").facts().get("part-of"));
        assertEquals(DocumentStatus.UNPACKED, results.get("hoso-2019.zip#ban-sao.zip").status());

        // the traps: each a row with its status and sentence, and the rest of the archive converted
        assertEquals(DocumentStatus.CORRUPT, results.get("bay.zip#bom.txt").status());
        assertTrue(results.get("bay.zip#bom.txt").message().contains("zip bomb"));
        assertEquals(DocumentStatus.CORRUPT, results.get("bay.zip#../../ngoai.txt").status());
        assertTrue(results.get("bay.zip#TRUNG~2.TXT").warnings().stream().anyMatch(w -> w.contains("another member named")));
        assertFalse(Files.exists(work.resolve("ngoai.txt")) || Files.exists(out.resolve("ngoai.pdf")));

        DocumentResult deep = results.get("bup-be.zip#tang-1.zip#tang-2.zip#tang-3.zip#tang-4.zip");
        assertEquals(DocumentStatus.CORRUPT, deep.status(), deep.message());
        assertTrue(deep.message().contains("at most 4 levels"), deep.message());
        assertEquals(DocumentStatus.UNPACKED, results.get("bup-be.zip#tang-1.zip#tang-2.zip#tang-3.zip").status());

        // PREMIS: the member's unpacking and its link to the container, schema-valid
        Document premis = validated(out.resolve("luu-tru.tar.gz.d/ho-so/cong-van-den.premis.xml"));
        XPathFactory xpath = XPathFactory.newInstance();
        assertEquals("file taken out of the archive luu-tru.tar.gz", xpath.newXPath().evaluate("//*[local-name()='event']"
                + "[*[local-name()='eventType']='unpacking']/*[local-name()='eventDetailInformation']"
                + "/*[local-name()='eventDetail']", premis));
        Document containerPremis = validated(out.resolve("luu-tru.tar.gz.premis.xml"));
        String containerEntity = xpath.newXPath().evaluate(ENTITY, containerPremis);
        assertEquals(containerEntity, xpath.newXPath().evaluate(RELATED.formatted("is Part of"), premis),
                "the member is part of the container's entity");
        assertEquals(xpath.newXPath().evaluate(ENTITY, premis), xpath.newXPath().evaluate(RELATED.formatted("has Part")
                + "[1]", containerPremis), "and the container has it as its part");
        assertEquals(Fixity.sha256(in.resolve("luu-tru.tar.gz")), xpath.newXPath().evaluate(
                "//*[local-name()='messageDigest']", containerPremis), "the container's fixity");
        assertEquals("2 of 2 file(s) taken out", xpath.newXPath().evaluate("//*[local-name()='event'][*[local-name()="
                + "'eventType']='unpacking']//*[local-name()='eventOutcomeDetailNote']", containerPremis));
        String description = Files.readString(out.resolve("hop-thu.mbox.d/message-1.xml"));
        assertTrue(description.contains("Thư trong hộp thư hop-thu.mbox."), description);

        assertFalse(report.allConverted(), "the bomb and the forged name need a person's eye");
        assertFalse(Files.exists(out.resolve(".earchive/tmp")) && Files.list(out.resolve(".earchive/tmp")).findAny().isPresent(),
                "the members' scratch copies are gone");

        BatchReport second = run(in, out);
        assertTrue(second.documents().stream().filter(d -> d.source().equals("hoso-2019.zip")).allMatch(DocumentResult::unchanged),
                "a second run carries the container and its members over");
        assertEquals(report.documents().size(), second.documents().size());
    }

    private static final String ENTITY = "//*[local-name()='object'][contains(@*[local-name()='type'],"
            + "'intellectualEntity')]/*[local-name()='objectIdentifier']/*[local-name()='objectIdentifierValue']";
    private static final String RELATED = "(//*[local-name()='relationship'][*[local-name()='relationshipSubType']='%s']"
            + "/*[local-name()='relatedObjectIdentifier']/*[local-name()='relatedObjectIdentifierValue'])";

    private BatchReport run(Path in, Path out) throws Exception {
        try (Engines engines = Engines.start(RunContext.defaults("earchive test").withSourceDateEpoch(EPOCH)
                .withDescription(DescriptionProfile.TT05).withOfficeEngine(OfficeEngine.JAVA),
                new MetadataSettings(DescriptionProfile.TT05, ClerkMetadata.none()), TesseractOcr.off(), 1)) {
            return new BatchRunner(engines, BatchOptions.defaults(1), Clock.systemUTC()).run(List.of(in), out, r -> { });
        }
    }

    private static Document validated(Path xml) throws Exception {
        SchemaCatalog.schema(SchemaCatalog.Known.PREMIS_3).newValidator().validate(new StreamSource(xml.toFile()));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    private byte[] zipOf(String name, byte[] content) throws Exception {
        Path zip = Files.createTempFile(work, "level", ".zip");
        Files.delete(zip);
        ContainerSamples.zipBytes(zip, Map.of(name, content));
        return Files.readAllBytes(zip);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
