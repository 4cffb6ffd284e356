package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.earchive.fixtures.Tt05Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages that are right pass: no MUST finding, whatever SHOULD is said beside. */
class PackageValidatorTest {

    @TempDir
    Path work;

    @Test
    void aTt05SipWrittenAsTheContractSaysIsAccepted() throws Exception {
        Path sip = ValidPackages.sip(work).write(work.resolve("out"));
        PackageVerdict verdict = new PackageValidator().validate(sip);
        assertEquals("tt05-sip-hoso", verdict.type());
        assertEquals(List.of(), musts(verdict));
        assertTrue(verdict.valid());
        assertEquals(2, verdict.files().stream().filter(f -> f.check().startsWith("veraPDF") && f.passed()).count(), verdict::toString);
    }

    @Test
    void aTt05AipWithItsPremisIsAccepted() throws Exception {
        Path aip = ValidPackages.aip(work).write(work.resolve("out"));
        PackageVerdict verdict = new PackageValidator().validate(aip);
        assertEquals("tt05-aip-hoso", verdict.type());
        assertEquals(List.of(), musts(verdict));
        assertTrue(verdict.files().stream().anyMatch(f -> f.file().equals("metadata/preservation/PREMIS.xml") && f.passed()),
                verdict::toString);
    }

    @Test
    void aCreatedDateInUtcIsSaidButDoesNotRefuse() throws Exception {
        Path sip = ValidPackages.sip(work).edit(Tt05Sample.REP + "METS.xml", s -> s.replace("2025-01-01T07:00:00+07:00", "2025-01-01T00:00:00Z"))
                .write(work.resolve("out"));
        PackageVerdict verdict = new PackageValidator().validate(sip);
        assertTrue(verdict.valid(), verdict::toString);
        assertTrue(verdict.problems().stream().anyMatch(p -> p.rule().equals("TT05-CREATED") && !p.refuses()
                && p.file().equals(Tt05Sample.REP + "METS.xml")), verdict::toString);
    }

    @Test
    void documentsNotInAHosoAreASipTailieuWithoutEad() throws Exception {
        Path sip = ValidPackages.tailieu(work).write(work.resolve("out"));
        PackageVerdict verdict = new PackageValidator().validate(sip);
        assertEquals("tt05-sip-tailieu", verdict.type());
        assertEquals(List.of(), musts(verdict));
    }

    @Test
    void unknownCodesAreReportedForReviewAndDoNotRefuseThePackage() throws Exception {
        Path sip = ValidPackages.sip(work).codesUnknown().write(work.resolve("out"));
        PackageVerdict verdict = new PackageValidator().validate(sip);
        assertEquals(List.of(), musts(verdict));
        assertTrue(verdict.valid());
        assertTrue(verdict.problems().stream().anyMatch(p -> p.rule().equals("TT05-NEEDS-REVIEW") && !p.refuses()
                && p.file().equals("metadata/descriptive/EAD.xml") && p.message().contains("fileCode")), verdict::toString);
        assertTrue(verdict.problems().stream().anyMatch(p -> p.rule().equals("TT05-NEEDS-REVIEW")
                && p.file().equals(Tt05Sample.REP + "metadata/descriptive/EAD_doc_van-ban-1.xml") && p.message().contains("docCode")),
                verdict::toString);
    }

    @Test
    void anEarkSipEarchiveBuildsIsAccepted() throws Exception {
        Path sip = BrokenPackages.earkSip(work);
        PackageVerdict verdict = new PackageValidator().validate(sip);
        assertEquals("eark-sip", verdict.type());
        assertEquals(List.of(), musts(verdict));
        // the representation has a METS and a metadata/ folder of its own
        assertTrue(verdict.problems().stream().noneMatch(p -> p.rule().equals("CSIPSTR12") || p.rule().equals("CSIPSTR13")),
                verdict::toString);
    }

    @Test
    void everyRuleIdUsedIsInTheOneRequirementTable() {
        assertTrue(Requirement.all().size() > 100);
        assertEquals(Requirement.Level.MUST, Requirement.of("CSIP71").level());
        assertEquals(Requirement.Level.SHOULD, Requirement.of("CSIP58").level());
        assertFalse(Requirement.all().stream().anyMatch(r -> r.text().isBlank()));
    }

    static List<PackageProblem> musts(PackageVerdict verdict) {
        return verdict.problems().stream().filter(PackageProblem::refuses).toList();
    }

    @Test
    void aPdfWhoseSignatureNoLongerVerifiesRefusesThePackageAndAnIntactOneDoesNot() throws Exception {
        org.earchive.detect.TestSignatures pki = new org.earchive.detect.TestSignatures();
        byte[] signed = pki.signedPdf(org.earchive.detect.TestSignatures.Options.by(pki.signer));
        String pdf = Tt05Sample.REP + "data/" + Tt05Sample.dataName(1);
        for (boolean tampered : new boolean[] {false, true}) {
            Path source = java.nio.file.Files.write(work.resolve("signed-" + tampered + ".pdf"),
                    tampered ? org.earchive.detect.TestSignatures.tampered(signed) : signed);
            Path pdfa = work.resolve("signed-" + tampered + ".pdfa.pdf");
            var converter = new org.earchive.convert.pdf.PdfToPdfaConverter(org.earchive.testing.Pdfs.FINISHER,
                    new org.earchive.validate.VeraPdfValidator(), null, org.earchive.convert.ocr.TesseractOcr.off());
            var request = org.earchive.testing.Pdfs.request(source, pdfa);
            converter.convert(org.earchive.testing.Pdfs.with(request, pdfa,
                    org.earchive.detect.DocumentClass.BORN_DIGITAL, org.earchive.testing.Pdfs.CONTEXT));
            Path sip = ValidPackages.sip(work.resolve("case-" + tampered)).write(work.resolve("out-" + tampered));
            java.nio.file.Files.copy(pdfa, sip.resolve(pdf), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            PackageVerdict verdict = new PackageValidator().validate(sip);

            List<PackageProblem> signature = verdict.problems().stream().filter(p -> p.rule().equals("PDF-SIGNATURE")).toList();
            if (tampered) {
                assertEquals(1, signature.size(), verdict.problems()::toString);
                assertEquals(pdf, signature.get(0).file());
                assertTrue(signature.get(0).refuses() && signature.get(0).message().contains("BỘ Y TẾ"), signature::toString);
            } else {
                assertEquals(List.of(), signature);
            }
        }
    }
}
