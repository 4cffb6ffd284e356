package org.earchive.testing;

import org.earchive.core.RunContext;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.convert.ConversionRequest;
import org.earchive.detect.Detection;
import org.earchive.detect.TikaDetector;
import org.earchive.core.Fixity;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.validate.PdfaVerdict;
import org.earchive.validate.VeraPdfValidator;

/** What every conversion test checks the way a user would: veraPDF's verdict and the text a reader gets out. */
public final class Pdfs {

    public static final PdfaFinisher FINISHER = new PdfaFinisher("earchive test");
    private static final VeraPdfValidator VERAPDF = new VeraPdfValidator();
    private static final TikaDetector DETECTOR = new TikaDetector();

    private Pdfs() {
    }

    /** What a run with no options asks for: no password, OCR as configured, TT 05 shortfalls as warnings. */
    public static final RunContext CONTEXT = RunContext.defaults("earchive test");

    public static ConversionRequest request(Path source, Path target) throws IOException {
        return request(source, target, CONTEXT);
    }

    /** The same, for a run given {@code --password}. */
    public static ConversionRequest request(Path source, Path target, String password) throws IOException {
        return request(source, target, CONTEXT.withPassword(password));
    }

    public static ConversionRequest request(Path source, Path target, RunContext context) throws IOException {
        Detection detection = DETECTOR.detect(source);
        DocumentInfo info = new DocumentInfo("test", null, null, Instant.parse("2025-07-01T00:00:00Z"), Fixity.sha256(source));
        return new ConversionRequest(source, detection, target, info, null, context);
    }

    /** The same request with another class and target. */
    public static ConversionRequest with(ConversionRequest base, Path target, org.earchive.detect.DocumentClass documentClass,
                                         RunContext context) {
        return new ConversionRequest(base.source(), base.detection(), target, base.info(), documentClass, context);
    }

    public static void assertCompliant(Path pdf, PdfaLevel level) {
        PdfaVerdict verdict = VERAPDF.validate(pdf, level);
        assertTrue(verdict.compliant(), () -> pdf.getFileName() + " fails " + level + ": " + verdict.failedRules()
                + (verdict.problem() == null ? "" : " / " + verdict.problem()));
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return PdfText.extract(document);
        }
    }

    public static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    public static PDDocument open(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }

    /** A PDF that claims PDF/A-2b but shows text in Helvetica without embedding it (veraPDF rule 6.2.11.4.1-1). */
    public static void writeClaimingPdfaWithUnembeddedFont(Path pdf, DocumentInfo info) throws IOException {
        try (PDDocument document = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Not embedded");
                content.endText();
            }
            FINISHER.finish(document, info, PdfaLevel.PDFA_2B);
            document.save(pdf.toFile());
        }
    }
}
