package org.earchive.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.earchive.detect.PdfSignature;
import org.earchive.detect.SignatureOutcome;
import org.earchive.detect.SignatureSummary;
import org.earchive.detect.TestSignatures;
import org.earchive.detect.TrustStore;
import org.earchive.pdfa.PdfaLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earchive validate} on signed PDFs: each signature verified as detect verifies it, with the trust store given. */
class ValidationSignaturesTest {

    @TempDir
    Path work;

    @Test
    void eachSignedPdfGetsItsSignaturesVerdictsAndATamperedOneIsNotValid() throws Exception {
        TestSignatures pki = new TestSignatures();
        byte[] signed = pki.signedPdf(TestSignatures.Options.by(pki.signer));
        Path folder = Files.createDirectories(work.resolve("pdfs"));
        Files.write(folder.resolve("a-signed.pdf"), signed);
        Files.write(folder.resolve("b-tampered.pdf"), TestSignatures.tampered(signed));
        Path trust = Files.createDirectories(work.resolve("trust"));
        Files.writeString(trust.resolve("root.pem"), TestSignatures.pem(pki.root.certificate()));

        Map<String, SignatureOutcome> heard = new TreeMap<>();
        List<String> checked = new java.util.ArrayList<>();
        boolean allValid = Earchive.validate(List.of(folder), PdfaLevel.PDFA_2B, TrustStore.fromFolder(trust),
                new ValidationListener() {
                    @Override
                    public void pdfChecked(Path pdf, org.earchive.validate.PdfaVerdict verdict) {
                        checked.add(pdf.getFileName().toString());
                    }

                    @Override
                    public void signaturesChecked(Path pdf, List<PdfSignature> signatures) {
                        assertEquals(1, signatures.size());
                        heard.put(pdf.getFileName().toString(), SignatureSummary.outcomeOf(signatures.get(0)));
                    }
                });

        assertEquals(List.of("a-signed.pdf", "b-tampered.pdf"), checked.stream().sorted().toList());
        assertEquals(SignatureOutcome.VALID, heard.get("a-signed.pdf"));
        assertEquals(SignatureOutcome.INVALID, heard.get("b-tampered.pdf"));
        assertFalse(allValid, "a tampered signature makes the run not valid");

        Map<String, SignatureOutcome> untrusted = new TreeMap<>();
        Earchive.validate(List.of(folder.resolve("a-signed.pdf")), null, TrustStore.NONE, new ValidationListener() {
            @Override
            public void signaturesChecked(Path pdf, List<PdfSignature> signatures) {
                untrusted.put(pdf.getFileName().toString(), SignatureSummary.outcomeOf(signatures.get(0)));
            }
        });
        assertEquals(Map.of("a-signed.pdf", SignatureOutcome.SIGNER_NOT_CHECKED), untrusted,
                "without a trust store the signer is not checked, and said so");
    }
}
