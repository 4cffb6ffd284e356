package org.earchive.metadata;

import java.io.IOException;
import java.nio.file.Path;
import org.earchive.detect.Detection;
import org.earchive.detect.Detector;

/** What earchive can tell about one source before converting it: for the clerk's template. */
public final class TemplateBuilder {

    private final Detector detector;
    private final ClerkMetadata clerk;
    private final MetadataExtractor extractor = new MetadataExtractor();
    private final SourceText sourceText = new SourceText();
    private final SourceProperties sourceProperties = new SourceProperties();

    /** @param clerk defaults (and rows) to fill in, or {@link ClerkMetadata#none()} */
    public TemplateBuilder(Detector detector, ClerkMetadata clerk) {
        this.detector = detector;
        this.clerk = clerk;
    }

    public MetadataTemplate.Row row(Path source, String displayPath) throws IOException {
        Detection detection = detector.detect(source);
        DocumentMetadata metadata = extractor.extract(sourceText.read(source, detection));
        metadata.merge(sourceProperties.read(source, detection));
        clerk.applyTo(metadata, displayPath);
        return new MetadataTemplate.Row(displayPath, metadata);
    }
}
