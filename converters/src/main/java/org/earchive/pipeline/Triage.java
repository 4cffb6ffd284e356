package org.earchive.pipeline;

import org.earchive.convert.Converter;
import org.earchive.convert.ConverterRegistry;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.Detection;
import org.earchive.detect.DocumentClass;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.detect.MediaTypes;
import org.earchive.detect.PdfSignature;
import java.util.List;

/**
 * The first step of a document's way: what the file is (the same {@link FileInspector} that {@code detect} uses),
 * and which converter takes it. A file that cannot be read, is empty, damaged, locked or of a kind earchive does
 * not convert ends here with its status and sentence.
 */
final class Triage {

    /**
     * What triage found.
     *
     * @param documentClass what the source is where it decides the route (existing PDFs, images), else null
     * @param signatures    an existing PDF's digital signatures, each verified as it arrived
     */
    record Triaged(String sourceSha256, Detection detection, DocumentClass documentClass, Converter converter,
                   List<PdfSignature> signatures, String nameWarning) {
    }

    private final FileInspector inspector;
    private final ConverterRegistry registry;

    Triage(FileInspector inspector, ConverterRegistry registry) {
        this.inspector = inspector;
        this.registry = registry;
    }

    /**
     * @param known called with what was learnt before a failure, so the report still shows the type and checksum
     * @throws ConversionException with the status and sentence of a file that goes no further
     */
    Triaged run(SourceDocument document, String password, java.util.function.Consumer<Triaged> known)
            throws ConversionException {
        FileInspection inspection = inspector.triage(document.path(), document.displayPath(), password);
        Triaged found = new Triaged(inspection.sha256(), inspection.detection(), inspection.documentClass(), null,
                inspection.pdf() == null ? List.of() : inspection.pdf().signatures(), inspection.nameWarning());
        if (!inspection.isOk()) {
            known.accept(found);
            throw new ConversionException(inspection.failure(), inspection.message());
        }
        Converter converter = converterFor(found.detection().mime());
        if (converter == null) {
            known.accept(found);
            throw unconverted(found);
        }
        return new Triaged(found.sourceSha256(), found.detection(), found.documentClass(), converter, found.signatures(),
                found.nameWarning());
    }

    /** The converter registered for the type, or for logs, CSV and other text types the plain-text converter. */
    private Converter converterFor(String mime) {
        Converter exact = registry.forType(mime);
        return exact == null && MediaTypes.isPlainText(mime) ? registry.forType("text/plain") : exact;
    }

    private static ConversionException unconverted(Triaged found) {
        Detection detection = found.detection();
        if (detection.isMime("application/octet-stream")) {
            return new ConversionException(DocumentStatus.CORRUPT, "The content is not any format earchive recognises:"
                    + " the file may be damaged, or its name may not match what it holds.");
        }
        String what = found.documentClass() == null ? "" : " (this one is " + found.documentClass().id() + ")";
        return new ConversionException(DocumentStatus.UNSUPPORTED,
                "earchive does not convert " + detection.formatName() + " (" + detection.mime() + ") files yet" + what + ".");
    }
}
