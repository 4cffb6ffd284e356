package org.earchive.convert.office;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The footer dates a PowerPoint file holds, slide by slide: PowerPoint writes the text of an updating date field
 * into the file each time it saves, so that text is the date the deck showed its author when it was last saved,
 * in PowerPoint's own format ("6/10/2025"; LibreOffice's nearest format would write "06/10/2025"). Read for a
 * PPTX only; other decks carry no such text.
 *
 * @param slides each slide's footer date text, in the deck's order, null where a slide has none
 * @param notes  the same for each slide's notes page
 */
record FooterDates(List<String> slides, List<String> notes) {

    static final FooterDates NONE = new FooterDates(List.of(), List.of());

    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /** NONE for a file that is not a PPTX or that POI cannot read (LibreOffice then formats the date itself). */
    static FooterDates of(Path deck, String mime) {
        if (!PPTX.equals(mime)) {
            return NONE;
        }
        try (XMLSlideShow show = new XMLSlideShow(OoxmlPackages.open(deck))) {
            List<String> slides = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (XSLFSlide slide : show.getSlides()) {
                slides.add(dateIn(slide));
                notes.add(slide.getNotes() == null ? null : dateIn(slide.getNotes()));
            }
            return new FooterDates(java.util.Collections.unmodifiableList(slides), java.util.Collections.unmodifiableList(notes));
        } catch (Exception | LinkageError unread) {
            return NONE;
        }
    }

    /** The slide's own text for the slide at INDEX (from 0), or null. */
    String slide(int index) {
        return index < slides.size() ? slides.get(index) : null;
    }

    String notesPage(int index) {
        return index < notes.size() ? notes.get(index) : null;
    }

    private static String dateIn(XSLFSheet sheet) {
        for (XSLFShape shape : sheet.getShapes()) {
            if (shape instanceof XSLFTextShape text && text.getPlaceholder() == Placeholder.DATETIME) {
                String date = text.getText().strip();
                return date.isEmpty() ? null : date;
            }
        }
        return null;
    }
}
