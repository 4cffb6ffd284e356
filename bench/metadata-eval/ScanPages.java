import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.earchive.fixtures.ImageFiles;

/**
 * For bench/metadata-eval/run.sh: turns the 200-dpi page renderings of one document into what a scanner gives
 * back of the printed, signed and stamped paper: the page a little skewed, speckled with noise, and, when
 * asked, the văn thư's received stamp ("ĐẾN", with its own number and date) pressed on the first page, as NĐ
 * 30/2020 Phụ lục IV draws it. Writes one LZW TIFF at 200 dpi.
 *
 *   java -cp fixtures/target/classes bench/metadata-eval/ScanPages.java OUT.tif SEED STAMP|- PAGE.png...
 *
 * STAMP is "organ|number|date" (e.g. "UBND HUYỆN LẠC SƠN|1532|16/6/2025") or "-" for none.
 */
public class ScanPages {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        String stamp = args[2];
        List<BufferedImage> pages = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            BufferedImage page = ImageIO.read(Path.of(args[i]).toFile());
            BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, grey.getWidth(), grey.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            // a sheet fed a little crooked: up to 0.8 degrees either way
            double skew = Math.toRadians((random.nextDouble() * 1.6) - 0.8);
            g.drawImage(page, AffineTransform.getRotateInstance(skew, page.getWidth() / 2.0, page.getHeight() / 2.0), null);
            if (i == 3 && !"-".equals(stamp)) {
                receivedStamp(g, stamp.split("\\|"));
            }
            g.dispose();
            noise(grey, random);
            pages.add(grey);
        }
        ImageFiles.writeTiff(out, pages, "LZW", 200);
    }

    /** The received stamp, 50 x 35 mm, under the organ's block on the left, in a grey the scanner makes of red. */
    private static void receivedStamp(Graphics2D g, String[] fields) {
        int x = 250;
        int y = 560;
        int width = 50 * 8;
        int height = 35 * 8;
        g.setColor(new Color(110, 110, 110));
        g.setStroke(new BasicStroke(4));
        g.drawRect(x, y, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 26));
        g.drawString(fields[0], x + 20, y + 42);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 44));
        g.drawString("ĐẾN", x + 20, y + 120);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 28));
        g.drawString("Số: " + fields[1], x + 160, y + 100);
        g.drawString("Ngày: " + fields[2], x + 160, y + 150);
        g.drawString("Chuyển: Văn phòng", x + 20, y + 215);
        g.drawString("Lưu hồ sơ số: ......", x + 20, y + 260);
    }

    /** Scanner noise: a few percent of pixels darkened or lightened a little, as a 200-dpi office scan shows. */
    private static void noise(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (random.nextInt(100) < 4) {
                    int v = image.getRaster().getSample(x, y, 0);
                    int delta = (int) (random.nextGaussian() * 60);
                    image.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v + delta)));
                }
            }
        }
    }
}
