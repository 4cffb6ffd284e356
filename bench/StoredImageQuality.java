import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * For bench/ocr-size.sh: how far the page image a PDF stores is from the scan it came from, as PSNR in dB over
 * the grey or RGB samples ("lossless" when every sample is the same; "-" when the stored image has another
 * size, e.g. a page OCRmyPDF straightened with --deskew, so no pixel-for-pixel comparison is possible).
 *
 *   java -cp 'cli/target/lib/*:cli/target/earchive.jar' bench/StoredImageQuality.java SCAN PDF [PDF]...
 *
 * Prints one figure per PDF, space-separated, in the order given.
 */
public class StoredImageQuality {

    public static void main(String[] args) throws Exception {
        BufferedImage source = ImageIO.read(new File(args[0]));
        StringBuilder line = new StringBuilder();
        for (int i = 1; i < args.length; i++) {
            line.append(i > 1 ? " " : "").append(quality(source, new File(args[i])));
        }
        System.out.println(line);
    }

    static String quality(BufferedImage source, File pdf) throws Exception {
        if (source == null || !pdf.isFile()) {
            return "-";
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDImageXObject stored = firstImage(document.getPage(0).getResources());
            if (stored == null) {
                return "-";
            }
            BufferedImage image = stored.getImage();
            if (image.getWidth() != source.getWidth() || image.getHeight() != source.getHeight()) {
                return "-";
            }
            return psnr(source, image);
        }
    }

    private static PDImageXObject firstImage(PDResources resources) throws Exception {
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                return image;
            }
        }
        return null;
    }

    /**
     * Over the three channels of each pixel (a grey page has three equal ones): 10 log10(255² / MSE). An 8-bit
     * grey image is compared on its own samples: Java's getRGB would first lift them as if they were linear light.
     */
    private static String psnr(BufferedImage a, BufferedImage b) {
        double squares = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                for (int channel = 0; channel < 3; channel++) {
                    int d = sample(a, x, y, channel) - sample(b, x, y, channel);
                    squares += d * d;
                }
            }
        }
        if (squares == 0) {
            return "lossless";
        }
        double mse = squares / (3.0 * a.getWidth() * a.getHeight());
        return String.format(Locale.ROOT, "%.1fdB", 10 * Math.log10(255.0 * 255.0 / mse));
    }

    private static int sample(BufferedImage image, int x, int y, int channel) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image.getRaster().getSample(x, y, 0);
        }
        return (image.getRGB(x, y) >> (8 * channel)) & 0xFF;
    }
}
