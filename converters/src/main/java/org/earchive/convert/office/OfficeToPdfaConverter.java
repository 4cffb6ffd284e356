package org.earchive.convert.office;

import java.util.Set;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.ToXMLContentHandler;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.core.DocumentStatus;
import org.earchive.convert.FidelityCheck;
import org.earchive.convert.WordFidelity;
import org.earchive.detect.Detection;
import org.earchive.detect.OfficeParsing;
import org.earchive.pdfa.UnshapedScripts;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.HtmlPdfRenderer;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.pdfa.PdfaLevel;
import org.earchive.pdfa.SourceAttachment;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Office documents and e-mail to PDF/A-2u with the pure-Java engine: Tika's parsers read the document into
 * structured XHTML (headings, paragraphs with bold and italic, lists, tables, one table per sheet, one block
 * per slide, the message body), its pictures are put back where the XHTML refers to them, and the same HTML
 * renderer the HTML converter uses lays it out with the bundled fonts. Text stays text, so 2u holds. Header and
 * footer text is repeated on every page ({@link RunningHeaders}), a DOCX's explicit page breaks are kept
 * ({@link PageBreaks}); a presentation gets one page per slide ({@link SlidePages}). An .xls or .xlsx is laid out
 * from POI's workbook model instead of Tika's tables ({@link SpreadsheetHtml}): column widths, merged cells,
 * cached formula values, each sheet on its own page. It does not reproduce Word's or Excel's exact layout
 * (fonts, floating shapes, charts): that is the LibreOffice engine's job when it is installed.
 */
public final class OfficeToPdfaConverter implements Converter {

    private static final String CSS = HtmlPdfRenderer.ND30_PAGE_CSS + """
            img { max-width: 100%; }
            table { border-collapse: collapse; margin: 6pt 0; }
            td, th { padding: 2pt 4pt; vertical-align: top; }
            table.email-header td { border: none; padding: 0 6pt 0 0; }
            table.email-header { margin-bottom: 12pt; }
            table.email-header td, div.attachments li { word-wrap: break-word; }
            h1 { font-size: 16pt; } h2 { font-size: 14pt; } h3 { font-size: 13pt; }
            """;
    /** Spreadsheets are read as grids; word-processing tables often lay out a page (NĐ 30's header block) and have no rules. */
    private static final String GRID_CSS = "td, th { border: 0.5pt solid #555; }";
    /** What Tika calls a password-protected or rights-managed Office file it cannot open. */
    private static final java.util.Set<String> LOCKED = java.util.Set.of(
            "application/x-tika-ooxml-protected", "application/x-tika-ole-drm-encrypted");
    /** Office documents and e-mail as Tika reads them, and the locked ones it could not open (refused with a sentence). */
    private static final Set<String> OFFICE_TYPES = union(OfficeParsing.MIME_TYPES, LOCKED);

    private final HtmlPdfRenderer renderer = new HtmlPdfRenderer();
    private final PdfaFinisher finisher;

    public OfficeToPdfaConverter(PdfaFinisher finisher) {
        this.finisher = finisher;
    }

    @Override
    public String engine() {
        return "Java engine (office)";
    }

    @Override
    public Set<String> mediaTypes() {
        return OFFICE_TYPES;
    }

    @Override
    public ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException {
        // a document typed in .VnTime or VNI-Times fonts is laid out from its Unicode copy, never from the mojibake
        try (LegacyOfficeCopy source = LegacyOfficeCopy.of(request)) {
            return source.withFacts(convertAsGiven(source.request(), source));
        }
    }

    private ConvertedPdf convertAsGiven(ConversionRequest request, LegacyOfficeCopy legacy)
            throws ConversionException, IOException {
        String password = request.context().password();
        if (request.detection().isMime("application/x-tika-ole-drm-encrypted")
                || (LOCKED.contains(request.detection().mime()) && password.isEmpty())) {
            throw new ConversionException(DocumentStatus.ENCRYPTED, "The Office document is protected by a password or"
                    + " rights management: it cannot be opened without them.");
        }
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        EmbeddedFiles embedded = new EmbeddedFiles();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.source().getFileName().toString());
        OfficeParsing.refuseUnsafeContainer(request.source(), request.detection());
        TrackedChanges changes;
        // a Word document's tracked changes are read marked, struck through or underlined, not as plain text
        try (PrintedTextCopy printed = PrintedTextCopy.of(request.source(), request.detection().mime())) {
            OfficeParsing.parse(printed.path(), request.detection(), xhtml, embedded, metadata, password);
            changes = printed.changes();
        }
        if (request.detection().isMime("application/msword") && password.isEmpty()) {
            changes = DocRevisions.read(request.source());
        }

