package org.earchive.convert.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.earchive.convert.ConversionRequest;
import org.earchive.convert.ConvertedPdf;
import org.earchive.core.ConversionException;
import org.earchive.detect.OfficeParsing;
import org.earchive.formats.vietnamese.LegacyDocx;

/**
 * The document an engine is given: a DOCX with runs in TCVN3/VNI fonts is replaced by its Unicode copy
 * ({@link LegacyDocx}), written beside the target in a folder of its own under the source's own name (the
 * engines take titles from it) and deleted on close; any other document is given as it is.
 */
final class LegacyOfficeCopy implements AutoCloseable {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ConversionRequest request;
    private final LegacyDocx.Result converted;
    private final Path folder;

    private LegacyOfficeCopy(ConversionRequest request, LegacyDocx.Result converted, Path folder) {
        this.request = request;
        this.converted = converted;
        this.folder = folder;
    }

    static LegacyOfficeCopy of(ConversionRequest original) throws IOException {
        if (!original.detection().isMime(DOCX)) {
            return new LegacyOfficeCopy(original, null, null);
        }
        try {
            OfficeParsing.refuseUnsafeContainer(original.source(), original.detection());
        } catch (ConversionException hostile) {
            return new LegacyOfficeCopy(original, null, null); // the engine refuses it, with the same sentence
        }
        Path folder = Files.createTempDirectory(original.target().toAbsolutePath().getParent(), ".unicode-copy");
        try {
            Path copy = folder.resolve(original.source().getFileName().toString());
            LegacyDocx.Result converted = new LegacyDocx().convert(original.source(), copy);
            if (converted == null) {
                deleteAll(folder);
                return new LegacyOfficeCopy(original, null, null);
            }
            return new LegacyOfficeCopy(new ConversionRequest(copy, original.detection(), original.target(),
                    original.info(), original.documentClass(), original.context()), converted, folder);
        } catch (IOException | RuntimeException e) {
            // a document the copy cannot be made of is the engines' to judge (and refuse with a sentence)
            deleteAll(folder);
            return new LegacyOfficeCopy(original, null, null);
        }
    }

    ConversionRequest request() {
        return request;
    }

    /** The engine's result with the facts legacyEncoding and legacyEvidence, when runs were converted. */
    ConvertedPdf withFacts(ConvertedPdf pdf) {
        if (converted == null) {
            return pdf;
        }
        Map<String, String> facts = new LinkedHashMap<>(pdf.facts());
        facts.put("legacyEncoding", converted.encoding().id());
        facts.put("legacyEvidence", converted.evidence());
        return new ConvertedPdf(pdf.documentClass(), pdf.level(), pdf.pages(), pdf.warnings(), facts, pdf.unmet(),
                pdf.verdict());
    }

    @Override
    public void close() throws IOException {
        if (folder != null) {
            deleteAll(folder);
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
