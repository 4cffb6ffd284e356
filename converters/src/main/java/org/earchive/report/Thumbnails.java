package org.earchive.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.earchive.core.AtomicFiles;

/**
 * Small pictures of each output's first page for {@code report.html}, kept in {@code OUT/.earchive/thumbs/}
 * under the PDF's SHA-256: a re-run that carries a document over finds its picture already there, and a
 * rewritten PDF gets a new one.
 */
public final class Thumbnails {

    public static final String FOLDER = "thumbs";

    /** An A4 page becomes about 100 x 140 pixels: enough to tell a letter from a scan at a glance. */
    private static final float DPI = 12;

    private Thumbnails() {
    }

    public static Path file(Path stateFolder, String pdfSha256) {
        return stateFolder.resolve(FOLDER).resolve(pdfSha256 + ".png");
    }

    /**
     * Renders the picture unless it exists. A PDF that cannot be rendered simply gets none.
     *
     * @param output the PDF's path relative to the output folder, which holds the state folder
     */
    public static void render(Path stateFolder, String output, String pdfSha256) {
        render(stateFolder, output, pdfSha256, null);
    }

    /**
     * @param firstPage the first page's image as the converter held it (its stored samples exactly), or null: drawn
     *                  from memory instead of decoding the stored image again, the picture the same
     */
    public static void render(Path stateFolder, String output, String pdfSha256, BufferedImage firstPage) {
        if (!output.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            return; // a document's XML descriptions sit among its outputs: parsing them as PDFs only fails
        }
        Path pdf = stateFolder.getParent().resolve(output);
        Path target = file(stateFolder, pdfSha256);
        if (Files.exists(target)) {
            return;
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), MemoryUsageSetting.setupTempFileOnly().streamCache)) {
            if (document.getNumberOfPages() == 0) {
                return;
            }
            PDFRenderer renderer = org.earchive.formats.CancellablePdf.renderer(document,
                    image -> PageInMemory.standIn(image, firstPage));
            // a picture for the report: an image of billions of pixels is read one pixel in n, not decoded whole
            renderer.setSubsamplingAllowed(true);
            BufferedImage image = renderer.renderImageWithDPI(0, DPI, ImageType.RGB);
            AtomicFiles.write(target, out -> ImageIO.write(image, "png", out));
        } catch (IOException | RuntimeException e) {
            // a report without this picture is still a complete report
        }
    }
}
