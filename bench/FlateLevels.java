import java.awt.image.*;
import java.io.*;
import java.nio.file.*;
import java.util.zip.*;
import javax.imageio.ImageIO;
import java.lang.management.*;

/**
 * For docs/cost.md: what zlib's levels and strategies make of a scan's grey samples (or a JPEG's bytes, as
 * FlateOverJpeg wraps them), the size and the thread's CPU of each, second of two runs. Grey means one band of 8 bits;
 * other images are skipped. The bench's pages come from fixtures.AdministrativeScans (bench/cost.sh makes them).
 *
 *   java -XX:TieredStopAtLevel=1 -Djava.awt.headless=true bench/FlateLevels.java PAGE.tif|PAGE.png|PAGE.jpg...
 */
public class FlateLevels {
    public static void main(String[] args) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String name : args) {
            byte[] data;
            String kind;
            if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
                data = Files.readAllBytes(Path.of(name));
                kind = "jpeg";
            } else {
                BufferedImage image = ImageIO.read(new File(name));
                if (image.getRaster().getNumBands() != 1 || image.getColorModel().getPixelSize() == 1) { System.out.println(name + ": skipped " + image.getType()); continue; }
                Raster r = image.getRaster();
                data = new byte[image.getWidth() * image.getHeight()];
                int[] row = new int[image.getWidth()];
                for (int y = 0; y < image.getHeight(); y++) {
                    r.getSamples(0, y, image.getWidth(), 1, 0, row);
                    for (int x = 0; x < row.length; x++) data[y * row.length + x] = (byte) row[x];
                }
                kind = "grey";
            }
            System.out.printf("%s (%s, %d bytes raw)%n", Path.of(name).getFileName(), kind, data.length);
            int[][] cases = {{6, 0}, {9, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, Deflater.FILTERED}, {1, Deflater.FILTERED}, {6, Deflater.HUFFMAN_ONLY}};
            for (int rep = 0; rep < 2; rep++) {
                for (int[] c : cases) {
                    long t0 = mx.getCurrentThreadCpuTime();
                    Deflater d = new Deflater(c[0]);
                    d.setStrategy(c[1]);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (DeflaterOutputStream z = new DeflaterOutputStream(out, d, 65536)) { z.write(data); }
                    d.end();
                    long t1 = mx.getCurrentThreadCpuTime();
                    if (rep == 1) System.out.printf("  level %d strategy %d: %,d bytes, %.3f CPU-s%n", c[0], c[1], out.size(), (t1 - t0) / 1e9);
                }
            }
        }
    }
}
