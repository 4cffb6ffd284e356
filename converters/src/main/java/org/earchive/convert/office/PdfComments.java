package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

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
}
