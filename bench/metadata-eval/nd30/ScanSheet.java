import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.earchive.fixtures.ImageFiles;

/**
 * For bench/metadata-eval/nd30/run.sh: what an office scanner gives back of one printed, signed and stamped page
 * rendered at 200 dpi in colour: the red round seal over the signer's title, a pen stroke for the signature, on
 * some the văn thư's red received stamp ("ĐẾN" with its own number and date, NĐ 30/2020 Phụ lục IV) under the
 * number line (or, with "date", over the date line in the right column; with "organ", over the second line of the
 * organ's name in the left column; with "subject", across the trích yếu under the type name), the sheet fed 1 to 4
 * degrees crooked either way, and sensor noise. Writes a 200-dpi JPEG.
 *
 *   java -cp fixtures/target/classes ScanSheet.java OUT.jpg SEED yes|no|date|organ|subject PAGE.png
 */
public class ScanSheet {

    static final Color RED = new Color(205, 25, 35);

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        boolean received = "yes".equals(args[2]);
        BufferedImage page = ImageIO.read(Path.of(args[3]).toFile());
        int[] dateLine = "date".equals(args[2]) ? dateLine(page) : "organ".equals(args[2]) ? organSecondLine(page)
                : "subject".equals(args[2]) ? subjectBlock(page) : null;
        BufferedImage printed = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D p = printed.createGraphics();
        p.drawImage(page, 0, 0, null);
        p.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        p.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int[] name = lowestRightText(page);
        if (name != null) {
            int size = 290; // a 36-37 mm seal at 200 dpi
            signature(p, random, name[0] - 60, name[1] - 150);
            seal(p, name[0] - size * 3 / 4, name[1] - size - 10, size);
        }
        boolean placed = "date".equals(args[2]) || "organ".equals(args[2]) || "subject".equals(args[2]);
        if (received || placed && dateLine == null) {
            receivedStamp(p, random, page.getHeight());
        } else if (dateLine != null) {
            receivedStampOver(p, random, dateLine);
        }
        p.dispose();
        BufferedImage scanned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scanned.createGraphics();
        g.setColor(new Color(250, 249, 245));
        g.fillRect(0, 0, scanned.getWidth(), scanned.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        double degrees = (1 + random.nextDouble() * 3) * (random.nextBoolean() ? 1 : -1);
        g.drawImage(printed, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0,
                page.getHeight() / 2.0), null);
        g.dispose();
        noise(scanned, random);
        ImageFiles.writeJpeg(out, scanned, 200, 0.85f);
        System.out.printf("%s skew %.1f%n", out.getFileName(), degrees);
    }

    /** The signer's name: the lowest line of dark ink in the right half of the page; {x centre, y top}. */
    static int[] lowestRightText(BufferedImage page) {
        int half = page.getWidth() / 2;
        for (int y = page.getHeight() - 1; y >= page.getHeight() / 3; y--) {
            int left = -1;
            int right = -1;
            for (int x = half; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100) {
                    left = left < 0 ? x : left;
                    right = x;
                }
            }
            if (left >= 0) {
                return new int[] {(left + right) / 2, y - 30};
            }
        }
        return null;
    }

    /** A pen stroke in blue ink: the signature. */
    static void signature(Graphics2D g, Random random, int x, int y) {
        g.setColor(new Color(25, 45, 150));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int px = x;
        int py = y;
        for (int i = 0; i < 10; i++) {
            int nx = px + 15 + random.nextInt(25);
            int ny = y + random.nextInt(90) - 45;
            g.drawLine(px, py, nx, ny);
            px = nx;
            py = ny;
        }
    }

    /** The organ's round seal in red ink, its name around the rim and a star in the middle. */
    static void seal(Graphics2D g, int x, int y, int size) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.8f));
        g.setColor(RED);
        g.setStroke(new BasicStroke(7));
        g.drawOval(x, y, size, size);
        g.setStroke(new BasicStroke(3));
        g.drawOval(x + 45, y + 45, size - 90, size - 90);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 26));
        String rim = "ỦY BAN NHÂN DÂN * ";
        AffineTransform saved = g.getTransform();
        double step = 2 * Math.PI / (rim.length() * 1.4);
        for (int i = 0; i < rim.length(); i++) {
            double angle = -Math.PI / 1.3 + i * step;
            g.setTransform(saved);
            g.translate(x + size / 2.0, y + size / 2.0);
            g.rotate(angle);
            g.drawString(String.valueOf(rim.charAt(i)), -8, -size / 2 + 36);
        }
        g.setTransform(saved);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 60));
        g.drawString("★", x + size / 2 - 28, y + size / 2 + 20);
        g.setComposite(AlphaComposite.SrcOver);
    }

    /** The received stamp, about 50 x 30 mm, in red, on the left under the number line. */
    static void receivedStamp(Graphics2D g, Random random, int height) {
        int x = 200 + random.nextInt(80);
        int y = height * 17 / 100 + random.nextInt(height / 25);
        stamp(g, random, x, y);
    }

    static void stamp(Graphics2D g, Random random, int x, int y) {
        g.setColor(new Color(RED.getRed(), RED.getGreen(), RED.getBlue(), 210));
        g.setStroke(new BasicStroke(4));
        g.drawRect(x, y, 400, 240);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 24));
        g.drawString("VĂN PHÒNG UBND TỈNH", x + 20, y + 38);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 42));
        g.drawString("ĐẾN", x + 20, y + 110);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 26));
        g.drawString("Số: " + (100 + random.nextInt(4000)), x + 150, y + 90);
        g.drawString("Ngày: " + (1 + random.nextInt(28)) + "/" + (1 + random.nextInt(12)) + "/2025", x + 150, y + 135);
        g.drawString("Chuyển: Văn phòng", x + 20, y + 185);
        g.drawString("Lưu hồ sơ số: ......", x + 20, y + 225);
    }

    /**
     * The date line of a state document's header: in the right column (from just right of the page's middle), the
     * first band of ink under the thin one (the rule under the tiêu ngữ); {x centre, y centre}, or null when the top
     * third of the page shows no such band.
     */
    static int[] dateLine(BufferedImage page) {
        int from = page.getWidth() * 52 / 100;
        int to = page.getWidth() * 95 / 100;
        boolean rule = false;
        boolean solid = false; // a row of the band inked along its whole length: a rule, not letters or their marks
        int top = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y < page.getHeight() / 3; y++) {
            int[] row = inkRow(page, y, from, to);
            int rowLeft = row[0];
            int rowRight = row[1];
            int ink = row[2];
            if (rowLeft >= 0) {
                top = top < 0 ? y : top;
                left = Math.min(left, rowLeft);
                right = Math.max(right, rowRight);
                solid = solid || ink >= 100 && ink * 10 >= (rowRight - rowLeft) * 9;
            } else if (top >= 0) {
                if (y - top < 12 && solid) {
                    rule = true;
                } else if (rule) {
                    return new int[] {(left + right) / 2, (top + y) / 2};
                }
                top = -1;
                solid = false;
                left = Integer.MAX_VALUE;
                right = -1;
            }
        }
        return null;
    }

    /**
     * The second line of the header's left column (the organ's name, or its parent's second line): from the page's
     * left margin to just left of its middle, the second band of ink in the top fifth of the page; {x centre, y centre},
     * or null when there is none.
     */
    static int[] organSecondLine(BufferedImage page) {
        int from = page.getWidth() * 5 / 100;
        int to = page.getWidth() * 46 / 100;
        int bands = 0;
        int top = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y < page.getHeight() / 5; y++) {
            int[] row = inkRow(page, y, from, to);
            int rowLeft = row[0];
            int rowRight = row[1];
            if (rowLeft >= 0) {
                top = top < 0 ? y : top;
                left = Math.min(left, rowLeft);
                right = Math.max(right, rowRight);
            } else if (top >= 0) {
                if (y - top >= 12 && ++bands == 2) { // a band of letters, not a rule
                    return new int[] {(left + right) / 2, (top + y) / 2};
                }
                top = -1;
                left = Integer.MAX_VALUE;
                right = -1;
            }
        }
        return null;
    }

    /**
     * The title block: the first band of ink under the date line that crosses the page's middle (the type name, or a
     * công văn's "Kính gửi"); {x centre, y} with y a line under the band's top, so that a stamp whose middle is put
     * there lies across the trích yếu's lines; null when the page shows no date line or no such band.
     */
    static int[] subjectBlock(BufferedImage page) {
        int[] date = dateLine(page);
        if (date == null) {
            return null;
        }
        int middle = page.getWidth() / 2;
        int top = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = date[1] + 30; y < page.getHeight() / 2; y++) {
            int[] row = inkRow(page, y, page.getWidth() * 5 / 100, page.getWidth() * 95 / 100);
            if (row[0] >= 0) {
                top = top < 0 ? y : top;
                left = Math.min(left, row[0]);
                right = Math.max(right, row[1]);
            } else if (top >= 0) {
                if (y - top >= 12 && left < middle && right > middle) {
                    return new int[] {(left + right) / 2, top + 120};
                }
                top = -1;
                left = Integer.MAX_VALUE;
                right = -1;
            }
        }
        return null;
    }

    /** Row {@code y} of the page between {@code from} and {@code to}: its first and last dark pixel (-1 when none), and how many. */
    static int[] inkRow(BufferedImage page, int y, int from, int to) {
        int left = -1;
        int right = -1;
        int ink = 0;
        for (int x = from; x < to; x++) {
            int rgb = page.getRGB(x, y);
            if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100) {
                left = left < 0 ? x : left;
                right = x;
                ink++;
            }
        }
        return new int[] {left, right, ink};
    }

    /** The received stamp as {@link #receivedStamp} draws it, placed over the date line, the line across its middle. */
    static void receivedStampOver(Graphics2D g, Random random, int[] line) {
        int x = line[0] - 200 + random.nextInt(120) - 60;
        int y = line[1] - 80 - random.nextInt(80);
        stamp(g, random, x, y);
    }

    /** Sensor noise: a few percent of pixels a little darker or lighter, on every channel alike. */
    static void noise(BufferedImage image, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (random.nextInt(100) < 4) {
                    int rgb = image.getRGB(x, y);
                    int delta = (int) (random.nextGaussian() * 50);
                    int r = clamp(((rgb >> 16) & 0xff) + delta);
                    int gr = clamp(((rgb >> 8) & 0xff) + delta);
                    int b = clamp((rgb & 0xff) + delta);
                    image.setRGB(x, y, (r << 16) | (gr << 8) | b);
                }
            }
        }
    }

    static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
