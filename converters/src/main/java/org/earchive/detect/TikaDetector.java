package org.earchive.detect;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * Media type from Tika's default detector (magic bytes, container inspection for OOXML/ODF/OLE, then the
 * file name), PRONOM identifier from {@link PronomRegistry}.
 */
public final class TikaDetector implements Detector {

    private static final int HEADER_BYTES = 16;

    /** Building Tika's detector chain loads every parser module's detectors: done once per process. */
    private static final class Holder {
        static final org.apache.tika.detect.Detector TIKA = TikaConfig.getDefaultConfig().getDetector();
    }

    @Override
    public Detection detect(Path file) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            in.mark(HEADER_BYTES);
            byte[] header = in.readNBytes(HEADER_BYTES);
            in.reset();
            MediaType type = Holder.TIKA.detect(in, metadata);
            return PronomRegistry.identify(type.getBaseType().toString(), header);
        }
    }
}
