package org.earchive.formats;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** A TIFF is decoded by the same plugin on every run, whichever library registered its plugins first. */
class ImageReadersTest {

    @Test
    void twelveMonkeysReadsTheTiffEvenWhenJaiRegisteredFirst() throws Exception {
        ImageIO.scanForPlugins(); // what a PDF library does on loading: every plugin on the class path registered
        Path tiff = Fixtures.samples().resolve("scans/thong-bao-200dpi-lzw.tif");
        List<String> offered = new ArrayList<>();
        try (ImageInputStream input = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageIO.getImageReaders(input).forEachRemaining(reader -> offered.add(provider(reader)));
        }
        assertTrue(offered.stream().anyMatch(name -> name.startsWith("com.github.jaiimageio.")),
                "JAI's TIFF reader is on the class path, so the choice matters: " + offered);
        try (ImageInputStream input = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageReaders.first(input);
            try {
                assertTrue(provider(reader).startsWith("com.twelvemonkeys."), provider(reader) + " of " + offered);
            } finally {
                reader.dispose();
            }
        }
    }

    @Test
    void bytesNoPluginReadsHaveNoReader() throws Exception {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream("không phải ảnh".getBytes()))) {
            assertNull(ImageReaders.first(input));
        }
    }

    private static String provider(ImageReader reader) {
        return reader.getOriginatingProvider().getClass().getName();
    }
}
