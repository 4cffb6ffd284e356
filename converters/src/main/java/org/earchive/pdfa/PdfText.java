package org.earchive.pdfa;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text a reader gets out of a PDF, and the comparison earchive uses to prove nothing was lost. */
public final class PdfText {

    private PdfText() {
    }

    /** The text of a saved PDF, read back from disk as any reader would get it. */
    public static String extract(java.nio.file.Path pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return extract(document);
        }
    }

    public static String extract(PDDocument document) throws IOException {
        PDFTextStripper stripper = org.earchive.formats.CancellablePdf.textStripper();
        stripper.setSortByPosition(false);
        return stripper.getText(document);
    }

    /**
     * NFC with all whitespace removed: line wrapping, justification and page breaks change where spaces and
     * line ends fall, never which characters are there.
     */
    public static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", "");
    }

    /** Characters of {@code source} that {@code extracted} has fewer of, with how many are missing. */
    public static Map<String, Integer> missingCharacters(String source, String extracted) {
        Map<String, Integer> balance = new TreeMap<>();
        comparable(source).codePoints().forEach(cp -> balance.merge(Character.toString(cp), 1, Integer::sum));
        comparable(extracted).codePoints().forEach(cp -> balance.merge(Character.toString(cp), -1, Integer::sum));
        balance.values().removeIf(count -> count <= 0);
        return balance;
    }
}
