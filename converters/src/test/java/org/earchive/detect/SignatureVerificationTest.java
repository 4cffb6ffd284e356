package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.earchive.detect.SignatureCheck.Aspect;
import org.earchive.detect.SignatureCheck.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signatures checked as they arrive, on PDFs signed with a test PKI made in the test: the verdict a records
 * officer needs for each (valid, changed after signing, expired certificate, untrusted root, revoked, no trust
 * store), and poppler's pdfsig, an independent implementation, agreeing on integrity where it is installed.
 */
class SignatureVerificationTest {

    private static TestSignatures pki;
    @TempDir
    Path folder;

    @BeforeAll
    static void makePki() throws Exception {
        pki = new TestSignatures();
    }

    @Test
    void anUntouchedSignatureByATrustedSignerIsValid() throws Exception {
        SignatureCheck check = check(pki.signedPdf(TestSignatures.Options.by(pki.signer)), trusting(pki.root));
        assertEquals(SignatureOutcome.VALID, check.outcome(), check.findings().toString());
        assertEquals(Result.PASSED, check.result(Aspect.INTEGRITY));
        assertEquals(Result.PASSED, check.result(Aspect.COVERAGE));
        assertEquals(Result.PASSED, check.result(Aspect.VALIDITY_AT_SIGNING));
        assertEquals(Result.PASSED, check.result(Aspect.CHAIN));
        assertTrue(check.finding(Aspect.CHAIN).sentence().contains("Test Root CA"), check.finding(Aspect.CHAIN).sentence());
        assertEquals(Result.NOT_CHECKED, check.result(Aspect.TIMESTAMP));
        assertEquals(Result.NOT_CHECKED, check.result(Aspect.REVOCATION));
        assertTrue(check.finding(Aspect.REVOCATION).sentence().contains("never asks the network"));
        assertEquals("2026-01-15T03:00:00Z", check.signingTime());
        assertEquals("signer's claim", check.timeSource());
        assertTrue(check.signerSubject().contains("BỘ Y TẾ"), check.signerSubject());
        assertEquals("SHA256", check.digestAlgorithm());
        assertNull(check.docMdp());
    }

    @Test
    void withoutATrustStoreTheChainIsNotChecked() throws Exception {
        SignatureCheck check = check(pki.signedPdf(TestSignatures.Options.by(pki.signer)), TrustStore.NONE);
        assertEquals(SignatureOutcome.SIGNER_NOT_CHECKED, check.outcome());
        assertEquals(Result.NOT_CHECKED, check.result(Aspect.CHAIN));
        assertTrue(check.finding(Aspect.CHAIN).sentence().startsWith("No trust store was given"), check.finding(Aspect.CHAIN).sentence());
    }

    @Test
    void aWordChangedAfterSigningMakesItInvalid() throws Exception {
        byte[] tampered = TestSignatures.tampered(pki.signedPdf(TestSignatures.Options.by(pki.signer)));
        SignatureCheck check = check(tampered, trusting(pki.root));
        assertEquals(SignatureOutcome.INVALID, check.outcome());
        assertEquals(Result.FAILED, check.result(Aspect.INTEGRITY));
        assertTrue(check.finding(Aspect.INTEGRITY).sentence().contains("changed after it was signed"));
    }

    @Test
    void aSignerFromAnotherRootIsIntactButNotTrusted() throws Exception {
        SignatureCheck check = check(pki.signedPdf(TestSignatures.Options.by(pki.signer)), trusting(pki.otherRoot));
        assertEquals(SignatureOutcome.SIGNER_NOT_TRUSTED, check.outcome());
        assertEquals(Result.PASSED, check.result(Aspect.INTEGRITY));
        assertEquals(Result.FAILED, check.result(Aspect.CHAIN));
    }

    @Test
    void aCertificateExpiredBeforeSigningMakesItInvalid() throws Exception {
        SignatureCheck check = check(pki.signedPdf(TestSignatures.Options.by(pki.expiredSigner)), trusting(pki.root));
        assertEquals(SignatureOutcome.INVALID, check.outcome());
        assertEquals(Result.PASSED, check.result(Aspect.INTEGRITY));
        assertEquals(Result.FAILED, check.result(Aspect.VALIDITY_AT_SIGNING));
        assertTrue(check.finding(Aspect.VALIDITY_AT_SIGNING).sentence().contains("had expired"));
    }

