package org.earchive.pipeline;

import java.time.Instant;
import java.util.List;
import org.earchive.convert.Converter;
import org.earchive.convert.html.HtmlToPdfaConverter;
import org.earchive.convert.image.ImageToPdfaConverter;
import org.earchive.convert.text.TextToPdfaConverter;
import org.earchive.detect.Detector;
import org.earchive.detect.TikaDetector;
import org.earchive.metadata.DocumentDescriber;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.validate.PdfaValidator;
import org.earchive.validate.VeraPdfValidator;

/**
 * The detectors, converters and validator one run uses, wired once. The one place that knows which
 * converter exists: a new source kind is one more entry in {@link #converters}.
 */
public final class Engines {

    private final String producer;
    private final Detector detector;
    private final PdfaValidator validator;
    private final List<Converter> converters;
    private final Instant sourceDateEpoch;
    private final MetadataSettings metadata;

    /**
     * @param producer        tool name and version, written into every PDF
     * @param sourceDateEpoch a fixed date for reproducible output, or null
     */
    public Engines(String producer, Instant sourceDateEpoch) {
        this(producer, sourceDateEpoch, MetadataSettings.defaults());
    }

    /** @param metadata how each document's metadata XML is written */
    public Engines(String producer, Instant sourceDateEpoch, MetadataSettings metadata) {
        this.producer = producer;
        this.metadata = metadata;
        this.sourceDateEpoch = sourceDateEpoch;
        PdfaFinisher finisher = new PdfaFinisher(producer);
        this.detector = new TikaDetector();
        this.validator = new VeraPdfValidator();
        this.converters = List.of(
                new TextToPdfaConverter(finisher),
                new HtmlToPdfaConverter(finisher),
                new ImageToPdfaConverter(finisher));
    }

    /** SOURCE_DATE_EPOCH from the environment (seconds since 1970), as reproducible-build tools define it. */
    public static Instant sourceDateEpochFromEnvironment() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + value + "'");
        }
    }

    public String producer() {
        return producer;
    }

    DocumentPipeline pipeline(OutputLayout layout) {
        return new DocumentPipeline(layout, detector, converters, validator, sourceDateEpoch,
                new DocumentDescriber(metadata, producer, BuiltInEngines.versions()));
    }
}
