package org.earchive.metadata;

import java.io.IOException;
import java.nio.file.Path;
import org.earchive.detect.Detection;
import org.earchive.detect.Detector;

/** What earchive can tell about one source before converting it: for the clerk's template. */
public final class TemplateBuilder {

    private final Detector detector;
    private final ClerkMetadata clerk;
    private final ScanText scans;
    private final MetadataExtractor extractor = new MetadataExtractor();
    private final SourceText sourceText = new SourceText();
    private final SourceProperties sourceProperties = new SourceProperties();

    /** @param clerk defaults (and rows) to fill in, or {@link ClerkMetadata#none()} */
    public TemplateBuilder(Detector detector, ClerkMetadata clerk) {
        this(detector, clerk, ScanText.NONE);
    }

    /** @param scans reads a scan's text by OCR, as {@code convert} would, so that its row is filled too */
    public TemplateBuilder(Detector detector, ClerkMetadata clerk, ScanText scans) {
        this.detector = detector;
        this.clerk = clerk;
        this.scans = scans;
    }

    public MetadataTemplate.Row row(Path source, String displayPath) throws IOException {
        Detection detection = detector.detect(source);
        DocumentMetadata metadata = extractor.extractTyped(sourceText.readWithProperties(source, detection));
        if (!readFromText(metadata)) {
            // a scan: its text is what OCR reads, weighed as convert weighs it (withheld values stay empty)
            ScanText.Recognised recognised = scans.read(source, detection);
            if (recognised != null) {
                metadata = extractor.extract(recognised.text(), TextSource.OCR, recognised.words());
            }
        }
        metadata.merge(sourceProperties.read(source, detection));
        clerk.applyTo(metadata, displayPath);
        return new MetadataTemplate.Row(displayPath, metadata);
    }

    /** Whether any field but the language came from the text (as the describer decides to read a PDF's OCR layer). */
    private static boolean readFromText(DocumentMetadata metadata) {
        return metadata.asMap().entrySet().stream().anyMatch(e -> e.getValue().origin() == FieldValue.Origin.TEXT
                && e.getKey() != MetadataField.LANGUAGE);
    }
}
