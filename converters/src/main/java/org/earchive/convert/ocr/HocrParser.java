package org.earchive.convert.ocr;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads Tesseract's hOCR (HTML whose {@code title} attributes carry boxes and baselines) into an
 * {@link OcrPage}. Word text is normalised to Unicode NFC, as Vietnamese text must be before anything
 * matches or stores it.
 */
public final class HocrParser {

    /** Every element Tesseract uses for a line of text (headers and captions are lines too). */
    private static final String LINES = ".ocr_line, .ocr_header, .ocr_caption, .ocr_textfloat";
    private static final Pattern BBOX = Pattern.compile("bbox\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");
    private static final Pattern BASELINE = Pattern.compile("baseline\\s+(-?[0-9.]+)\\s+(-?[0-9.]+)");
    private static final Pattern X_WCONF = Pattern.compile("x_wconf\\s+(\\d+)");
    private static final Pattern X_SIZE = Pattern.compile("x_size\\s+([0-9.]+)");

    private HocrParser() {
    }

    public static OcrPage parse(Path hocr) throws IOException {
        return parse(Jsoup.parse(hocr.toFile(), "UTF-8"));
    }

    public static OcrPage parse(String hocr) {
        return parse(Jsoup.parse(hocr));
    }

    private static OcrPage parse(Document document) {
        Element page = document.selectFirst(".ocr_page");
        OcrPage.Box pageBox = page == null ? null : box(page);
        List<OcrPage.Line> lines = new ArrayList<>();
        for (Element line : document.select(LINES)) {
            OcrPage.Box lineBox = box(line);
            if (lineBox == null) {
                continue;
            }
            List<OcrPage.Word> words = new ArrayList<>();
            for (Element word : line.select(".ocrx_word")) {
                String text = Normalizer.normalize(word.text(), Normalizer.Form.NFC).strip();
                OcrPage.Box wordBox = box(word);
                if (!text.isEmpty() && wordBox != null && wordBox.width() > 0 && wordBox.height() > 0) {
                    Matcher confidence = X_WCONF.matcher(word.attr("title"));
                    words.add(new OcrPage.Word(text, wordBox, confidence.find() ? Integer.parseInt(confidence.group(1)) : -1));
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            String title = line.attr("title");
            double slope = 0;
            double offset = 0;
            Matcher baseline = BASELINE.matcher(title);
            if (baseline.find()) {
                slope = Double.parseDouble(baseline.group(1));
                offset = Double.parseDouble(baseline.group(2));
            }
            Matcher xSize = X_SIZE.matcher(title);
            double size = xSize.find() ? Double.parseDouble(xSize.group(1)) : lineBox.height();
            lines.add(new OcrPage.Line(lineBox, slope, offset, size, words));
        }
        return new OcrPage(pageBox == null ? 0 : pageBox.x1(), pageBox == null ? 0 : pageBox.y1(), lines);
    }

    private static OcrPage.Box box(Element element) {
        Matcher m = BBOX.matcher(element.attr("title"));
        if (!m.find()) {
            return null;
        }
        return new OcrPage.Box(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
}