        Document xml = Jsoup.parse(xhtml.toString(), "", Parser.xmlParser());
        // written back as HTML, an empty <div/> is <div></div>: read as HTML, "<div/>" would open a div that
        // swallows everything after it (every later slide inside the first)
        // and not pretty-printed, which would fold the newlines PageBreaks looks for
        xml.outputSettings().syntax(Document.OutputSettings.Syntax.html).prettyPrint(false);
        Document html = Jsoup.parse(xml.outerHtml());
        // an OpenDocument's deletions, put in a link where they stood: struck through, as Writer shows them
        html.select("a[href=" + OdfPrintedText.DELETED + "]").forEach(deleted -> deleted.tagName("s").clearAttributes());
        legacy.putUnicodeWords(html); // a DOC's TCVN3/VNI words, which Tika read without their fonts
        List<String> warnings = new ArrayList<>();
        html.select("script, iframe, object, embed, applet, link, meta[http-equiv]").remove();
        putPicturesBack(html, embedded, warnings);
        if (isEmail(request.detection())) {
            new EmailHeaderBlock(request.context().presentation())
                    .addTo(html, metadata, embedded.attachments(), request.source(), request.detection());
        }
        // review comments are the PDF's own comments where they were anchored, not words printed in the text
        boolean slideComments = !html.body().select("p.slide-comment").isEmpty();
        List<WriterComment> comments = new ArrayList<>(HtmlComments.setAside(html, request.source(),
                DocxComments.of(request.source(), request.detection().mime())));
        Map<String, String> facts = new LinkedHashMap<>();
        String sheetCss = isExcel(request.detection(), metadata)
                ? layOutSheets(html, request.source(), password, warnings, facts, comments) : "";
        boolean docx = isDocx(request.detection());
        // Word's column widths and merged cells, and a table wider than the portrait page on landscape pages
        TableGrid.Result tables = TableGrid.apply(html, docx ? DocxTableGrid.read(request.source())
                : request.detection().isMime("application/msword") ? DocTableGrid.read(request.source()) : List.of());
        if (!tables.turned().isEmpty()) {
            warnings.add(tables.turned().size() + " table(s) wider than a portrait page (" + tables.turned().get(0)
                    + ") were laid out on landscape pages of their own, so that none of their text runs off the paper.");
        }
        if (docx && request.context().level().tagged()) {
            DocxStructure.restore(html, request.source()); // lists and header cells, for the structure tree
        }
        String layout = RunningHeaders.moveIntoMargins(html, request.source(), docx)
                + (docx ? PageBreaks.keep(html, request.source()) + DocxFootnotes.place(html) : "") + tables.css()
                + SlidePages.paginate(html, request.source());
        html.head().prependChild(new Element("style").appendText(
                (isSpreadsheet(request.detection()) ? CSS + GRID_CSS : CSS) + layout + sheetCss));
        if (html.body().text().isBlank() && html.select("img").isEmpty()) {
            throw new ConversionException(DocumentStatus.EMPTY_FILE, "The document has no text and no pictures to print.");
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        DocumentInfo info = title == null || title.isBlank() ? request.info() : request.info().withTitle(title.strip());
        boolean email = isEmail(request.detection());
        // an e-mail is kept whole inside its PDF/A-3 (headers, attachments, byte for byte); documents are 2u
        // tagged (headings, lists, tables, pictures' alternative text as Tika read them) when the run asks for it
        boolean tagged = request.context().level().tagged();
        PdfaLevel level = email ? (tagged ? PdfaLevel.PDFA_3A : PdfaLevel.PDFA_3U) : (tagged ? PdfaLevel.PDFA_2A : PdfaLevel.PDFA_2U);
        if (tagged && html.title().isBlank()) {
            html.title(info.title());
        }
        if (tagged && html.selectFirst("html[lang]") == null) {
            // the language the document declares (Word's proofing language), else Vietnamese: PDF/UA wants one
            String language = metadata.get(TikaCoreProperties.LANGUAGE);
            html.selectFirst("html").attr("lang", language == null || language.isBlank() ? "vi" : language.strip());
        }
        try (PDDocument pdf = renderer.render(W3CDom.convert(html), null, tagged)) {
            CommentNotes.placeAtOutline(pdf, comments);
            if (email) {
                SourceAttachment.embed(pdf, legacy.original(), request.source().getFileName().toString(),
                        request.detection().isMime("application/vnd.ms-outlook") ? "application/vnd.ms-outlook" : "message/rfc822",
                        request.info().created());
            }
            finisher.finish(pdf, info, level, tagged && request.context().level().ua());
            pdf.save(request.target().toFile());
            // checked on the saved file: fonts are subset and their Unicode maps written only on save
            String sourceText = DocxFootnotes.textWithoutReferences(html);
            warnings.addAll(FidelityCheck.lostCharacters(sourceText, PdfText.extract(request.target())));
            facts.put("engine", sheetCss.isEmpty() ? "java (Tika + openhtmltopdf)" : "java (POI + openhtmltopdf)");
            changes.report(facts, warnings);
            if (!password.isEmpty() && LOCKED.contains(request.detection().mime())) {
                warnings.add("The document was opened with the password given; PDF/A forbids encryption, so the PDF/A has"
                        + " none: store it where only the people allowed to read the original can.");
            }
            if (email) {
                facts.put("embedded-original", request.source().getFileName().toString());
            }
            // the words a search would look for, whole and each in one font: below the threshold, not faithful
            List<String> unmet = new ArrayList<>();
            UnshapedScripts.warnAbout(sourceText, warnings);
            WordFidelity.check(sourceText, request.target()).report(facts, warnings, unmet);
            if (!comments.isEmpty()) {
                PdfComments.report(slideComments, comments.size(), WriterComment.lines(comments), request.target(),
                        facts, warnings, unmet);
            }
            return new ConvertedPdf("born-digital", level, pdf.getNumberOfPages(), warnings, facts, unmet);
        }
    }

