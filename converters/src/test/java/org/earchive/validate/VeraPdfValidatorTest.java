package org.earchive.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * veraPDF's verdicts on files made to break known rules: earchive must report them as veraPDF does,
 * with the rule ids, and never call a file compliant that is not.
 */
class VeraPdfValidatorTest {

    private final VeraPdfValidator validator = new VeraPdfValidator();

    @TempDir
    Path dir;

    @Test
    void unembeddedFontBreaksTheFontEmbeddingRule() throws Exception {
        Path pdf = dir.resolve("helvetica.pdf");
        Pdfs.writeClaimingPdfaWithUnembeddedFont(pdf, info());
        PdfaVerdict verdict = validator.validate(pdf, null);
        assertEquals("2b", verdict.flavour(), "the level is read from the file's own XMP claim");
        assertFalse(verdict.compliant());
        assertTrue(verdict.failedRuleIds().contains("6.2.11.4.1-1"), verdict.failedRuleIds()::toString);
        assertNull(verdict.problem());
    }

    @Test
    void emptyPageFinishedByEarchiveIsCompliantAtEveryLevelItClaims() throws Exception {
        // part 1 is left out: it also needs the file saved without object streams, which no converter does yet
        for (PdfaLevel level : new PdfaLevel[] {PdfaLevel.PDFA_2B, PdfaLevel.PDFA_2U, PdfaLevel.PDFA_3B, PdfaLevel.PDFA_3U}) {
            Path pdf = dir.resolve(level.flavourId() + ".pdf");
            try (PDDocument document = new PDDocument()) {
                document.addPage(new PDPage());
                Pdfs.FINISHER.finish(document, info(), level);
                document.save(pdf.toFile());
            }
            PdfaVerdict verdict = validator.validate(pdf, null);
            assertEquals(level.flavourId(), verdict.flavour());
            assertTrue(verdict.compliant(), level + ": " + verdict.failedRuleIds());
        }
    }

    @Test
    void fileWithoutAClaimCannotBeValidatedUnlessALevelIsGiven() throws Exception {
        Path pdf = dir.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        PdfaVerdict claimed = validator.validate(pdf, null);
        assertFalse(claimed.compliant());
        assertNotNull(claimed.problem());
        assertTrue(claimed.noClaimMade(), "a plain PDF is not PDF/A, not a file veraPDF failed on: " + claimed.problem());

        PdfaVerdict against2b = validator.validate(pdf, PdfaLevel.PDFA_2B);
        assertFalse(against2b.compliant());
        assertTrue(against2b.failedRuleIds().stream().anyMatch(id -> id.startsWith("6.6.2.1")),
                "missing XMP metadata rule: " + against2b.failedRuleIds());
    }

    @Test
    void objectsNestedAHundredThousandDeepAreThatFilesVerdictNotACrash() throws Exception {
        Path pdf = dir.resolve("deep.pdf");
        Files.write(pdf, org.earchive.fixtures.HostileFiles.pdfWithDeepNesting(100_000));

        PdfaVerdict verdict = validator.validate(pdf, PdfaLevel.PDFA_2B);

        assertFalse(verdict.compliant());
        assertTrue(verdict.problem().contains("nests its objects deeper than any real document"), verdict::toString);
        assertTrue(validator.validate(pdf, null).noClaimMade());
    }

    @Test
    void encryptedPdfIsNotCompliantAndSaysWhy() throws Exception {
        Path pdf = dir.resolve("encrypted.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            document.save(pdf.toFile());
        }
        PdfaVerdict verdict = validator.validate(pdf, PdfaLevel.PDFA_2B);
        assertFalse(verdict.compliant());
        assertTrue(verdict.problem() != null && verdict.problem().contains("encrypted"), String.valueOf(verdict));
    }

    @Test
    void notAPdfAtAllIsAProblemNotACrash() throws Exception {
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "%PDF-1.7\nthis is not a PDF");
        PdfaVerdict verdict = validator.validate(junk, PdfaLevel.PDFA_2B);
        assertFalse(verdict.compliant());
        assertNotNull(verdict.problem());
    }

    @Test
    void runsOneAfterAnotherValidateOnThreadsKeptForTheProcessWithTheSameVerdicts() throws Exception {
        // each run (and each job of a warm worker) converts on threads of its own, which end with it; veraPDF keeps the
        // rule scripts it compiled for a thread only, so the validations go to threads that outlive the run
        Path pdf = dir.resolve("helvetica.pdf");
        Pdfs.writeClaimingPdfaWithUnembeddedFont(pdf, info());
        PdfaVerdict first = validator.validate(pdf, null);
        int threadsAfterFirst = ValidationThreads.started();
        for (int run = 0; run < 4; run++) {
            AtomicReference<PdfaVerdict> verdict = new AtomicReference<>();
            Thread runsThread = new Thread(() -> verdict.set(validator.validate(pdf, null)));
            runsThread.start();
            runsThread.join();
            assertEquals(first.failedRuleIds(), verdict.get().failedRuleIds());
            assertEquals(first.flavour(), verdict.get().flavour());
            assertFalse(verdict.get().compliant());
        }
        // the next validation may come a moment before the last one's thread is waiting again: then one more starts
        // (allowed twice, for a crowded machine); threads that were not kept would be four
        assertTrue(ValidationThreads.started() - threadsAfterFirst <= 2,
                "threads started for four runs one after another: " + (ValidationThreads.started() - threadsAfterFirst));
    }

    @Test
    void aDocumentGivenUpWhileVeraPdfWorksGetsItsVerdictAndStillSeesItsInterruption() throws Exception {
        // veraPDF cannot be stopped half-way; the document's thread waits for it as when veraPDF ran on it
        Path pdf = dir.resolve("helvetica.pdf");
        Pdfs.writeClaimingPdfaWithUnembeddedFont(pdf, info());
        Thread.currentThread().interrupt();
        PdfaVerdict verdict = validator.validate(pdf, null);
        assertTrue(Thread.interrupted(), "the interruption is kept for the document's next check");
        assertTrue(verdict.failedRuleIds().contains("6.2.11.4.1-1"), verdict.failedRuleIds()::toString);
    }

    private static DocumentInfo info() {
        return new DocumentInfo("Thử nghiệm", "Văn thư", null, Instant.parse("2025-07-01T00:00:00Z"), "00");
    }
}
