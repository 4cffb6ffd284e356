package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html as a clerk sees it: opened in a real browser (headless Chromium, installed by .ci/run; skipped
 * with a reason where it is missing), offline, it draws its table, its colours and the first-page pictures.
 */
class ReportScreenshotIT {

    /** The colour of "converted" in the report's inline style: seen only if the style was applied. */
    private static final int CONVERTED_GREEN = 0x1a7f37;

    @TempDir
    Path work;

    @Test
    void theReportRendersInABrowserWithItsStyleAndPictures() throws Exception {
        Optional<Path> chromium = Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv().getOrDefault("PATH", "").split(":")).map(d -> Path.of(d, name)))
                .filter(Files::isExecutable).findFirst();
        assumeTrue(chromium.isPresent(), "headless Chromium is not installed (apt-get install chromium); .ci/run installs it");

        Path out = work.resolve("out");
        Cli convert = Cli.run("convert", Fixtures.samples().resolve("scans/cong-van-200dpi.jpg"),
                Fixtures.samples().resolve("bao-cao-tong-ket.txt"), "--out", out, "--quiet");
        assertEquals(ExitCodes.OK, convert.exitCode(), convert::toString);
        Path report = out.resolve(".earchive/report.html");
        Path screenshot = work.resolve("report.png");

        Process browser = new ProcessBuilder(List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--user-data-dir=" + work.resolve("profile"),
                "--window-size=1200,800", "--screenshot=" + screenshot, report.toUri().toString()))
                .redirectErrorStream(true).start();
        String log = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, browser.waitFor(), log);

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1200, image.getWidth(), log);
        assertTrue(count(image, CONVERTED_GREEN) > 50, "the status is drawn in the report's own colours");
        assertTrue(greyPixels(image) > 2000, "the first-page pictures are drawn (text on white pages is grey when small)");
    }

    private static int count(BufferedImage image, int rgb) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Mid greys, which neither black text nor the white page produce in quantity, but a shrunken page does. */
    private static int greyPixels(BufferedImage image) {
        int found = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < 140; x++) { // the picture column
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - g) < 8 && Math.abs(g - b) < 8 && r > 60 && r < 230) {
                    found++;
                }
            }
        }
        return found;
    }
}