    /**
     * An .xls or .xlsx: Tika's tables lose the column widths and merged cells, so the body becomes the workbook
     * as {@link SpreadsheetHtml} lays it out from POI's model. Tika's reading is still what refused a hostile or
     * locked file and found the title; when POI cannot read what Tika could (Excel 95), Tika's tables stay.
     *
     * @param comments where the printed cells' comments are added, each anchored in its cell
     * @return the sheets' CSS, or "" when Tika's tables stay
     */
    private String layOutSheets(Document html, java.nio.file.Path source, String password, List<String> warnings,
                                Map<String, String> facts, List<WriterComment> comments) {
        WorkbookReading.Opened opened = WorkbookReading.open(source, password, html.body().select("td").size());
        SpreadsheetHtml.Sheets sheets = null;
        String whyNot = opened.whyNot();
        if (opened.workbook() != null) {
            try (Workbook workbook = opened.workbook()) {
                sheets = SpreadsheetHtml.build(workbook);
            } catch (IOException | RuntimeException odd) {
                whyNot = "POI could not read all of it (" + odd.getClass().getSimpleName() + ")";
            }
        }
        if (sheets == null) {
            warnings.add("The workbook's column widths and merged cells could not be kept: " + whyNot
                    + "; its cells are printed as plain tables.");
            return "";
        }
        // pictures Tika placed among the cells (it places few) follow the sheets rather than being lost
        List<Element> pictures = new ArrayList<>(html.body().select("img"));
        html.body().empty();
        if (sheets.sections().stream().allMatch(section -> section.select("table").isEmpty()) && pictures.isEmpty()) {
            return ""; // no cell holds a value: an empty body, refused below as a document with nothing to print
        }
        sheets.sections().forEach(html.body()::appendChild);
        if (!pictures.isEmpty()) {
            Element section = html.body().appendElement("section").addClass("sheet");
            pictures.forEach(picture -> section.appendElement("p").appendChild(picture));
        }
        warnings.addAll(sheets.warnings());
        comments.addAll(sheets.comments());
        HtmlComments.bookmark(html, sheets.comments());
        if (!sheets.hiddenSheets().isEmpty()) {
            facts.put("hidden-sheets-not-printed", String.join(", ", sheets.hiddenSheets()));
        }
        return sheets.css();
    }

    /** What POI's workbook model reads: .xls and .xlsx (also when Tika opened it with the password). */
    private static boolean isExcel(Detection detection, Metadata metadata) {
        if (detection.isMime("application/vnd.ms-excel",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.ms-excel.sheet.macroenabled.12")) {
            return true;
        }
        String parsedAs = metadata.get(Metadata.CONTENT_TYPE);
        return LOCKED.contains(detection.mime()) && parsedAs != null
                && (parsedAs.contains("spreadsheetml") || parsedAs.contains("ms-excel"));
    }

    /** Tika refers to a picture as {@code <img src="embedded:image1.png">}; the picture's own bytes go there. */
    private static void putPicturesBack(Document html, EmbeddedFiles embedded, List<String> warnings) {
        int missing = 0;
        for (Element image : html.select("img[src^=embedded:]")) {
            EmbeddedFiles.Picture picture = embedded.picture(image.attr("src").substring("embedded:".length()));
            if (picture == null) {
                image.remove();
                missing++;
                continue;
            }
            image.attr("src", "data:" + picture.mime() + ";base64," + Base64.getEncoder().encodeToString(picture.bytes()));
        }
        html.select("img:not([src^=data:])").remove(); // nothing is fetched: no file, no network
        if (!embedded.undrawable().isEmpty()) {
            warnings.add(embedded.undrawable().size() + " picture(s) in Windows metafile format (EMF/WMF) could not be"
                    + " drawn by the Java engine and are missing from the PDF; the LibreOffice engine draws them.");
        } else if (missing > 0) {
            warnings.add(missing + " picture(s) could not be read from the document and are missing from the PDF.");
        }
        if (embedded.overBudget()) {
            warnings.add("The document's pictures exceed 200 MB; the later ones were left out.");
        }
    }

    private static boolean isDocx(Detection detection) {
        return detection.isMime("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.ms-word.document.macroenabled.12");
    }

    static boolean isSpreadsheet(Detection detection) {
        return detection.mime().contains("spreadsheet") || detection.mime().contains("excel");
    }

    private static boolean isEmail(Detection detection) {
        return detection.isMime("message/rfc822", "application/vnd.ms-outlook", "application/mbox");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
