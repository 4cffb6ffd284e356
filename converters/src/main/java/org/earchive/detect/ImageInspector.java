package org.earchive.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.formats.ImageReaders;
import org.earchive.formats.ImageResolution;
import org.earchive.formats.JpegFile;
import org.earchive.formats.PixelLimit;
import org.earchive.formats.TiffStructure;

/**
 * Page count and resolution of an image file, read from its headers: nothing is decoded but one pixel, and not
 * even that of an image larger than {@link PixelLimit} allows. An image file is
 * a scan by definition (a photograph of paper or of anything else), so its class is always "scanned".
 */
final class ImageInspector {

    void inspect(Path file, Detection detection, FileInspection into) throws ConversionException, IOException {
        String damage = damage(file, detection);
        if (damage != null) {
            throw new ConversionException(DocumentStatus.CORRUPT, damage);
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageReaders.first(input);
            if (reader == null) {
                throw new ConversionException(DocumentStatus.UNSUPPORTED,
                        "earchive cannot read " + detection.formatName() + " images.");
            }
            try {
                reader.setInput(input, false, true);
                PixelLimit.check(reader, 0);
                int frames = reader.getNumImages(true);
                float[] dpi = ImageResolution.of(reader.getImageMetadata(0));
                if (dpi == null && detection.isMime("image/png")) {
                    dpi = ImageResolution.ofPng(file);
                }
                decodeCorner(reader);
                into.pages(frames)
                        .imageDpi(dpi == null ? null : Math.round(Math.min(dpi[0], dpi[1])))
                        .documentClass(DocumentClass.SCANNED);
            } catch (ConversionException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new ConversionException(DocumentStatus.CORRUPT,
                        "The image's headers are damaged (" + e.getMessage() + ").", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Decodes one pixel of the first page: cheap (only the first strip or block row is read) and enough to
     * tell a compression no codec knows, which headers alone do not reveal.
     */
    private static void decodeCorner(ImageReader reader) throws ConversionException, IOException {
        ImageReadParam corner = reader.getDefaultReadParam();
        corner.setSourceRegion(new java.awt.Rectangle(0, 0, 1, 1));
        try {
            reader.read(0, corner);
        } catch (IIOException e) {
            String message = String.valueOf(e.getMessage());
            String lower = message.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("unsupported") || lower.contains("compression")) {
                throw new ConversionException(DocumentStatus.UNSUPPORTED,
                        "The image uses an encoding earchive cannot decode (" + message + ").", e);
            }
            throw e;
        }
    }

    /** The converters' own completeness checks, so detect and convert agree on what is truncated. */
    private static String damage(Path file, Detection detection) throws IOException {
        if (detection.isMime("image/tiff")) {
            return TiffStructure.damage(file);
        }
        if (detection.isMime("image/jpeg") && !JpegFile.read(Files.readAllBytes(file)).complete) {
            return "The JPEG image is truncated (it has no end marker): the bottom of the page is missing.";
        }
        return null;
    }
}
