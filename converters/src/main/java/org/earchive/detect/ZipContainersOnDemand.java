package org.earchive.detect;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * Tika's ZIP detector, whose container detectors (OOXML, ODF, iWork, JAR, KMZ, ...) are built on the first ZIP a run
 * meets, not when Tika's configuration is built. A run of PDFs, scans or text no longer sets up POI's tables of Word,
 * Excel and PowerPoint parts for the OOXML detector: ~0.03 CPU-seconds a run (the detector alone costs 0.2 in a fresh
 * JVM, but most of that, Log4j's set-up, Tika's OOXML parser pays anyway; docs/cost.md, "Fifteenth session").
 *
 * <p>Tika's own detector answers as before: it asks its container detectors only once the first kilobyte says a ZIP
 * (Commons Compress's signature test, the first it makes); before that it tells TIFF, the other archive formats and
 * compressed streams by itself. So a file whose first kilobyte is a ZIP's goes to the whole detector, and every other
 * file to the same detector without container detectors, which answers it exactly, and which would answer "a ZIP" if it
 * ever found one the signature test did not (that file then goes to the whole detector too). {@code tika-config.xml}
 * puts this one in the ZIP detector's place in Tika's chain.
 */
public final class ZipContainersOnDemand implements Detector {

    private static final long serialVersionUID = 1L;
    /** As much of the input as Tika's ZIP detector reads to tell an archive ("enough for all known archive formats"). */
    private static final int PREFIX = 1024;

    /** Tika's detector with no container detectors: every answer but which kind of ZIP a ZIP is. */
    private final Detector archivesOnly = new DefaultZipContainerDetector(List.of());

    /** Built on first use: the container detectors found by Tika's service loader, as its default chain has them. */
    private static final class Whole {
        static final Detector DETECTOR = new DefaultZipContainerDetector();
    }

    @Override
    public MediaType detect(InputStream input, Metadata metadata) throws IOException {
        if (input != null && startsAsZip(input)) {
            return Whole.DETECTOR.detect(input, metadata);
        }
        MediaType archive = archivesOnly.detect(input, metadata);
        return MediaType.APPLICATION_ZIP.equals(archive) ? Whole.DETECTOR.detect(input, metadata) : archive;
    }

    private static boolean startsAsZip(InputStream input) throws IOException {
        byte[] prefix = new byte[PREFIX];
        input.mark(PREFIX);
        try {
            return ZipArchiveInputStream.matches(prefix, input.readNBytes(prefix, 0, PREFIX));
        } finally {
            input.reset();
        }
    }
}
