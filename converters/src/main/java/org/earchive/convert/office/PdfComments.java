package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.earchive.convert.WordFidelity;

/** The comments a PDF carries as sticky notes (Text annotations): who wrote each, and what, one a line. */
final class PdfComments {

    private PdfComments() {
    }

    static String read(Path pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationText note) {
                        text.append(note.getTitlePopup() == null ? "" : note.getTitlePopup()).append(" - ")
                                .append(note.getContents() == null ? "" : note.getContents()).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /**
     * A deck's or a text document's review comments are kept as the PDF's own comments: their words, as Tika or POI
     * read them from the file, are looked for there. One lost is a loss of the record like a lost word of a page.
     *
     * @param deck a presentation's (fact {@code slide-comments}), or a text document's (fact {@code comments})
     */
    static void report(boolean deck, int count, String sourceComments, Path pdf, Map<String, String> facts,
                       List<String> warnings, List<String> unmet) throws IOException {
        WordFidelity.Result kept = WordFidelity.checkText(sourceComments, read(pdf));
        facts.put(deck ? "slide-comments" : "comments", String.valueOf(count));
        if (kept.kept() < kept.total()) {
            String examples = String.join(", ", kept.damaged());
            (kept.faithful() ? warnings : unmet).add(deck
                    ? "The presentation's comments did not all come into the PDF as its comments (words kept: "
                    + kept.keptOfTotal() + ", e.g. " + examples + "): they are in the original only."
                    : "The document's comments did not all come into the PDF as its comments (words kept: "
                    + kept.keptOfTotal() + ", e.g. " + examples + "): they are in the original only.");
        }
    }
}
