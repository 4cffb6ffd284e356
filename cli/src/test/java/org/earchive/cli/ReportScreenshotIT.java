package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earchive.fixtures.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * report.html as a clerk sees it, in each language: opened in a real browser (headless Chromium, installed by
 * .ci/run; skipped with a reason where it is missing), offline, it draws its tables, its colours and the
 * first-page pictures; nothing runs past the window's right edge, at a desktop's width or at an A4 page's; every
 * letter is drawn in the font the page asked for (a Vietnamese letter borrowed from another font means the font
 * lacks it); and printed, it makes A4 pages that hold every document's name.
 */
class ReportScreenshotIT {

    /** The colour of "converted" in the report's inline style: seen only if the style was applied. */
    private static final int CONVERTED_GREEN = 0x1a7f37;

    /**
     * Added to a copy of the report: measures what the browser laid out and writes it into the page as JSON, which
     * --dump-dom hands back. Overflow: an element whose box ends past the window, or whose content is wider than
     * its box. Glyphs: the first of the body's font families that is installed (a family is installed when text
     * set in it differs from the generic fallback) must draw each character of the page the same whatever fallback
     * follows it: if it lacks a character, the fallback draws it and the widths differ.
     */
    private static final String CHECK = """
            <script>(function(){
            var out={overflow:[],missing:[],font:null,width:document.documentElement.clientWidth};
            var W=out.width;
            if(document.documentElement.scrollWidth>W){out.overflow.push('page '+document.documentElement.scrollWidth);}
            document.querySelectorAll('body *').forEach(function(e){
            if(/^(SCRIPT|STYLE|PRE)$/.test(e.tagName)||e.closest('[hidden]'))return;
            var r=e.getBoundingClientRect();var name=e.tagName+'.'+e.className+' '+(e.textContent||'').slice(0,40);
            if(r.right>W+0.5)out.overflow.push(name+' ends at '+r.right);
            if(e.clientWidth>0&&e.scrollWidth>e.clientWidth+1)out.overflow.push(name+' holds '+e.scrollWidth+' in '+e.clientWidth);});
            var c=document.createElement('canvas').getContext('2d');
            function w(t,f){c.font='16px '+f;return c.measureText(t).width;}
            var probe='mmmmmmmmmmlli WQ@';
            var families=getComputedStyle(document.body).fontFamily.split(',').map(function(s){return s.trim();});
            for(var i=0;i<families.length;i++){var f=families[i];if(/^(serif|sans-serif|monospace)$/.test(f))break;
            if(w(probe,f+',monospace')!==w(probe,'monospace')||w(probe,f+',serif')!==w(probe,'serif')){out.font=f;break;}}
            if(out.font){var seen={};Array.from(document.body.innerText).forEach(function(ch){
            if(/\\s/.test(ch)||seen[ch])return;seen[ch]=1;
            if(w(ch,out.font+',monospace')!==w(ch,out.font+',serif'))out.missing.push(ch);});}
            var pre=document.createElement('pre');pre.id='earchive-check';pre.textContent=JSON.stringify(out);
            document.body.appendChild(pre);})();</script>
            """;

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void theReportRendersInABrowserInEachLanguageWithNothingCutOffAndNoLetterMissing(String language) throws Exception {
        Optional<Path> chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
        assumeTrue(chromium.isPresent(), "headless Chromium is not installed (apt-get install chromium); .ci/run installs it");

        Path in = Files.createDirectories(work.resolve("in/hồ sơ số 01-2026 về việc tổng kết công tác văn thư lưu trữ"));
        Files.copy(Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"), in.resolve("công văn số 125-CV-UBND ngày 15 tháng 3.jpg"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Files.copy(Fixtures.bad().resolve("truncated.jpg"), in.resolve("ảnh-hỏng.jpg"));
        Files.writeString(in.resolve("Thumbs.db"), "x");
        Path out = work.resolve("out");
        Cli convert = Cli.run("convert", work.resolve("in"), "--out", out, "--quiet", "--lang", language,
                "--time-zone", "Asia/Ho_Chi_Minh");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, convert.exitCode(), convert::toString);
        Path report = out.resolve(".earchive/report.html");
        assertEquals(language, Jsoup.parse(report.toFile(), "UTF-8").selectFirst("html").attr("lang"));

        Path screenshot = work.resolve("report-" + language + ".png");
        String log = chromium(chromium.get(), "--window-size=1200,900", "--screenshot=" + screenshot, report.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1200, image.getWidth(), log);
        assertTrue(count(image, CONVERTED_GREEN) > 50, "the status is drawn in the report's own colours");
        assertTrue(greyPixels(image) > 2000, "the first-page pictures are drawn (text on white pages is grey when small)");

        Path checked = out.resolve(".earchive/report-checked.html");
        Files.writeString(checked, Files.readString(report).replace("</body>", CHECK + "</body>"));
        for (String width : List.of("1200", "700")) { // a desktop; an A4 page's printable width at 96 dpi
            JsonNode layout = layout(chromium.get(), checked, width);
            assertTrue(layout.get("overflow").isEmpty(), language + " at " + width + " px: " + layout.get("overflow"));
            assumeTrue(!layout.get("font").isNull(), "none of the report's font families is installed here");
            assertTrue(layout.get("missing").isEmpty(), language + ": " + layout.get("font") + " lacks " + layout.get("missing"));
        }

        Path pdf = work.resolve("report-" + language + ".pdf");
        log = chromium(chromium.get(), "--no-pdf-header-footer", "--print-to-pdf=" + pdf, report.toUri().toString());
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : printed.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()), "A4 wide: " + log);
                assertEquals(842, Math.round(page.getMediaBox().getHeight()), "A4 high");
            }
            String text = new PDFTextStripper().getText(printed).replaceAll("\\s+", "");
            for (String name : List.of("công văn số 125-CV-UBND", "bao-cao-tong-ket.txt", "ảnh-hỏng.jpg", "Thumbs.db")) {
                assertTrue(text.contains(name.replaceAll("\\s+", "")), name + " is on the printed pages");
            }
            assertTrue(!text.contains("Hiểnthị") && !text.contains("Show:"), "the filter buttons are not printed");
        }
    }

    private JsonNode layout(Path chromium, Path page, String width) throws IOException, InterruptedException {
        String dom = chromium(chromium, "--window-size=" + width + ",900", "--dump-dom", page.toUri().toString());
        String json = Jsoup.parse(dom).selectFirst("#earchive-check").text();
        return new ObjectMapper().readTree(json);
    }

    private String chromium(Path chromium, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + work.resolve("profile")));
        command.addAll(List.of(arguments));
        Process browser = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, browser.waitFor(), out);
        return out;
    }

    private static int count(BufferedImage image, int rgb) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Mid greys, which neither black text nor the white page produce in quantity, but a shrunken page does. */
    private static int greyPixels(BufferedImage image) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < 170; x++) { // the picture column
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - g) < 8 && Math.abs(g - b) < 8 && r > 60 && r < 230) {
                    found++;
                }
            }
        }
        return found;
    }
}
