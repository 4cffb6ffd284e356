import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.earchive.convert.image.LzwTiffPage;
import org.earchive.convert.ocr.SkewDetector;
import org.earchive.detect.Detection;
import org.earchive.formats.ImageReaders;
import org.earchive.metadata.SourceProperties;
import org.earchive.report.Thumbnails;

/**
 * For docs/cost.md: the thread CPU of the steps of a scan page's own (non-Tesseract) work, each on its own, warm (the
 * median of rounds 4-7 of 7, so the JIT's first compilations are not counted): decoding the page (as the converter
 * does: a plain LZW TIFF page by LzwTiffPage, else ImageIO's reader earchive picks), the source's properties
 * (SourceProperties), the skew search (SkewDetector), and, for each PDF given beside it (same name, .pdf), its thumbnail
 * (Thumbnails.render) decoded from the PDF ("thumb") and drawn from the decoded page in memory ("thumb-m", as a batch
 * does; the page as scanned is what the PDF stores unless --deskew image). A warm figure is a floor: in a batch the first pages
 * run colder, and on a loaded machine every figure grows. The bench's pages come from fixtures.AdministrativeScans
 * (bench/cost.sh makes them; `earchive convert` of them gives the PDFs).
 *
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true \
 *     -cp "cli/target/lib/*:cli/target/earchive.jar" bench/ScanSteps.java PAGE.tif|PAGE.jpg [PAGE.pdf]...
 */
public class ScanSteps {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path state = Files.createTempDirectory("scan-steps").resolve(".earchive");
        Files.createDirectories(state);
        System.out.printf("%-48s %8s %8s %8s %8s %8s%n", "page (CPU-s, warm)", "decode", "props", "skew", "thumb",
                "thumb-m");
        double[] totals = new double[5];
        for (String name : args) {
            Path page = Path.of(name);
            if (name.endsWith(".pdf")) {
                continue;
            }
            String mime = name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : "image/tiff";
            int dpi = name.contains("300dpi") ? 300 : 200;
            BufferedImage[] image = new BufferedImage[1];
            double decode = warm(() -> image[0] = decode(page));
            double properties = warm(() -> new SourceProperties().read(page, new Detection(mime, null, "image")));
            double skew = warm(() -> SkewDetector.detect(image[0], dpi));
            Path pdf = Path.of(name.replaceFirst("\\.[a-z]+$", ".pdf"));
            double thumbnail = Double.NaN;
            double fromMemory = Double.NaN;
            if (Arrays.asList(args).contains(pdf.toString())) {
                Files.copy(pdf, state.getParent().resolve("page.pdf"), StandardCopyOption.REPLACE_EXISTING);
                int[] round = {0};
                thumbnail = warm(() -> {
                    Thumbnails.render(state, "page.pdf", page.getFileName() + "-" + round[0]++); // a new picture each time
                    return null;
                });
                // the same picture drawn from the page in memory, as a batch draws it since the thirteenth session
                fromMemory = warm(() -> {
                    Thumbnails.render(state, "page.pdf", page.getFileName() + "-m" + round[0]++, image[0]);
                    return null;
                });
            }
            System.out.printf("%-48s %8.3f %8.3f %8.3f %8.3f %8.3f%n", page.getFileName(), decode, properties, skew,
                    thumbnail, fromMemory);
            totals[0] += decode;
            totals[1] += properties;
            totals[2] += skew;
            totals[3] += Double.isNaN(thumbnail) ? 0 : thumbnail;
            totals[4] += Double.isNaN(fromMemory) ? 0 : fromMemory;
        }
        System.out.printf("%-48s %8.3f %8.3f %8.3f %8.3f %8.3f%n", "total", totals[0], totals[1], totals[2], totals[3],
                totals[4]);
    }

    private static BufferedImage decode(Path page) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(page.toFile())) {
            ImageReader reader = ImageReaders.first(in);
            try {
                reader.setInput(in);
                // as the converter decodes it: a plain LZW TIFF page by earchive's own decoder, anything else by the reader
                BufferedImage plainLzw = page.toString().endsWith(".tif") ? LzwTiffPage.read(page, 0, reader) : null;
                return plainLzw != null ? plainLzw : reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The median thread CPU of rounds 4-7 of seven. */
    private static double warm(Callable<?> step) throws Exception {
        double[] seconds = new double[7];
        for (int round = 0; round < seconds.length; round++) {
            long start = MX.getCurrentThreadCpuTime();
            step.call();
            seconds[round] = (MX.getCurrentThreadCpuTime() - start) / 1e9;
        }
        double[] last = Arrays.copyOfRange(seconds, 3, 7);
        Arrays.sort(last);
        return (last[1] + last[2]) / 2;
    }
}
