package org.earchive.convert.office;

import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.convert.pdf.GhostscriptPdfa;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.pdf.PdfToPdfaConverter;
import org.earchive.fixtures.Fixtures;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.testing.Pdfs;
import org.earchive.validate.VeraPdfValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real LibreOffice through JODConverter; CI installs it and sets EARCHIVE_REQUIRE_LIBREOFFICE=1. */
class LibreOfficeToPdfaConverterTest {

    @TempDir
    Path work;

    /** LibreOffice as convert finds it; skipped where it is not installed, required in CI. */
    static LibreOfficePool requireLibreOffice() {
        LibreOfficePool pool = LibreOfficePool.find(1, 120_000);
        if (pool == null && "1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE"))) {
            fail("CI installs LibreOffice, but it was not found");
        }
        assumeTrue(pool != null, "LibreOffice is not installed here");
        return pool;
    }

    @Test
    void aDocxIsLaidOutByLibreOfficeThenFinishedAndCheckedByEarchive() throws Exception {
        try (LibreOfficePool pool = requireLibreOffice()) {
            LibreOfficeToPdfaConverter converter = converter(pool);
            Path target = work.resolve("out.pdf");

            ConvertedPdf pdf = converter.convert(Pdfs.request(Fixtures.root().resolve("detect/bao-cao.docx"), target));

            assertEquals(PdfaLevel.PDFA_2U, pdf.level(), pdf.warnings()::toString);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            assertTrue(PdfText.comparable(Pdfs.text(target)).contains(PdfText.comparable("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                    Pdfs.text(target));
            try (var scratch = Files.list(work)) {
                assertEquals(1, scratch.count(), "LibreOffice's intermediate PDF is removed");
            }
        }
        // only this test's own processes: other programs on the machine may run LibreOffice too
        assertFalse(ProcessHandle.current().descendants().anyMatch(p -> p.isAlive()
                        && p.info().command().orElse("").contains("soffice")),
                "closing the pool ends every LibreOffice process it started");
    }

    /**
     * NĐ 30/2020's Times New Roman on a machine without it: before issue 16 LibreOffice took Nimbus Roman,
     * which lacks the toned letters, and drew them in DejaVu Serif inside each word ("L ưu tr ữ").
     */
    @Test
    void vietnameseInTimesNewRomanAndOtherOfficeFontsComesOutInOneCoveringFontPerWord() throws Exception {
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("cong-van.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(
                    Fixtures.root().resolve("office/cong-van-times-new-roman.docx"), target));

            assertEquals(java.util.List.of(), pdf.unmet());
            assertEquals(java.util.List.of(), pdf.warnings());
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            String words = pdf.facts().get("words-kept");
            assertTrue(words != null && words.matches("(\\d+) of \\1"), "every word kept: " + words);
            assertEquals(0, org.earchive.convert.WordFidelity.mixedFontWords(target), "no word drawn in two font families");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            try (var document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
                for (var page : document.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            }
            // Calibri in Carlito, its metric twin, where the machine has it (.ci/run installs it), else in Liberation Sans
            String calibri = org.earchive.convert.office.OfficeFontTable.replacements().stream()
                    .filter(row -> row.officeFont().equals("Calibri")).findFirst().orElseThrow().family();
            assertTrue(fonts.stream().allMatch(f -> f.startsWith("Liberation") || f.startsWith("DejaVuSans")
                            || f.startsWith(calibri.replace(" ", ""))),
                    "only the bundled, Vietnamese-covering fonts: " + fonts);
            assertTrue(fonts.stream().anyMatch(f -> f.startsWith(calibri.replace(" ", ""))), "Calibri as " + calibri + ": " + fonts);
            assertTrue(fonts.contains("LiberationSerif") && fonts.contains("LiberationSans")
                    && fonts.contains("LiberationMono"), "Times New Roman, Arial and Courier New as their twins: " + fonts);
            String text = PdfText.comparable(Pdfs.text(target));
            for (String phrase : java.util.List.of("Lưu trữ lịch sử tỉnh", "Nguyễn Thị Hường", "Sở Nội vụ")) {
                assertTrue(Pdfs.text(target).contains(phrase), phrase + " whole in: " + Pdfs.text(target));
                assertTrue(text.contains(PdfText.comparable(phrase)));
            }
        }
    }

    /**
     * Tika's testODFwithOOo3.odt went to the Java engine: Tika read its tracked deletion ("complex") at the top of the
     * document, where Writer keeps deleted text, while LibreOffice draws it struck through where it was, glued to the
     * insertion beside it ("difficultcomplex"); and a shape's title and description and an embedded sheet's own
     * page footer ("Page 1", a date) as words the PDF lacked. Read as Writer prints it, the document stays with
     * LibreOffice, every word checked, its three tracked changes told.
     */
    @Test
    void aWriterDocumentUnderReviewWithAShapesTitleAndAnEmbeddedSheetStaysWithLibreOffice() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("ooo3.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(corpus.resolve("tika/testODFwithOOo3.odt"), target));
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts() + " " + pdf.warnings());
            assertEquals(java.util.List.of(), pdf.unmet());
            assertEquals("3", pdf.facts().get("tracked-changes"), pdf.facts()::toString);
            String page = Pdfs.text(target);
            assertTrue(page.contains("difficultcomplex test document") && !page.contains("Rectangle Title"), page);
        }
    }

    /**
     * Issue 16's "done when", on Word files earchive's authors did not write: every Vietnamese DOC, DOCX, ODT and
     * RTF the shared corpus's MANIFEST.tsv lists as valid (NĐ 30/2020 and its six appendices, .doc and .docx), on
     * one LibreOffice pool. Each is converted, never refused; its PDF/A passes veraPDF at 2u; no word is drawn in
     * two font families (read from the glyphs' fonts); and pdftotext gives back at least 99.5% of the source's
     * own words (Tika's reading of the original) whole.
     */
    @Test
    void everyVietnameseWordFileOfTheCorpusComesOutWholeInOneFontPerWordAsPdfa2u() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        java.util.List<String> names = vietnameseWordFiles(corpus);
        assertTrue(names.size() >= 13, "NĐ 30/2020 and its appendices are listed: " + names);
        java.util.List<String> failures = new java.util.ArrayList<>();
        try (LibreOfficePool pool = requireLibreOffice()) {
            for (String name : names) {
                Path target = work.resolve(name.replace('/', '_') + ".pdf");
                ConvertedPdf pdf = converter(pool).convert(Pdfs.request(corpus.resolve(name), target));

                if (!pdf.unmet().isEmpty() || pdf.level() != PdfaLevel.PDFA_2U) {
                    failures.add(name + ": " + pdf.level() + " " + pdf.unmet());
                    continue;
                }
                Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
                int mixed = org.earchive.convert.WordFidelity.mixedFontWords(target);
                org.earchive.convert.WordFidelity.Result recall = org.earchive.convert.WordFidelity.checkText(
                        sourceText(corpus.resolve(name)), pdftotext(target));
                if (mixed > 0 || !recall.faithful()) {
                    failures.add(name + ": " + mixed + " word(s) in two font families; pdftotext kept "
                            + recall.keptOfTotal() + " " + recall.damaged());
                }
            }
        }
        assertEquals(java.util.List.of(), failures);
    }

    /** The corpus's valid Vietnamese word-processing files, by its MANIFEST.tsv (path, ..., ext, ..., expected). */
    private static java.util.List<String> vietnameseWordFiles(Path corpus) throws java.io.IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"))) {
            String[] columns = line.split("\t");
            if (columns.length > 8 && columns[0].startsWith("vietnamese/")
                    && java.util.Set.of("doc", "docx", "odt", "rtf").contains(columns[4]) && columns[8].startsWith("valid")) {
                names.add(columns[0]);
            }
        }
        return names;
    }

    /** The source's own text as Tika reads it, legacy fonts and all. */
    private static String sourceText(Path source) throws Exception {
        org.earchive.convert.BoundedText text = new org.earchive.convert.BoundedText(50_000_000);
        try (var in = org.apache.tika.io.TikaInputStream.get(source)) {
            new org.apache.tika.parser.AutoDetectParser().parse(in, text, new org.apache.tika.metadata.Metadata(),
                    new org.apache.tika.parser.ParseContext());
        }
        return text.toString();
    }

    private static String pdftotext(Path pdf) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(false).start();
        } catch (java.io.IOException missing) {
            if ("1".equals(System.getenv("EARCHIVE_REQUIRE_LIBREOFFICE"))) {
                fail("CI installs poppler-utils, but pdftotext was not found");
            }
            assumeTrue(false, "pdftotext (poppler-utils) is not installed here");
            return "";
        }
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), "pdftotext " + pdf);
        return text;
    }

    /** ODF encryption and RC4 in an old .doc are beyond Tika's decryption; LibreOffice opens them with --password. */
    @Test
    void protectionTikaCannotOpenIsOpenedByLibreOfficeWithThePasswordGiven() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        try (LibreOfficePool pool = requireLibreOffice()) {
            for (String name : java.util.List.of("tika/testODTEncrypted.odt", "poi/document__password_tika_binaryrc4.doc")) {
                Path target = work.resolve(Path.of(name).getFileName() + ".pdf");
                ConvertedPdf pdf = converter(pool).convert(Pdfs.request(corpus.resolve(name), target, "tika"));
                assertEquals(PdfaLevel.PDFA_2U, pdf.level(), name + ": " + pdf.warnings());
                Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
                assertTrue(pdf.warnings().get(0).contains("opened with the password given"), pdf.warnings()::toString);
                assertFalse(Pdfs.text(target).isBlank(), name + " has its text");
            }
            org.earchive.core.ConversionException wrong = org.junit.jupiter.api.Assertions.assertThrows(
                    org.earchive.core.ConversionException.class, () -> converter(pool).convert(
                            Pdfs.request(corpus.resolve("tika/testODTEncrypted.odt"), work.resolve("wrong.pdf"), "sai")));
            assertEquals(org.earchive.core.DocumentStatus.ENCRYPTED, wrong.status());
            assertTrue(wrong.sentence().contains("the password given does not open it"), wrong.sentence());
            assertFalse(Files.exists(work.resolve("wrong.pdf")), "nothing half-written");
        }
    }

    /**
     * Tika's testPPT_various.ppt centres thirty lines on a text box of no height half an inch below its slide's top
     * edge: LibreOffice draws the first eleven above the slide, where no page shows them (no export setting changes
     * that: the file puts them there). The words check says so, word by word and in its sentence; the Java engine,
     * which lays the text out without the slide's geometry, keeps every word and its PDF is the one kept.
     */
    @Test
    void wordsASlidePlacesAboveItsTopEdgeAreSaidToBeThereAndTheJavaEngineKeepsThem() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        Path ppt = corpus.resolve("tika/testPPT_various.ppt");
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path exported = work.resolve("libreoffice.pdf");
            pool.toPdf(ppt, "application/vnd.ms-powerpoint", exported);
            org.earchive.convert.WordFidelity.Result words = org.earchive.convert.WordFidelity.check(
                    new org.apache.tika.Tika().parseToString(ppt.toFile()), exported);
            assertFalse(words.faithful(), words::toString);
            assertTrue(words.outsideThePage() >= 13, words::toString);
            assertTrue(words.damaged().contains("\"bold\" (page 1, above the page's top edge)"), words.damaged()::toString);
            assertTrue(words.sentence().contains("stand outside the page, where the document itself places them"), words.sentence());

            Path target = work.resolve("testPPT_various.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(ppt, target));
            assertEquals(java.util.List.of(), pdf.unmet());
            assertTrue(pdf.facts().get("engine").startsWith("java"), pdf.facts()::toString);
            assertTrue(pdf.warnings().get(0).contains("\"bold\" (page 1, above the page's top edge)"), pdf.warnings()::toString);
        }
    }

    /**
     * A workbook Excel saved as "Strict Open XML" (Tika's corpus file): POI, and so Tika, refuse Strict's
     * namespaces, and earchive said "unsupported". LibreOffice lays out the original; the words it is checked
     * against are read from the Transitional copy, every one of them on the pages.
     */
    @Test
    void aStrictOoxmlWorkbookIsLaidOutByLibreOfficeAndItsWordsAreChecked() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("strict.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(corpus.resolve("tika/testEXCEL.strict.xlsx"), target));
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            assertEquals("29 of 29", pdf.facts().get("words-kept"), pdf.facts()::toString);
            assertEquals(java.util.List.of(), pdf.unmet());
            String text = PdfText.comparable(Pdfs.text(target));
            assertTrue(text.contains(PdfText.comparable("I'm in bold blue, on a yellow background")), text);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
        }
    }

    /**
     * A workbook keeps LibreOffice's print layout, each sheet's name at the top of its pages. LibreOffice printed no
     * sheet names, so the words check refused every multi-sheet workbook and the Java engine's plain table (no
     * charts, no cell formatting) was kept instead. An empty sheet prints no page, so its name is not asked for;
     * a hidden sheet is printed like the others (Excel would not print it: its words were lost). The original file is
     * not changed by what LibreOffice does to its copy in memory, and no lock file is left beside it.
     */
    @Test
    void aWorkbookKeepsLibreOfficesLayoutWithEachSheetsNameAtTheTopOfItsPagesHiddenSheetsToo() throws Exception {
        Path xlsx = work.resolve("so-cong-van.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var register = workbook.createSheet("Sổ công văn đến");
            // a register's widths as a clerk sets them (at Excel's default width the date touches the next cell,
            // and a reading of the PDF glues "03/02/2025Về": the words check rightly refuses that)
            register.setColumnWidth(1, 14 * 256);
            register.setColumnWidth(2, 40 * 256);
            String[][] rows = {{"Số đến", "Ngày đến", "Trích yếu"}, {"15", "03/02/2025", "Về việc chỉnh lý tài liệu"},
                {"16", "04/02/2025", "Về việc lập hồ sơ điện tử"}};
            for (int r = 0; r < rows.length; r++) {
                var row = register.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.createSheet("Phụ lục").createRow(0).createCell(0).setCellValue("Danh mục hồ sơ năm 2025");
            workbook.setSheetHidden(1, true);
            workbook.createSheet("Sheet3");
            try (var out = Files.newOutputStream(xlsx)) {
                workbook.write(out);
            }
        }
        byte[] original = Files.readAllBytes(xlsx);
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("so-cong-van.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(xlsx, target));

            assertEquals(java.util.List.of(), pdf.unmet());
            assertEquals(java.util.List.of(), pdf.warnings());
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertEquals(2, Pdfs.pages(target), "a page for each sheet with cells");
            String first = pageText(target, 1);
            String second = pageText(target, 2);
            assertTrue(first.strip().startsWith("Sổ công văn đến") && first.contains("Về việc chỉnh lý tài liệu"), first);
            assertTrue(second.strip().startsWith("Phụ lục") && second.contains("Danh mục hồ sơ năm 2025"), second);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(original, Files.readAllBytes(xlsx), "the original is untouched");
        try (var left = Files.list(work)) {
            assertEquals(java.util.List.of("so-cong-van.pdf", "so-cong-van.xlsx"),
                    left.map(file -> file.getFileName().toString()).sorted().toList(), "no lock file, no scratch file");
        }
    }

    /** A chart is drawn by LibreOffice only: the workbooks of the shared corpus keep theirs (the chart's title). */
    @Test
    void corpusWorkbooksWithChartsKeepLibreOfficesLayout() throws Exception {
        Path corpus = Fixtures.sharedCorpus();
        assumeTrue(corpus != null, "the shared corpus is only on the team's machines");
        try (LibreOfficePool pool = requireLibreOffice()) {
            for (String name : java.util.List.of("tika/testEXCEL_charts.xlsx", "tika/testEXCEL.xls", "poi/spreadsheet__SampleSS.ods")) {
                Path target = work.resolve(Path.of(name).getFileName() + ".pdf");
                ConvertedPdf pdf = converter(pool).convert(Pdfs.request(corpus.resolve(name), target));
                assertEquals(java.util.List.of(), pdf.warnings(), name);
                assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), name + ": " + pdf.facts());
                Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            }
            assertTrue(Pdfs.text(work.resolve("testEXCEL_charts.xlsx.pdf")).contains("wants a peach"), "the pie chart's title");
            assertTrue(Pdfs.text(work.resolve("testEXCEL.xls.pdf")).contains("Feuil1"));
            assertTrue(Pdfs.text(work.resolve("spreadsheet__SampleSS.ods.pdf")).contains("Sheet Number 2"));
        }
    }

    /**
     * A deck's speaker notes are words of the record: LibreOffice's PDF had the slides alone, so the words check
     * refused a deck with notes and the Java engine's PDF (the slides' text, no shapes or metafile pictures) was
     * kept. Now such a deck is exported with a notes page for each slide after the slides; a deck without notes
     * keeps its slides alone.
     */
    @Test
    void aDeckWithSpeakerNotesKeepsItsSlidesAndGetsItsNotesPages() throws Exception {
        Path withNotes = work.resolve("trinh-bay.pptx");
        Path withoutNotes = work.resolve("khong-ghi-chu.pptx");
        writeDeck(withNotes, "Nhấn mạnh thời hạn nộp lưu hồ sơ trước ngày 31 tháng 3");
        writeDeck(withoutNotes, null);
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("trinh-bay.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(withNotes, target));
            assertEquals(java.util.List.of(), pdf.warnings());
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertEquals(4, Pdfs.pages(target), "two slides, then a notes page for each");
            assertTrue(pageText(target, 3).contains("Nhấn mạnh thời hạn nộp lưu hồ sơ"), "the notes under slide 1");

            Path plain = work.resolve("khong-ghi-chu.pdf");
            ConvertedPdf slidesOnly = converter(pool).convert(Pdfs.request(withoutNotes, plain));
            assertEquals(java.util.List.of(), slidesOnly.warnings());
            assertEquals(2, Pdfs.pages(plain), "no notes: the slides alone");
        }
    }

    /**
     * PowerPoint's footer date "updates automatically": LibreOffice drew the day of conversion, so the archived deck
     * showed a date that is not the document's and the words check, reading the file's date, sent the deck to the
     * Java engine. Now a slide prints the text its file holds for the field (what PowerPoint showed when it last
     * saved it), and a deck whose file holds none prints the day it was last saved, in the field's format.
     */
    @Test
    void aDecksFooterDateIsTheDateItsFileHoldsNotTheDayOfConversion() throws Exception {
        Path deck = work.resolve("ke-hoach.pptx");
        writeDeck(deck, null);
        try (var zip = java.nio.file.FileSystems.newFileSystem(deck)) {
            addFooterDate(zip.getPath("ppt/slides/slide1.xml"), "6/10/2025");
            Path core = zip.getPath("docProps/core.xml");
            String properties = Files.readString(core);
            String modified = "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2025-06-10T08:00:00Z</dcterms:modified>";
            Files.writeString(core, properties.contains("<dcterms:modified")
                    ? properties.replaceAll("<dcterms:modified[^>]*>[^<]*</dcterms:modified>", modified)
                    : properties.replace("</cp:coreProperties>", modified + "</cp:coreProperties>"));
        }
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("ke-hoach.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(deck, target));
            assertEquals(java.util.List.of(), pdf.warnings());
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertTrue(pageText(target, 1).contains("6/10/2025"), pageText(target, 1));
            String today = java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
            assertFalse(Pdfs.text(target).contains(today), "not the day of conversion");

            // a deck whose file holds no text for the field (PPT, ODP): the day it was last saved, in the field's
            // format (PowerPoint's datetime1, LibreOffice's "MM/DD/YYYY" for American English)
            Path exported = work.resolve("ngay-luu.pdf");
            pool.toPdf(deck, FooterDates.PPTX, exported, "", new LibreOfficePool.DeckExtras(false, false, FooterDates.NONE));
            assertTrue(pageText(exported, 1).contains("06/10/2025"), pageText(exported, 1));
        }
    }

    /**
     * A deck's review comments are not printed on its slides, by PowerPoint or LibreOffice: they were words the
     * check found missing, and the deck went to the Java engine. Now they are the PDF's own comments (a sticky note
     * on their slide) and their words are checked there.
     */
    @Test
    void aDecksCommentsBecomeThePdfsComments() throws Exception {
        Path deck = work.resolve("gop-y.pptx");
        writeDeck(deck, null);
        try (var zip = java.nio.file.FileSystems.newFileSystem(deck)) {
            Files.createDirectories(zip.getPath("ppt/comments"));
            String p = "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"";
            String relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
            Files.writeString(zip.getPath("ppt/commentAuthors.xml"), "<p:cmAuthorLst " + p + "><p:cmAuthor id=\"0\""
                    + " name=\"Trần Thị Bình\" initials=\"TTB\" lastIdx=\"1\" clrIdx=\"0\"/></p:cmAuthorLst>");
            Files.writeString(zip.getPath("ppt/comments/comment1.xml"), "<p:cmLst " + p + "><p:cm authorId=\"0\""
                    + " dt=\"2025-06-10T09:00:00.000\" idx=\"1\"><p:pos x=\"10\" y=\"10\"/><p:text>Cần bổ sung số liệu"
                    + " quý hai</p:text></p:cm></p:cmLst>");
            addRelationship(zip.getPath("ppt/_rels/presentation.xml.rels"), relationships + "commentAuthors", "commentAuthors.xml");
            addRelationship(zip.getPath("ppt/slides/_rels/slide1.xml.rels"), relationships + "comments", "../comments/comment1.xml");
            Path types = zip.getPath("[Content_Types].xml");
            String pml = "application/vnd.openxmlformats-officedocument.presentationml.";
            Files.writeString(types, Files.readString(types).replace("</Types>",
                    "<Override PartName=\"/ppt/commentAuthors.xml\" ContentType=\"" + pml + "commentAuthors+xml\"/>"
                    + "<Override PartName=\"/ppt/comments/comment1.xml\" ContentType=\"" + pml + "comments+xml\"/></Types>"));
        }
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("gop-y.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(deck, target));
            assertEquals(java.util.List.of(), pdf.warnings());
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            assertEquals("1", pdf.facts().get("slide-comments"));
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            assertEquals(2, Pdfs.pages(target));
            String comments = PdfComments.read(target);
            assertTrue(comments.contains("Trần Thị Bình") && comments.contains("Cần bổ sung số liệu quý hai"), comments);
            assertFalse(Pdfs.text(target).contains("bổ sung"), "a comment is not drawn on the slide");
        }
    }

    /**
     * A Word document with a review comment took LibreOffice down while it loaded (Debian's Writer without its
     * dialogs has no window to draw a comment in), twice, and ended with the Java engine after ~25 s. Now the
     * comment is taken out before Writer draws it and comes back as the PDF's own comment, where it was anchored,
     * with its author; the page prints the text alone, every word of it checked.
     */
    @Test
    void aWordDocumentsCommentsBecomeThePdfsCommentsWhereTheyWereAnchored() throws Exception {
        Path docx = CommentedDocuments.docx(work.resolve("ke-hoach.docx"));
        byte[] original = Files.readAllBytes(docx);
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("ke-hoach.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(docx, target));
            assertEquals(java.util.List.of(), pdf.warnings());
            assertEquals(java.util.List.of(), pdf.unmet());
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            assertEquals("1", pdf.facts().get("comments"));
            assertEquals(0, pool.processesLost(), "LibreOffice did not stop");
            Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
            String comments = PdfComments.read(target);
            assertTrue(comments.contains("Trần Thị Bình - Đề nghị bổ sung dự toán chi tiết"), comments);
            String page = Pdfs.text(target);
            assertTrue(page.contains("Kinh phí thực hiện do ngân sách tỉnh bảo đảm."), page);
            assertFalse(page.contains("dự toán") || page.contains("Comment"), "a comment is not drawn in the text: " + page);
            try (var document = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
                var note = document.getPage(0).getAnnotations().get(0);
                // beside the commented line, the second of the page, in the right margin: not over the text's letters
                float top = note.getRectangle().getUpperRightY();
                assertTrue(String.valueOf(note.getModifiedDate()).startsWith("D:20250610093000"), note.getModifiedDate());
                assertTrue(note.getRectangle().getLowerLeftX() > document.getPage(0).getCropBox().getWidth() - 30
                        && top < 735 && top > 680, note.getRectangle()::toString);
                assertEquals(null, document.getDocumentCatalog().getDests(), "no destination of earchive's is left");
            }
        }
        assertArrayEquals(original, Files.readAllBytes(docx));
    }

    /**
     * The same document saved with Word's "Track Changes" on: LibreOffice's copy recorded the comment's removal as a
     * tracked deletion, the comment inside it, and Writer ended on it as before, twice (Tika's
     * testWORD_embedded_pics.docx went to the Java engine so). The recording is off in LibreOffice's copy. The
     * year changed under review and never accepted is told to the clerk, both years on the page as Word shows them.
     */
    @Test
    void aCommentInADocumentSavedWithTrackChangesOnIsThePdfsCommentTooAndLibreOfficeStaysUp() throws Exception {
        CommentedDocuments.withYearChangedUnderReview(CommentedDocuments.docx(work.resolve("ke-hoach.docx")),
                work.resolve("theo-doi.docx"));
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("theo-doi.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(work.resolve("theo-doi.docx"), target));
            assertEquals(0, pool.processesLost(), "LibreOffice did not stop");
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            assertEquals(java.util.List.of(), pdf.unmet());
            assertTrue(PdfComments.read(target).contains("Trần Thị Bình - Đề nghị bổ sung dự toán chi tiết"),
                    PdfComments.read(target));
            assertEquals("2", pdf.facts().get("tracked-changes"), pdf.facts()::toString);
            assertTrue(pdf.warnings().stream().anyMatch(w -> w.startsWith("The document holds 2 tracked change(s) never"
                    + " accepted or rejected (Trần Thị Bình; 2025-06-10): it is a draft under review. Saved with its"
                    + " changes shown")), pdf.warnings()::toString);
            String page = Pdfs.text(target);
            assertTrue(page.contains("2024") && page.contains("2025"), page);
        }
    }

    /**
     * The same year changed under review in a Word 97-2003 file: Tika leaves a .doc's deleted "2024" out, LibreOffice
     * prints it struck through glued to the inserted "2025" ("20242025"), and the words check took "2025" for split and
     * sent the document to the Java engine, which cannot mark the changes. The deletion is read too: LibreOffice's PDF
     * stays, both years on the page, the changes told.
     */
    @Test
    void aWord97DocumentUnderReviewStaysWithLibreOfficeItsDeletionStruckThrough() throws Exception {
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("dang-gop-y.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(Fixtures.root().resolve("office/ke-hoach-dang-gop-y.doc"), target));
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts() + " " + pdf.warnings());
            assertEquals(java.util.List.of(), pdf.unmet());
            assertEquals("2", pdf.facts().get("tracked-changes"), pdf.facts()::toString);
            assertTrue(Pdfs.text(target).contains("năm 20242025."), Pdfs.text(target));
        }
    }

    /**
     * An RTF was handed to LibreOffice as a format JODConverter did not know ({@code application/rtf}), loaded with a
     * view, and with a comment LibreOffice ended twice before the Java engine took it. Now it is loaded as Word's files
     * are; the initials, author and text Tika reads where the comment is anchored are checked among the PDF's
     * comments, not asked of the page.
     */
    @Test
    void anRtfsCommentBecomesThePdfsCommentWithItsAuthor() throws Exception {
        Path rtf = work.resolve("ke-hoach.rtf");
        // as Word writes one: Unicode letters as \\uN with a one-byte stand-in, the comment's groups at its anchor
        Files.writeString(rtf, "{\\rtf1\\ansi\\ansicpg1252\\uc1{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24\n"
                + "K\\u7871? ho\\u7841?ch ch\\u7881?nh l\\u253? t\\u224?i li\\u7879?u n\\u259?m 2025."
                + "{\\*\\atnid TTB}{\\*\\atnauthor Tr\\u7847?n Th\\u7883? B\\u236?nh}\\chatn"
                + "{\\*\\annotation \\u272?\\u7873? ngh\\u7883? b\\u7893? sung kinh ph\\u237?}\\par\n}",
                java.nio.charset.StandardCharsets.US_ASCII);
        byte[] original = Files.readAllBytes(rtf);
        try (LibreOfficePool pool = requireLibreOffice()) {
            Path target = work.resolve("ke-hoach.pdf");
            ConvertedPdf pdf = converter(pool).convert(Pdfs.request(rtf, target));
            assertEquals(java.util.List.of(), pdf.warnings());
            assertEquals(java.util.List.of(), pdf.unmet());
            assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
            assertEquals("1", pdf.facts().get("comments"));
            assertEquals(0, pool.processesLost(), "LibreOffice did not stop");
            String comments = PdfComments.read(target);
            assertTrue(comments.contains("Trần Thị Bình - Đề nghị bổ sung kinh phí"), comments);
            String page = Pdfs.text(target);
            assertTrue(page.contains("năm 2025.") && !page.contains("kinh phí") && !page.contains("TTB"), page);
        }
        assertArrayEquals(original, Files.readAllBytes(rtf));
    }

    /**
     * A cell's comment is not printed by Excel (nor by LibreOffice), but Tika reads an XLSX's into the cell ("Lê Văn
     * Cường: Kiểm tra ..."), so every such workbook lost words and went to the Java engine, which printed the comment
     * in the cell as if it were its value; an XLS's came among the sheet's drawings, where nothing tells it from a text
     * box, and went missing from the PDF without a word (POI names it now). Both are the PDF's own comments, their
     * words checked there; the author is not asked of the PDF (LibreOffice titles the note with the cell's name), which
     * made every XLSX with a comment fail the check before.
     */
    @Test
    void aWorkbooksCellCommentsBecomeThePdfsCommentsInXlsxAndXls() throws Exception {
        try (LibreOfficePool pool = requireLibreOffice()) {
            for (org.apache.poi.ss.usermodel.Workbook kind : java.util.List.of(
                    new org.apache.poi.xssf.usermodel.XSSFWorkbook(), new org.apache.poi.hssf.usermodel.HSSFWorkbook())) {
                String name = kind instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook ? "danh-muc.xlsx" : "danh-muc.xls";
                Path workbook = CommentedDocuments.workbook(work.resolve(name), kind);
                Path target = work.resolve(name + ".pdf");
                ConvertedPdf pdf = converter(pool).convert(Pdfs.request(workbook, target));
                assertEquals(java.util.List.of(), pdf.warnings(), name);
                assertEquals(java.util.List.of(), pdf.unmet(), name);
                assertTrue(pdf.facts().get("engine").startsWith("LibreOffice"), pdf.facts()::toString);
                assertEquals("1", pdf.facts().get("comments"), name);
                Pdfs.assertCompliant(target, PdfaLevel.PDFA_2U);
                // LibreOffice titles a cell's note with the cell's name, not its author
                assertTrue(PdfComments.read(target).contains("B1 - Kiểm tra lại thời hạn bảo quản"),
                        name + ": " + PdfComments.read(target));
                // LibreOffice writes the note's popup with no rectangle and the date "D:00000000000000Z"
                assertEquals(java.util.List.of(), malformedAnnotationEntries(target), name);
                String page = Pdfs.text(target);
                assertTrue(page.contains("Kế hoạch chỉnh lý") && !page.contains("thời hạn"), page);
            }
        }
    }

    /** What a PDF reader would stumble on in the annotations' entries: a missing rectangle, a date that is none. */
    private static java.util.List<String> malformedAnnotationEntries(Path pdf) throws java.io.IOException {
        java.util.List<String> found = new java.util.ArrayList<>();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation : page.getAnnotations()) {
                    org.apache.pdfbox.cos.COSArray rectangle = annotation.getCOSObject()
                            .getCOSArray(org.apache.pdfbox.cos.COSName.RECT);
                    if (rectangle == null || rectangle.size() != 4) {
                        found.add(annotation.getSubtype() + " without a rectangle");
                    }
                    String modified = annotation.getCOSObject().getString(org.apache.pdfbox.cos.COSName.M);
                    if (modified != null && org.apache.pdfbox.util.DateConverter.toCalendar(modified) == null) {
                        found.add(annotation.getSubtype() + " dated " + modified);
                    }
                }
            }
        }
        return found;
    }

    /** A footer date placeholder holding an updating date field whose text, as the file saved it, is TEXT. */
    private static void addFooterDate(Path slideXml, String text) throws java.io.IOException {
        String shape = "<p:sp><p:nvSpPr><p:cNvPr id=\"90\" name=\"Date Placeholder\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
                + "</p:cNvSpPr><p:nvPr><p:ph type=\"dt\" sz=\"half\" idx=\"10\"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm>"
                + "<a:off x=\"457200\" y=\"6356350\"/><a:ext cx=\"2133600\" cy=\"365125\"/></a:xfrm></p:spPr><p:txBody>"
                + "<a:bodyPr/><a:lstStyle/><a:p><a:fld id=\"{6A1F3C2E-0B7D-4F2A-9C1E-2D3B4A5C6D7E}\" type=\"datetime1\">"
                + "<a:rPr lang=\"en-US\"/><a:t>" + text + "</a:t></a:fld><a:endParaRPr lang=\"en-US\"/></a:p></p:txBody></p:sp>";
        Files.writeString(slideXml, Files.readString(slideXml).replace("</p:spTree>", shape + "</p:spTree>"));
    }

    private static void addRelationship(Path rels, String type, String target) throws java.io.IOException {
        Files.writeString(rels, Files.readString(rels).replace("</Relationships>", "<Relationship Id=\"rIdEarchive"
                + Math.abs(target.hashCode()) + "\" Type=\"" + type + "\" Target=\"" + target + "\"/></Relationships>"));
    }

    private static void writeDeck(Path pptx, String notesOfFirstSlide) throws Exception {
        try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
            for (String title : new String[] {"Kế hoạch chỉnh lý tài liệu", "Tiến độ nộp lưu năm 2025"}) {
                var slide = deck.createSlide();
                var box = slide.createTextBox();
                box.setAnchor(new java.awt.geom.Rectangle2D.Double(50, 50, 600, 80));
                box.setText(title);
            }
            if (notesOfFirstSlide != null) {
                var notes = deck.getNotesSlide(deck.getSlides().get(0));
                // POI's notes template also holds a date ("7/1/2013") and a slide number placed beyond a notes
                // page's right edge; a deck saved by PowerPoint has neither there: only the notes are kept
                for (var placeholder : notes.getPlaceholders()) {
                    if (placeholder.getTextType() == org.apache.poi.sl.usermodel.Placeholder.BODY) {
                        placeholder.setText(notesOfFirstSlide);
                        // inside the deck's 7.5 x 10 inch notes page, below the slide's picture, as PowerPoint puts it
                        placeholder.setAnchor(new java.awt.geom.Rectangle2D.Double(54, 400, 432, 250));
                    } else if (placeholder.getTextType() != org.apache.poi.sl.usermodel.Placeholder.SLIDE_IMAGE) {
                        notes.removeShape(placeholder);
                    }
                }
            }
            try (var out = Files.newOutputStream(pptx)) {
                deck.write(out);
            }
        }
    }

    private static String pageText(Path pdf, int page) throws java.io.IOException {
        try (var document = Pdfs.open(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    private static LibreOfficeToPdfaConverter converter(LibreOfficePool pool) {
        return new LibreOfficeToPdfaConverter(pool, new PdfToPdfaConverter(Pdfs.FINISHER, new VeraPdfValidator(),
                GhostscriptPdfa.find(), TesseractOcr.off()), new OfficeToPdfaConverter(Pdfs.FINISHER));
    }
}