    @Test
    void aTimestampTokenFixesTheSigningTime() throws Exception {
        SignatureCheck check = check(pki.signedPdf(TestSignatures.Options.by(pki.signer).withTimestamp()), trusting(pki.root));
        assertEquals(SignatureOutcome.VALID, check.outcome(), check.findings().toString());
        assertEquals(Result.PASSED, check.result(Aspect.TIMESTAMP), check.finding(Aspect.TIMESTAMP).sentence());
        assertEquals("timestamp", check.timeSource());
        assertEquals("2026-01-15T03:00:05Z", check.signingTime());
        assertTrue(check.finding(Aspect.TIMESTAMP).sentence().contains("Its authority is trusted"));
    }

    @Test
    void anEmbeddedCrlIsReadButNothingIsFetched() throws Exception {
        SignatureCheck good = check(pki.signedPdf(TestSignatures.Options.by(pki.signer).withCrl()), trusting(pki.root));
        assertEquals(Result.PASSED, good.result(Aspect.REVOCATION), good.finding(Aspect.REVOCATION).sentence());
        assertEquals(SignatureOutcome.VALID, good.outcome());

        SignatureCheck revoked = check(pki.signedPdf(TestSignatures.Options.by(pki.revokedSigner).withCrl()), trusting(pki.root));
        assertEquals(Result.FAILED, revoked.result(Aspect.REVOCATION));
        assertTrue(revoked.finding(Aspect.REVOCATION).sentence().contains("revoked on 2026-01-08"));
        assertEquals(SignatureOutcome.INVALID, revoked.outcome());
    }

    @Test
    void aCertifyingSignatureSaysWhatItPermits() throws Exception {
        for (int permission = 1; permission <= 3; permission++) {
            SignatureCheck check = check(pki.signedPdf(TestSignatures.Options.by(pki.signer).certifying(permission)),
                    trusting(pki.root));
            assertEquals(permission, check.docMdp());
            assertEquals(SignatureOutcome.VALID, check.outcome());
        }
    }

    @Test
    void aTrustStoreThatHoldsNoCertificateIsRefusedWithASentence() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        IOException none = assertThrows(IOException.class, () -> TrustStore.fromFolder(empty));
        assertTrue(none.getMessage().contains("holds no certificate"), none.getMessage());
        Files.writeString(empty.resolve("root.pem"), "not a certificate");
        assertThrows(IOException.class, () -> TrustStore.fromFolder(empty));
    }

    /** poppler's pdfsig (NSS) is an independent verifier: on integrity it must agree with earchive. */
    @Test
    void pdfsigAgreesOnIntegrity() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfsig")), "poppler-utils' pdfsig is not installed");
        byte[] valid = pki.signedPdf(TestSignatures.Options.by(pki.signer));
        assertTrue(pdfsig(write("valid.pdf", valid)).contains("Signature is Valid"));
        assertTrue(pdfsig(write("tampered.pdf", TestSignatures.tampered(valid))).contains("Digest Mismatch"));
    }

    private String pdfsig(Path pdf) throws Exception {
        Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return output;
    }

    private TrustStore trusting(TestSignatures.Authority root) throws Exception {
        Path trust = Files.createDirectories(folder.resolve("trust-" + root.certificate().getSerialNumber()));
        Files.writeString(trust.resolve("root.pem"), TestSignatures.pem(root.certificate()));
        return TrustStore.fromFolder(trust);
    }

    private Path write(String name, byte[] pdf) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, pdf);
        return file;
    }

    private SignatureCheck check(byte[] pdf, TrustStore trust) throws Exception {
        Path file = write("signed-" + System.nanoTime() + ".pdf", pdf);
        PdfFacts facts = new PdfInspector("", trust).inspect(file);
        assertEquals(1, facts.signatures().size());
        return facts.signatures().get(0).check();
    }
}
