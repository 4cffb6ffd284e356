package org.earchive.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Everything one run was asked for that shapes what it writes, fixed when the run starts and handed to each
 * call: converters, the pipeline and the metadata step read it, none keeps a copy of its own. What the machine
 * has installed (Tesseract, LibreOffice, Ghostscript) is not here: that is found once, by the engines.
 *
 * @param producer        tool name and version written into every PDF, e.g. "earchive 1.0"
 * @param sourceDateEpoch a fixed instant for every date earchive writes (SOURCE_DATE_EPOCH), or null for the real ones
 * @param password        tried on documents that need one to open ("" for none); never written anywhere
 * @param ocr             how scans are read
 * @param tt05Strict      whether a scan below Thông tư 05/2025's minimum resolution is not compliant
 * @param description     the descriptive metadata written beside each PDF/A
 * @param officeEngine    which engine lays out office documents
 * @param trustStore      a folder of certificates signers' chains are checked against, or null for none
 * @param presentation    the language and time zone of what people read (reports, an e-mail's header block)
 * @param legacyEncoding  how pre-Unicode Vietnamese text (TCVN3, VNI, VISCII) is recognised ({@code --legacy-encoding})
 * @param level           the PDF/A level asked for ({@code --level}, {@code --ua}, {@code --embed-original})
 */
public record RunContext(String producer, Instant sourceDateEpoch, String password, OcrSettings ocr, boolean tt05Strict,
                         DescriptionProfile description, OfficeEngine officeEngine, Path trustStore,
                         Presentation presentation, LegacyEncodingChoice legacyEncoding, RequestedLevel level) {

    public RunContext {
        password = password == null ? "" : password;
        presentation = presentation == null ? Presentation.ENGLISH_UTC : presentation;
        legacyEncoding = legacyEncoding == null ? LegacyEncodingChoice.AUTO : legacyEncoding;
        level = level == null ? RequestedLevel.DEFAULT : level;
    }

    /** earchive's own choice of PDF/A level. */
    public RunContext(String producer, Instant sourceDateEpoch, String password, OcrSettings ocr, boolean tt05Strict,
                      DescriptionProfile description, OfficeEngine officeEngine, Path trustStore,
                      Presentation presentation, LegacyEncodingChoice legacyEncoding) {
        this(producer, sourceDateEpoch, password, ocr, tt05Strict, description, officeEngine, trustStore, presentation,
                legacyEncoding, RequestedLevel.DEFAULT);
    }

    /** Legacy Vietnamese decided from the evidence. */
    public RunContext(String producer, Instant sourceDateEpoch, String password, OcrSettings ocr, boolean tt05Strict,
                      DescriptionProfile description, OfficeEngine officeEngine, Path trustStore,
                      Presentation presentation) {
        this(producer, sourceDateEpoch, password, ocr, tt05Strict, description, officeEngine, trustStore, presentation,
                LegacyEncodingChoice.AUTO);
    }

    /** In English, times in UTC. */
    public RunContext(String producer, Instant sourceDateEpoch, String password, OcrSettings ocr, boolean tt05Strict,
                      DescriptionProfile description, OfficeEngine officeEngine, Path trustStore) {
        this(producer, sourceDateEpoch, password, ocr, tt05Strict, description, officeEngine, trustStore, null);
    }

    /** Without a trust store. */
    public RunContext(String producer, Instant sourceDateEpoch, String password, OcrSettings ocr, boolean tt05Strict,
                      DescriptionProfile description, OfficeEngine officeEngine) {
        this(producer, sourceDateEpoch, password, ocr, tt05Strict, description, officeEngine, null);
    }

    public RunContext withTrustStore(Path folder) {
        return new RunContext(producer, sourceDateEpoch, password, ocr, tt05Strict, description, officeEngine, folder, presentation, legacyEncoding, level);
    }

    /** TT 05 descriptions, Vietnamese and English OCR with one Tesseract per processor, no password, real dates. */
    public static RunContext defaults(String producer) {
        return new RunContext(producer, null, "", OcrSettings.defaults(Runtime.getRuntime().availableProcessors()), false,
                DescriptionProfile.TT05, OfficeEngine.AUTO);
    }

    public RunContext withPassword(String newPassword) {
        return new RunContext(producer, sourceDateEpoch, newPassword, ocr, tt05Strict, description, officeEngine, trustStore, presentation, legacyEncoding, level);
    }

    public RunContext withOcr(OcrSettings newOcr) {
        return new RunContext(producer, sourceDateEpoch, password, newOcr, tt05Strict, description, officeEngine, trustStore, presentation, legacyEncoding, level);
    }

    public RunContext withTt05Strict(boolean strict) {
        return new RunContext(producer, sourceDateEpoch, password, ocr, strict, description, officeEngine, trustStore, presentation, legacyEncoding, level);
    }

    public RunContext withDescription(DescriptionProfile profile) {
        return new RunContext(producer, sourceDateEpoch, password, ocr, tt05Strict, profile, officeEngine, trustStore, presentation, legacyEncoding, level);
    }

    public RunContext withOfficeEngine(OfficeEngine engine) {
        return new RunContext(producer, sourceDateEpoch, password, ocr, tt05Strict, description, engine, trustStore, presentation, legacyEncoding, level);
    }

    public RunContext withLegacyEncoding(LegacyEncodingChoice choice) {
        return new RunContext(producer, sourceDateEpoch, password, ocr, tt05Strict, description, officeEngine, trustStore,
                presentation, choice, level);
    }

    public RunContext withLevel(RequestedLevel requested) {
        return new RunContext(producer, sourceDateEpoch, password, ocr, tt05Strict, description, officeEngine, trustStore,
                presentation, legacyEncoding, requested);
    }

    public RunContext withPresentation(Presentation chosen) {
        return new RunContext(producer, sourceDateEpoch, password, ocr, tt05Strict, description, officeEngine, trustStore, chosen, legacyEncoding, level);
    }

    public RunContext withSourceDateEpoch(Instant epoch) {
        return new RunContext(producer, epoch, password, ocr, tt05Strict, description, officeEngine, trustStore, presentation, legacyEncoding, level);
    }

    /** Now, or SOURCE_DATE_EPOCH when the run has one: the time written into events and descriptions. */
    public Instant now() {
        return sourceDateEpoch != null ? sourceDateEpoch : Instant.now();
    }

    /** The date a source's PDF records as its creation: SOURCE_DATE_EPOCH, else the source's last modification. */
    public Instant created(Path source) throws IOException {
        return sourceDateEpoch != null ? sourceDateEpoch : Files.getLastModifiedTime(source).toInstant();
    }

    /** SOURCE_DATE_EPOCH from the environment (seconds since 1970), as reproducible-build tools define it; null when unset. */
    public static Instant sourceDateEpochFrom(java.util.Map<String, String> environment) {
        String value = environment.get("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + value + "'");
        }
    }
}
