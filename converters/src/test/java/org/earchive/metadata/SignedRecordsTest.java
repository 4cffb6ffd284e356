package org.earchive.metadata;

import static org.earchive.metadata.MetadataOutputsTest.count;
import static org.earchive.metadata.MetadataOutputsTest.text;
import static org.earchive.metadata.MetadataOutputsTest.validated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.core.DocumentStatus;
import org.earchive.core.RunContext;
import org.earchive.detect.SignatureSummary;
import org.earchive.detect.TestSignatures;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.BatchRunner;
import org.earchive.pipeline.DocumentResult;
import org.earchive.pipeline.Engines;
import org.earchive.schemas.SchemaCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Signed PDFs through convert, read back as an archive would: the report names each signer once with the
 * verdict the signature had when it arrived, and PREMIS (validated against its XSD) carries the signature's
 * information on the source object and a "digital signature validation" event with its outcome.
 */
class SignedRecordsTest {

    private static final String SOURCE_OBJECT = "//*[local-name()='object'][*[local-name()='originalName']='%s']";
    private static final String SIGNATURE_EVENT = "//*[local-name()='event'][*[local-name()='eventType']='digital signature validation']";

    @TempDir
    Path work;

    @Test
    void eachSignatureIsVerifiedOnArrivalAndRecordedInPremis() throws Exception {
        TestSignatures pki = new TestSignatures();
        Path in = Files.createDirectories(work.resolve("in"));
        byte[] once = pki.signedPdf(TestSignatures.Options.by(pki.signer));
        Files.write(in.resolve("quyet-dinh.pdf"), pki.sign(once, TestSignatures.Options.by(pki.signer)));
        Files.write(in.resolve("sua-sau-khi-ky.pdf"), TestSignatures.tampered(once));
        Path trust = Files.createDirectories(work.resolve("trust"));
        Files.writeString(trust.resolve("root.pem"), TestSignatures.pem(pki.root.certificate()));

        Map<String, DocumentResult> results = convert(in, work.resolve("out"), trust);

        DocumentResult twice = results.get("quyet-dinh.pdf");
        assertEquals(DocumentStatus.CONVERTED, twice.status(), twice.message());
        assertEquals("BỘ Y TẾ: valid ×2", twice.facts().get(SignatureSummary.SIGNATURES), "one signer, named once");
        assertEquals("BỘ Y TẾ", twice.facts().get(org.earchive.convert.pdf.PdfToPdfaConverter.SIGNATURE_KEPT),
                "PDF/A appended after the signatures, which still verify");
        assertFalse(twice.outputs().contains("quyet-dinh.signed-original.pdf"), twice.outputs().toString());
        String appended = "//*[local-name()='event'][*[local-name()='eventType']='modification']";
        assertTrue(text(validated(work.resolve("out/quyet-dinh.premis.xml"), SchemaCatalog.Known.PREMIS_3),
                appended + "//*[local-name()='eventOutcomeDetailNote']").contains("are the source file, byte for byte"),
                "PREMIS says where the signed original lies inside the PDF/A");
        Document premis = validated(work.resolve("out/quyet-dinh.premis.xml"), SchemaCatalog.Known.PREMIS_3);
        String source = String.format(SOURCE_OBJECT, "quyet-dinh.pdf");
        assertEquals(2, count(premis, source + "/*[local-name()='signatureInformation']"));
        assertEquals("BỘ Y TẾ", text(premis, source + "//*[local-name()='signer']"));
        assertTrue(text(premis, source + "//*[local-name()='signatureMethod']").contains("adbe.pkcs7.detached"));
        assertEquals(2, count(premis, SIGNATURE_EVENT));
        assertEquals("pass", text(premis, SIGNATURE_EVENT + "//*[local-name()='eventOutcome']"));

        DocumentResult tampered = results.get("sua-sau-khi-ky.pdf");
        assertEquals("BỘ Y TẾ: invalid", tampered.facts().get(SignatureSummary.SIGNATURES));
        assertTrue(tampered.warnings().stream().anyMatch(w -> w.contains("is not valid") && w.contains("changed after")),
                tampered.warnings().toString());
        Document tamperedPremis = validated(work.resolve("out/sua-sau-khi-ky.premis.xml"), SchemaCatalog.Known.PREMIS_3);
        assertEquals("fail", text(tamperedPremis, SIGNATURE_EVENT + "//*[local-name()='eventOutcome']"));
        assertTrue(text(tamperedPremis, SIGNATURE_EVENT + "//*[local-name()='eventOutcomeDetailNote']")
                .contains("integrity (failed)"));
    }

    private static Map<String, DocumentResult> convert(Path in, Path out, Path trust) throws Exception {
        RunContext context = RunContext.defaults("earchive test").withSourceDateEpoch(Instant.parse("2026-02-01T00:00:00Z"))
                .withTrustStore(trust);
        BatchRunner runner = new BatchRunner(Engines.start(context, MetadataSettings.defaults(), TesseractOcr.off(), 1),
                1, Clock.systemUTC());
        BatchReport report = runner.run(List.of(in), out, r -> { });
        return report.documents().stream().collect(Collectors.toMap(DocumentResult::source, Function.identity()));
    }
}
