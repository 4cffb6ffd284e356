package org.earchive.convert.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.convert.pdf.PdfActions.Action;
import org.earchive.convert.pdf.PdfActions.Where;
import org.earchive.detect.DocumentClass;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.HostileFiles;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row of {@link ArchivalActions}, checked on a PDF that carries an action of that type both as its open
 * action and on a link: the PDF/A earchive writes keeps the action exactly where the table says, holds no
 * action the table does not keep, and passes veraPDF.
 */
class ArchivalActionsTest {

    private static final PdfToPdfaConverter CONVERTER = new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(), null, TesseractOcr.off());

    @TempDir
    Path work;

    static Stream<String> everyActionType() {
        List<String> types = new ArrayList<>();
        ArchivalActions.rules().forEach(rule -> types.add(rule.type()));
        types.add("Named:Print");
        types.add("NoSuchAction");
        return types.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyActionType")
    void eachActionTypeIsKeptOrRemovedAsTheTableSays(String fixtureType) throws Exception {
        String type = fixtureType.split(":")[0];
        Path source = work.resolve(type + ".pdf");
        Files.write(source, HostileFiles.pdfWithAction(fixtureType));
        try (PDDocument before = Pdfs.open(source)) {
            assertEquals(List.of(Where.OPEN_ACTION, Where.CLICK), PdfActions.of(before).stream().map(Action::where).toList(),
                    "the fixture carries the action as open action and on a link");
        }
        Path target = work.resolve(type + ".pdfa.pdf");

        ConvertedPdf pdf = convert(source, target);

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        boolean named = fixtureType.equals("Named:Print");
        ArchivalActions.Rule rule = ArchivalActions.rule(type);
        boolean keptOnOpen = rule.onOpen() && !named;
        boolean keptOnClick = rule.onClick() && !named;
        try (PDDocument after = Pdfs.open(target)) {
            List<Action> left = PdfActions.of(after);
            assertEquals(keptOnOpen ? List.of(new Action(Where.OPEN_ACTION, type, true)) : List.of(),
                    left.stream().filter(action -> action.where() == Where.OPEN_ACTION).toList(), "open action of " + fixtureType);
            assertEquals(keptOnClick ? List.of(new Action(Where.CLICK, type, true)) : List.of(),
                    left.stream().filter(action -> action.where() == Where.CLICK).toList(), "link action of " + fixtureType);
            assertEquals(1, after.getPage(0).getAnnotations().size(), "the link annotation itself stays, with or without its action");
        }
        String repairs = pdf.facts().getOrDefault("repairs", "");
        if (!keptOnOpen) {
            assertTrue(repairs.contains(type + " action removed (it ran when the document opened)"), repairs);
        }
        if (!keptOnClick) {
            assertTrue(repairs.matches(".*" + type + " action removed(,| ×|$).*"), repairs);
        }
    }

    @Test
    void aWebLinkStaysAsContentWithItsAddress() throws Exception {
        Path source = work.resolve("uri.pdf");
        Files.write(source, HostileFiles.pdfWithAction("URI"));
        Path target = work.resolve("uri.pdfa.pdf");
        convert(source, target);
        try (PDDocument after = Pdfs.open(target)) {
            PDAnnotation annotation = after.getPage(0).getAnnotations().get(0);
            PDAnnotationLink link = (PDAnnotationLink) annotation;
            assertEquals(HostileFiles.ADDRESS, ((PDActionURI) link.getAction()).getURI());
            assertTrue(link.isPrinted(), "PDF/A wants annotations printable");
            assertFalse(after.getDocumentCatalog().getCOSObject().containsKey(COSName.OPEN_ACTION),
                    "but opening the document reaches nowhere");
        }
    }

    @Test
    void aLinkKeepsItsAddressButNotTheScriptChainedAfterItAndPageTriggersGo() throws Exception {
        Path source = work.resolve("chain.pdf");
        Files.write(source, HostileFiles.pdfWithLinkChainAndPageTrigger());
        Path target = work.resolve("chain.pdfa.pdf");
        ConvertedPdf pdf = convert(source, target);

        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        try (PDDocument after = Pdfs.open(target)) {
            assertEquals(List.of(new Action(Where.CLICK, "URI", true)), PdfActions.of(after));
            COSDictionary action = (COSDictionary) after.getPage(0).getAnnotations().get(0).getCOSObject()
                    .getDictionaryObject(COSName.A);
            assertFalse(action.containsKey(COSName.NEXT));
        }
        assertTrue(pdf.facts().get("repairs").contains("JavaScript action removed"), pdf.facts()::toString);
        assertTrue(pdf.facts().get("repairs").contains("additional-actions trigger removed"), pdf.facts()::toString);
    }

    /**
     * A file veraPDF passes as PDF/A-2u that posts its form to a web address when opened: rung (a) would keep
     * its bytes; it must be repaired instead, the rest unchanged.
     */
    @Test
    void aValidPdfaThatPostsItsFormOnOpeningIsNotKeptByteForByte() throws Exception {
        Path plain = work.resolve("plain.pdf");
        Files.write(plain, HostileFiles.pdfWithAction("GoTo"));
        Path valid = work.resolve("valid.pdf");
        convert(plain, valid);
        Path posting = work.resolve("posting.pdf");
        try (PDDocument document = Pdfs.open(valid)) {
            COSDictionary submit = new COSDictionary();
            submit.setItem(COSName.S, COSName.getPDFName("SubmitForm"));
            COSDictionary url = new COSDictionary();
            url.setItem(COSName.FS, COSName.URL);
            url.setString(COSName.F, HostileFiles.ADDRESS);
            submit.setItem(COSName.F, url);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, submit);
            document.save(posting.toFile());
        }
        Pdfs.assertCompliant(posting, PdfaLevel.PDFA_2U);

        Path target = work.resolve("posting.pdfa.pdf");
        ConvertedPdf pdf = convert(posting, target);

        assertNotEquals("a-already-valid", pdf.facts().get("pdfa-rung"));
        assertTrue(pdf.facts().get("repairs").contains("SubmitForm action removed (it ran when the document opened)"),
                pdf.facts()::toString);
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        try (PDDocument after = Pdfs.open(target)) {
            assertEquals(List.of(), PdfActions.notKept(after));
        }
    }

    /** Ghostscript's redrawing copies links' actions as they are: the table applies to its output too. */
    @Test
    void aRedrawnPdfKeepsOnlyTheActionsTheTableKeeps() throws Exception {
        GhostscriptPdfa ghostscript = GhostscriptPdfa.find();
        org.junit.jupiter.api.Assumptions.assumeTrue(ghostscript != null, ".ci/run installs ghostscript");
        Path source = work.resolve("cmyk-with-links.pdf");
        try (PDDocument document = Pdfs.open(Fixtures.root().resolve("detect").resolve("device-cmyk.pdf"))) {
            HostileFiles.addLink(document, "SubmitForm");
            HostileFiles.addLink(document, "URI");
            document.save(source.toFile());
        }
        Path target = work.resolve("cmyk-with-links.pdfa.pdf");
        ConvertedPdf pdf = new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(), ghostscript, TesseractOcr.off())
                .convert(request(source, target));

        assertEquals("c-ghostscript", pdf.facts().get("pdfa-rung"));
        Pdfs.assertCompliant(target, PdfaLevel.PDFA_2B);
        try (PDDocument after = Pdfs.open(target)) {
            assertEquals(List.of(new Action(Where.CLICK, "URI", true)), PdfActions.of(after));
        }
    }

    @Test
    void theIssuesActionTypesAreAllDecided() {
        for (String type : List.of("SubmitForm", "ImportData", "GoToR", "GoToE", "Launch", "JavaScript", "URI", "Hide",
                "Rendition", "Movie", "Sound")) {
            assertEquals(type, ArchivalActions.rule(type).type(), type + " has a row of its own");
        }
    }

    private static ConvertedPdf convert(Path source, Path target) throws Exception {
        return CONVERTER.convert(request(source, target));
    }

    private static ConversionRequest request(Path source, Path target) throws Exception {
        ConversionRequest base = Pdfs.request(source, target);
        return Pdfs.with(base, base.target(), DocumentClass.BORN_DIGITAL, Pdfs.CONTEXT);
    }
}
