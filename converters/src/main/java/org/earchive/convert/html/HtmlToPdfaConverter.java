package org.earchive.convert.html;

import java.util.Set;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.earchive.core.ConversionException;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.convert.Converter;
import org.earchive.core.DocumentStatus;
import org.earchive.convert.FidelityCheck;
import org.earchive.convert.WordFidelity;
import org.earchive.detect.Detection;
import org.earchive.formats.vietnamese.LegacyChoices;
import org.earchive.formats.vietnamese.LegacyHtml;
import org.earchive.formats.vietnamese.LegacyVerdict;
import org.earchive.pdfa.UnshapedScripts;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.pdfa.HtmlPdfRenderer;
import org.earchive.pdfa.PdfText;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.pdfa.PdfaLevel;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML to PDF/A-2u through the shared renderer. Scripts, frames and plugins are removed before layout;
 * only images and stylesheets inside the document's own folder, or inline as {@code data:} URIs, are
 * loaded. Pages default to A4 with NĐ 30 margins unless the document's CSS says otherwise.
 */
public final class HtmlToPdfaConverter implements Converter {

    private static final String DEFAULT_CSS = HtmlPdfRenderer.ND30_PAGE_CSS + """
            img { max-width: 100%; }
            table { border-collapse: collapse; }
            td, th { padding: 2pt 4pt; vertical-align: top; }
            """;

    /** Elements that run code or embed other documents: never rendered. */
    private static final String ACTIVE_CONTENT = "script, noscript, iframe, frame, frameset, object, embed, applet";
    private static final String REMOTE_REFERENCE = "[src~=^(?i)(https?:|ftp:|//)], link[href~=^(?i)(https?:|ftp:|//)]";

    private final HtmlPdfRenderer renderer = new HtmlPdfRenderer();
    private final PdfaFinisher finisher;

    public HtmlToPdfaConverter(PdfaFinisher finisher) {
        this.finisher = finisher;
    }

    @Override
    public String engine() {
        return "Java engine (HTML)";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/html", "application/xhtml+xml");
    }

    @Override
    public ConvertedPdf convert(ConversionRequest request) throws ConversionException, IOException {
        Path folder = request.source().toAbsolutePath().getParent();
        Document html = LegacyHtml.parse(request.source(), folder.toUri().toString());
        List<String> warnings = new ArrayList<>(neutralise(html));
        // decoded before layout: the renderer must never see TCVN3's soft hyphen (ư) or VNI's modifier bytes
        LegacyHtml.Result legacy = LegacyChoices.converts(request.context())
                ? new LegacyHtml().convert(html, LegacyChoices.forced(request.context().legacyEncoding()))
                : new LegacyHtml.Result(java.util.Set.of(), 0, LegacyVerdict.NONE, 0);
        if (legacy.warning() != null) {
            warnings.add(legacy.warning());
        }
        DocumentInfo info = withTitle(request.info(), html.title());
        // the page's own structure tagged when the run asks for level a or PDF/UA (which wants a title to show)
        boolean tagged = request.context().level().tagged();
        PdfaLevel level = tagged ? PdfaLevel.PDFA_2A : PdfaLevel.PDFA_2U;
        if (tagged && html.title().isBlank()) {
            html.title(info.title());
        }
        try (PDDocument pdf = renderer.render(W3CDom.convert(html), folder, tagged)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new ConversionException(DocumentStatus.EMPTY_FILE, "The HTML page has no content to print.");
            }
            finisher.finish(pdf, info, level, tagged && request.context().level().ua());
            pdf.save(request.target().toFile());
            // checked on the saved file: fonts are subset and their Unicode maps written only on save
            String bodyText = html.body().text();
            warnings.addAll(FidelityCheck.lostCharacters(bodyText, PdfText.extract(request.target())));
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("encoding", html.charset().name());
            if (legacy.converted()) {
                facts.put("legacyEncoding", legacy.encoding().id());
                facts.put("legacyEvidence", legacy.evidence());
            }
            // the words a search would look for, whole and each in one font: below the threshold, not faithful
            List<String> unmet = new ArrayList<>();
            UnshapedScripts.warnAbout(bodyText, warnings);
            WordFidelity.check(bodyText, request.target()).report(facts, warnings, unmet);
            return new ConvertedPdf("born-digital", level, pdf.getNumberOfPages(), warnings, facts, unmet);
        }
    }

    /** Removes active content and notes references that will not be followed; adds the default page style. */
    private static List<String> neutralise(Document html) {
        List<String> warnings = new ArrayList<>();
        Elements active = html.select(ACTIVE_CONTENT);
        if (!active.isEmpty()) {
            warnings.add(active.size() + " script, frame or plug-in element(s) were not run or shown.");
            active.remove();
        }
        Elements remote = html.select(REMOTE_REFERENCE);
        if (!remote.isEmpty()) {
            warnings.add(remote.size() + " image(s) or stylesheet(s) on the Internet were not fetched: earchive never"
                    + " uses the network.");
        }
        Element style = new Element("style").appendText(DEFAULT_CSS);
        html.head().prependChild(style);
        if (html.selectFirst("html[lang]") == null) {
            html.selectFirst("html").attr("lang", "vi");
        }
        return warnings;
    }

    private static DocumentInfo withTitle(DocumentInfo info, String title) {
        if (title == null || title.isBlank()) {
            return info;
        }
        return info.withTitle(title.strip());
    }
}
