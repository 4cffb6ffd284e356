package org.earchive.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;

/**
 * A profile read on its own must be the very profile veraPDF's whole directory holds for that flavour, and the
 * verdicts on failing files the same as through that directory: rule for rule, count for count.
 */
class VeraPdfProfilesTest {

    static {
        new VeraPdfValidator(); // veraPDF's foundry is set up by the validator's class
    }

    @TempDir
    Path dir;

    @Test
    void everyProfileVeraPdfShipsIsReadAsItsDirectoryReadsIt() {
        for (PDFAFlavour flavour : Profiles.getVeraProfileDirectory().getPDFAFlavours()) {
            assertEquals(Profiles.getVeraProfileDirectory().getValidationProfileByFlavour(flavour),
                    VeraPdfProfiles.forFlavour(flavour), flavour.getId());
        }
        assertEquals("org/verapdf/pdfa/validation/PDFA-2B.xml", VeraPdfProfiles.resourceName(PDFAFlavour.PDFA_2_B));
        assertEquals("org/verapdf/pdfa/validation/PDFUA-1.xml", VeraPdfProfiles.resourceName(PDFAFlavour.PDFUA_1));
        assertSame(VeraPdfProfiles.forFlavour(PDFAFlavour.PDFA_3_U), VeraPdfProfiles.forFlavour(PDFAFlavour.PDFA_3_U),
                "read once per process");
    }

    @Test
    void failingFilesBreakTheSameRulesAsThroughVeraPdfsDirectory() throws Exception {
        Path helvetica = dir.resolve("helvetica.pdf");
        Pdfs.writeClaimingPdfaWithUnembeddedFont(helvetica, info());
        Path plain = dir.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(plain.toFile());
        }
        VeraPdfValidator validator = new VeraPdfValidator();
        assertSameVerdict(helvetica, PDFAFlavour.PDFA_2_B, validator.validate(helvetica, null));
        assertSameVerdict(plain, PDFAFlavour.PDFA_2_B, validator.validate(plain, PdfaLevel.PDFA_2B));
        assertSameVerdict(plain, PDFAFlavour.PDFA_1_B, validator.validate(plain, PdfaLevel.PDFA_1B));
        assertSameVerdict(plain, PDFAFlavour.PDFUA_1, validator.validatePdfUa1(plain));
    }

    /** The verdict veraPDF gives with the profile from its own directory, as earchive asked for it before. */
    private static void assertSameVerdict(Path pdf, PDFAFlavour flavour, PdfaVerdict verdict) throws Exception {
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
            result = Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
        }
        Map<String, Integer> expected = new TreeMap<>();
        result.getFailedChecks().forEach((id, count) -> expected.put(id.getClause() + "-" + id.getTestNumber(), count));
        Map<String, Integer> actual = new TreeMap<>();
        verdict.failedRules().forEach(rule -> actual.put(rule.id(), rule.failures()));
        assertFalse(expected.isEmpty(), "the file must break rules for the comparison to mean anything");
        assertEquals(expected, actual, pdf.getFileName() + " against " + flavour.getId());
        assertEquals(result.isCompliant(), verdict.compliant());
        assertEquals(flavour.getId(), verdict.flavour());
    }

    private static DocumentInfo info() {
        return new DocumentInfo("Thử nghiệm", "Văn thư", null, Instant.parse("2025-07-01T00:00:00Z"), "00");
    }
}
