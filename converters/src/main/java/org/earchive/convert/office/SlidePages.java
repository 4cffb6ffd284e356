package org.earchive.convert.office;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.earchive.core.SafeXml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * One page per slide, the page the slide's size. Tika gives a PowerPoint 97-2003 file one {@code div.slide} per
 * slide, and a PPTX a flat run of {@code div.slide-content} blocks, each followed by what its master and notes
 * add; each slide and what follows it up to the next becomes a section that starts a new page. The page size is the deck's
 * ({@code p:sldSz} in a PPTX), else PowerPoint's 4:3 default. A slide with more text than its page holds runs
 * on to a second page rather than lose text.
 */
final class SlidePages {

    private static final double EMU_PER_POINT = 12700;
    /** PowerPoint's default slide, 10 x 7.5 inches. */
    private static final double[] DEFAULT_SIZE_PT = {720, 540};

    private SlidePages() {
    }

    /** @return the CSS the sections need, or "" when the document has no slides */
    static String paginate(Document html, Path source) {
        List<Element> slides = new ArrayList<>(html.select("div.slide"));
        if (slides.isEmpty()) {
            slides = sectionsFromFlatSlides(html);
        }
        if (slides.isEmpty()) {
            return "";
        }
        // every slide but the first starts a page (a break after each would leave a blank last page)
        slides.subList(1, slides.size()).forEach(slide -> slide.addClass("next-slide"));
        double[] size = slideSize(source);
        return String.format(Locale.ROOT, """
                @page { size: %.1fpt %.1fpt; margin: 10mm 12mm; }
                .next-slide { page-break-before: always; }
                """, size[0], size[1]);
    }

    /** PPTX: a section per {@code div.slide-content}, holding it and its siblings up to the next one. */
    private static List<Element> sectionsFromFlatSlides(Document html) {
        List<Element> sections = new ArrayList<>();
        Element body = html.body();
        if (body.select("> div.slide-content").isEmpty()) {
            return sections;
        }
        Element current = null;
        for (Node child : new ArrayList<>(body.childNodes())) {
            boolean startsSlide = child instanceof Element element && element.hasClass("slide-content");
            if (startsSlide || current == null) {
                current = new Element("section");
                child.before(current);
                sections.add(current);
            }
            current.appendChild(child);
        }
        return sections;
    }

    /** Width and height in points: a PPTX's own, else the 4:3 default. */
    static double[] slideSize(Path source) {
        try (ZipFile zip = new ZipFile(source.toFile())) {
            ZipEntry presentation = zip.getEntry("ppt/presentation.xml");
            if (presentation == null) {
                return DEFAULT_SIZE_PT;
            }
            try (InputStream in = zip.getInputStream(presentation)) {
                XMLStreamReader reader = SafeXml.streamReader(in);
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamReader.START_ELEMENT && "sldSz".equals(reader.getLocalName())) {
                        double width = Long.parseLong(reader.getAttributeValue(null, "cx")) / EMU_PER_POINT;
                        double height = Long.parseLong(reader.getAttributeValue(null, "cy")) / EMU_PER_POINT;
                        // a forged size must not make pages no reader can open
                        return width >= 72 && height >= 72 && width <= 14400 && height <= 14400
                                ? new double[] {width, height} : DEFAULT_SIZE_PT;
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException notAPptx) {
            // a PPT (not a zip), an encrypted PPTX, an odd presentation.xml: the default size
        }
        return DEFAULT_SIZE_PT;
    }
}
