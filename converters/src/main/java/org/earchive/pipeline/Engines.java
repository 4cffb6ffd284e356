package org.earchive.pipeline;

import java.time.Instant;
import java.util.List;
import org.earchive.convert.Converter;
import org.earchive.convert.html.HtmlToPdfaConverter;
import org.earchive.convert.image.ImageToPdfaConverter;
import java.util.concurrent.TimeUnit;
import org.earchive.convert.office.LibreOfficePool;
import org.earchive.convert.office.LibreOfficeToPdfaConverter;
import org.earchive.convert.office.OfficeToPdfaConverter;
import org.earchive.convert.pdf.PdfToPdfaConverter;
import org.earchive.convert.ocr.OcrSettings;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.convert.text.TextToPdfaConverter;
import org.earchive.detect.Detector;
import org.earchive.detect.PdfInspector;
import org.earchive.detect.TikaDetector;
import org.earchive.core.Fixity;
import org.earchive.metadata.DocumentDescriber;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.validate.PdfaValidator;
import org.earchive.validate.VeraPdfValidator;

/**
 * The detectors, converters and validator one run uses, wired once. The one place that knows which
 * converter exists: a new source kind is one more entry in {@link #converters}.
 */
public final class Engines implements AutoCloseable {

    private final String producer;
    private final Detector detector;
    private final PdfaValidator validator;
    private final List<Converter> converters;
    private final Instant sourceDateEpoch;
    private final PdfInspector pdfInspector;
    private final String outputShaping;
    private final LibreOfficePool libreOffice;

    /** Which engine converts office documents. */
    public enum OfficeEngine {
        /** LibreOffice when it is installed, else the Java engine. */
        AUTO,
        /** LibreOffice, and it is an error when it is not installed. */
        LIBREOFFICE,
        /** The Java engine (Tika + the HTML renderer), always available. */
        JAVA
    }
    private final MetadataSettings metadata;

    /**
     * Scans OCR'd in Vietnamese and English, one Tesseract process per processor, TT 05 shortfalls as warnings.
     *
     * @param producer        tool name and version, written into every PDF
     * @param sourceDateEpoch a fixed date for reproducible output, or null
     */
    public Engines(String producer, Instant sourceDateEpoch) {
        this(producer, sourceDateEpoch, OcrSettings.defaults(Runtime.getRuntime().availableProcessors()), false, "",
                MetadataSettings.defaults());
    }

    /** @param metadata how each document's metadata XML is written */
    public Engines(String producer, Instant sourceDateEpoch, MetadataSettings metadata) {
        this(producer, sourceDateEpoch, OcrSettings.defaults(Runtime.getRuntime().availableProcessors()), false, "", metadata);
    }

    public Engines(String producer, Instant sourceDateEpoch, OcrSettings ocr, boolean tt05Strict) {
        this(producer, sourceDateEpoch, ocr, tt05Strict, "", MetadataSettings.defaults());
    }

    /**
     * @param ocr         languages, page time limit and how many pages are OCR'd at once; Tesseract is looked
     *                    for once, here (PATH or {@value Tesseract#EXECUTABLE_VARIABLE})
     * @param tt05Strict  whether a scan below Thông tư 05/2025's minimum resolution is not compliant
     * @param pdfPassword tried on PDFs that need a password to open ("" for none); never written anywhere
     * @param metadata    how each document's metadata XML is written
     */
    public Engines(String producer, Instant sourceDateEpoch, OcrSettings ocr, boolean tt05Strict, String pdfPassword,
                   MetadataSettings metadata) {
        this(producer, sourceDateEpoch, TesseractOcr.start(ocr, System.getenv()), tt05Strict, pdfPassword, metadata);
    }

    /** @param tesseract the OCR engine, already started ({@link TesseractOcr#off()} for image-only scans) */
    public Engines(String producer, Instant sourceDateEpoch, TesseractOcr tesseract, boolean tt05Strict, String pdfPassword,
                   MetadataSettings metadata) {
        this(producer, sourceDateEpoch, tesseract, tt05Strict, pdfPassword, metadata, OfficeEngine.AUTO, 1);
    }

    /**
     * @param officeEngine which engine converts office documents
     * @param jobs         how many LibreOffice processes may run at once
     */
    public Engines(String producer, Instant sourceDateEpoch, TesseractOcr tesseract, boolean tt05Strict, String pdfPassword,
                   MetadataSettings metadata, OfficeEngine officeEngine, int jobs) {
        this.producer = producer;
        this.metadata = metadata;
        this.sourceDateEpoch = sourceDateEpoch;
        this.pdfInspector = new PdfInspector(pdfPassword);
        PdfaFinisher finisher = new PdfaFinisher(producer);
        this.detector = new TikaDetector();
        this.validator = new VeraPdfValidator();
        PdfToPdfaConverter pdfs = new PdfToPdfaConverter(finisher, validator, pdfPassword, tesseract);
        OfficeToPdfaConverter javaOffice = new OfficeToPdfaConverter(finisher, pdfPassword);
        List<Converter> baseConverters = List.of(
                new TextToPdfaConverter(finisher),
                new HtmlToPdfaConverter(finisher),
                new ImageToPdfaConverter(finisher, tesseract, tt05Strict),
                pdfs,
                javaOffice);
        this.libreOffice = officeEngine == OfficeEngine.JAVA ? null
                : LibreOfficePool.find(jobs, TimeUnit.MINUTES.toMillis(5));
        if (officeEngine == OfficeEngine.LIBREOFFICE && libreOffice == null) {
            throw new IllegalArgumentException("--engine libreoffice: LibreOffice is not installed"
                    + " (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui)");
        }
        if (libreOffice != null) {
            List<Converter> withOffice = new java.util.ArrayList<>(baseConverters);
            // ahead of the Java engine, which stays the fallback and converts e-mail
            withOffice.add(withOffice.size() - 1, new LibreOfficeToPdfaConverter(libreOffice, pdfs, javaOffice, pdfPassword));
            this.converters = List.copyOf(withOffice);
        } else {
            this.converters = baseConverters;
        }
        // what the engines found installed shapes the output as much as the options do
        this.outputShaping = "ocr=" + tesseract.description()
                + "\noffice=" + (libreOffice == null ? "java" : libreOffice.description())
                + "\ntt05Strict=" + tt05Strict + "\nghostscript=" + pdfs.ghostscriptDescription()
                // e-mails converted before their attachments were split out are converted again, attachments and all
                + "\nmailAttachmentDepth=" + DocumentPipeline.MAX_MESSAGE_DEPTH
                // a corrected metadata CSV must reach the documents it describes on the next run
                + "\nmetadata=" + metadata.profile() + "/" + metadata.clerk().fingerprint();
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

    /**
     * Everything besides an input that shapes its PDF's bytes: a run with another fingerprint than the journal
     * recorded converts the input again. A new earchive version is one (its name is in every PDF).
     */
    public String fingerprint() {
        return Fixity.sha256(("producer=" + producer + "\nsourceDateEpoch=" + sourceDateEpoch + "\n" + outputShaping)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Stops the LibreOffice processes, if any were started. */
    @Override
    public void close() {
        if (libreOffice != null) {
            libreOffice.close();
        }
    }

    Detector detector() {
        return detector;
    }

    DocumentPipeline pipeline(OutputLayout layout) {
        return new DocumentPipeline(layout, detector, converters, validator, sourceDateEpoch, pdfInspector,
                new DocumentDescriber(metadata, producer, BuiltInEngines.versions()));
    }
}
