package org.earchive.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.FileInspector;
import org.earchive.detect.PdfSignature;
import org.earchive.detect.SignatureCheck;
import org.earchive.detect.TestSignatures;
import org.earchive.detect.TestSignatures.Options;
import org.earchive.detect.TikaDetector;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of signed PDF through the converter: those whose signatures may take an appended update keep every
 * signature exactly as it verified on arrival (by earchive's verifier and by poppler's pdfsig), certified ones are
 * rewritten with the reason said, and every output passes veraPDF.
 */
class SignedPdfsKeptTest {

    private static final PdfToPdfaConverter CONVERTER = new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(),
            GhostscriptPdfa.find(), TesseractOcr.off());
    private static final FileInspector INSPECTOR = new FileInspector(new TikaDetector());

    private static TestSignatures pki;

    @TempDir
    Path work;

    @BeforeAll
    static void keys() throws Exception {
        pki = new TestSignatures();
    }

    @Test
    void everySignatureThatMayTakeAnUpdateVerifiesInThePdfaAsItDidOnArrival() throws Exception {
        byte[] valid = pki.signedPdf(Options.by(pki.signer));
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        kinds.put("valid", valid);
        kinds.put("timestamped", pki.signedPdf(new Options(pki.signer, true, false, null)));
        kinds.put("expired-certificate", pki.signedPdf(Options.by(pki.expiredSigner)));
        kinds.put("revoked-with-crl", pki.signedPdf(new Options(pki.revokedSigner, false, true, null)));
        kinds.put("signed-twice", pki.sign(valid, Options.by(pki.signer)));
        kinds.put("tampered", TestSignatures.tampered(valid));
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> kind : kinds.entrySet()) {
            Path source = Files.write(work.resolve(kind.getKey() + ".pdf"), kind.getValue());
            Path target = work.resolve(kind.getKey() + ".pdfa.pdf");

            ConvertedPdf pdf = convert(source, target);

            Pdfs.assertCompliant(target, pdf.level());
            assertEquals("a2-appended-to-signed", pdf.facts().get("pdfa-rung"), kind.getKey());
            assertEquals(integrity(source), integrity(target), kind.getKey() + ": earchive's verdict is the arrival's");
            assertEquals(pdfsig(source), pdfsig(target), kind.getKey() + ": poppler's verdict is the arrival's");
            outcomes.put(kind.getKey(), integrity(target).toString());
        }
        assertTrue(outcomes.get("valid").equals("[passed]") && outcomes.get("signed-twice").equals("[passed, passed]")
                && outcomes.get("tampered").equals("[failed]"), outcomes::toString);
    }

    @Test
    void certifiedDocumentsAreRewrittenWhateverTheirPermission() throws Exception {
        for (int permission : new int[] {1, 2, 3}) {
            Path source = Files.write(work.resolve("certified-p" + permission + ".pdf"),
                    pki.signedPdf(new Options(pki.signer, false, false, permission)));
            Path target = work.resolve("certified-p" + permission + ".pdfa.pdf");

            ConvertedPdf pdf = convert(source, target);

            Pdfs.assertCompliant(target, pdf.level());
            assertEquals("BỘ Y TẾ", pdf.facts().get(ConvertedPdf.SIGNED_BY), "P=" + permission);
            assertTrue(pdf.warnings().stream().anyMatch(w -> w.contains("certified (DocMDP)")), pdf.warnings()::toString);
        }
    }

    private static List<String> integrity(Path pdf) {
        return INSPECTOR.inspect(pdf, pdf.getFileName().toString()).pdf().signatures().stream()
                .map(PdfSignature::check)
                .map(check -> check.findings().stream().filter(f -> f.aspect() == SignatureCheck.Aspect.INTEGRITY)
                        .findFirst().orElseThrow().result().id())
                .toList();
    }

    /** poppler's own verdict on each signature ("Signature is Valid.", "Digest Mismatch."), or none without pdfsig. */
    private static List<String> pdfsig(Path pdf) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return List.of(); // poppler-utils is installed by .ci/run; elsewhere only earchive's own verdict is compared
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        return output.lines().filter(line -> line.contains("Signature Validation:")).map(String::strip).toList();
    }

    private static ConvertedPdf convert(Path source, Path target) throws Exception {
        ConversionRequest base = Pdfs.request(source, target);
        return CONVERTER.convert(Pdfs.with(base, base.target(), DocumentClass.BORN_DIGITAL, Pdfs.CONTEXT));
    }
}
