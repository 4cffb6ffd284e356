package org.earchive.pipeline;

import org.earchive.core.LegacyEncodingChoice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.earchive.convert.ConverterRegistry;
import org.earchive.convert.ConverterRegistry.Rank;
import org.earchive.convert.html.HtmlToPdfaConverter;
import org.earchive.convert.image.ImageToPdfaConverter;
import org.earchive.convert.ocr.TesseractOcr;
import org.earchive.convert.office.LibreOfficePool;
import org.earchive.convert.office.LibreOfficeToPdfaConverter;
import org.earchive.convert.office.OfficeToPdfaConverter;
import org.earchive.convert.pdf.GhostscriptPdfa;
import org.earchive.convert.pdf.PdfToPdfaConverter;
import org.earchive.convert.text.TextToPdfaConverter;
import org.earchive.core.Fixity;
import org.earchive.core.OfficeEngine;
import org.earchive.core.RunContext;
import org.earchive.detect.Detector;
import org.earchive.detect.TikaDetector;
import org.earchive.metadata.DocumentDescriber;
import org.earchive.metadata.MetadataSettings;
import org.earchive.pdfa.PdfaFinisher;
import org.earchive.validate.PdfaValidator;
import org.earchive.validate.VeraPdfValidator;

/**
 * One run's engines, found and wired once: the detector, veraPDF, Tesseract, Ghostscript, the LibreOffice
 * processes, and the {@link ConverterRegistry} that routes each media type to its converter. Adding a source kind
 * is one converter class and one {@code register} line in {@link #registry}.
 */
public final class Engines implements AutoCloseable {

    /** How long LibreOffice may take over one document before its process is restarted. */
    /** The longest LibreOffice may take over one document, whatever the document's own limit. */
    private static final long OFFICE_TASK_TIMEOUT_MILLIS = TimeUnit.MINUTES.toMillis(5);

    private final RunContext context;
    /** Computed once: it reads the trust store's certificates, and a Spark task asks for it per document. */
    private volatile String fingerprint;
    private final MetadataSettings metadata;
    private final Detector detector = new TikaDetector();
    private final PdfaValidator validator = new VeraPdfValidator();
    private final TesseractOcr tesseract;
    private final GhostscriptPdfa ghostscript;
    private final LibreOfficePool libreOffice;
    private final ConverterRegistry registry;

    private Engines(RunContext context, MetadataSettings metadata, TesseractOcr tesseract, int jobs,
                    java.time.Duration documentTimeout) {
        this.context = context;
        this.metadata = metadata;
        this.tesseract = tesseract;
        this.ghostscript = GhostscriptPdfa.find();
        this.libreOffice = context.officeEngine() == OfficeEngine.JAVA ? null
                : LibreOfficePool.find(jobs, officeTaskMillis(documentTimeout));
        if (context.officeEngine() == OfficeEngine.LIBREOFFICE && libreOffice == null) {
            throw new IllegalArgumentException("LibreOffice was asked for but is not installed"
                    + " (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui)");
        }
        this.registry = registry(new PdfaFinisher(context.producer()));
        // every document serialises XMP and XML: look JAXP's factories up once, not once a document
        org.earchive.core.XmlFactories.pin();
    }

    /**
     * Looks for Tesseract (PATH or EARCHIVE_TESSERACT) and LibreOffice, as the context asks.
     *
     * @param jobs how many LibreOffice processes may run at once
     * @throws IllegalArgumentException when the context asks for LibreOffice and it is not installed
     */
    public static Engines start(RunContext context, MetadataSettings metadata, int jobs) {
        return start(context, metadata, TesseractOcr.start(context.ocr(), System.getenv()), jobs);
    }

    /** @param tesseract the OCR engine, already started ({@link TesseractOcr#off()} for image-only scans) */
    public static Engines start(RunContext context, MetadataSettings metadata, TesseractOcr tesseract, int jobs) {
        return new Engines(context, metadata, tesseract, jobs, null);
    }

    /**
     * As {@link #start(RunContext, MetadataSettings, int)}, for a batch whose documents each have {@code
     * documentTimeout}: LibreOffice's own limit is derived from it, so that a document LibreOffice cannot finish
     * still has time left for the Java engine.
     */
    public static Engines start(RunContext context, MetadataSettings metadata, int jobs,
                                java.time.Duration documentTimeout) {
        return new Engines(context, metadata, TesseractOcr.start(context.ocr(), System.getenv()), jobs, documentTimeout);
    }

    /**
     * LibreOffice's limit over one document: at most five minutes, and at most three fifths of the document's own
     * limit, which leaves the rest for the Java engine when LibreOffice is given up on.
     */
    static long officeTaskMillis(java.time.Duration documentTimeout) {
        if (documentTimeout == null) {
            return OFFICE_TASK_TIMEOUT_MILLIS;
        }
        return Math.max(1, Math.min(OFFICE_TASK_TIMEOUT_MILLIS, documentTimeout.toMillis() * 3 / 5));
    }

    /**
     * Starts what the batch's documents will need and would otherwise start inside the first one's time limit:
     * LibreOffice, when an input's name says it is an office document.
     */
    public void prepareFor(List<SourceDocument> documents) {
        if (libreOffice == null || documents.stream().noneMatch(d -> looksLikeOffice(d.displayPath()))) {
            return;
        }
        try {
            libreOffice.start();
        } catch (java.io.IOException e) {
            // the first office document meets the same trouble, says it, and goes to the Java engine
        }
    }

    /** Office documents' usual names: a guess from the name is enough to decide whether to start LibreOffice early. */
    private static final java.util.Set<String> OFFICE_EXTENSIONS = java.util.Set.of("doc", "docx", "docm", "dot",
            "dotx", "odt", "ott", "rtf", "xls", "xlsx", "xlsm", "ods", "ppt", "pptx", "pptm", "odp");

    private static boolean looksLikeOffice(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && OFFICE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private ConverterRegistry registry(PdfaFinisher finisher) {
        PdfToPdfaConverter pdfs = new PdfToPdfaConverter(finisher, validator, ghostscript, tesseract);
        OfficeToPdfaConverter javaOffice = new OfficeToPdfaConverter(finisher);
        ConverterRegistry.Builder routes = ConverterRegistry.builder()
                .register(new TextToPdfaConverter(finisher), Rank.PREFERRED)
                .register(new HtmlToPdfaConverter(finisher), Rank.PREFERRED)
                .register(new ImageToPdfaConverter(finisher, tesseract), Rank.PREFERRED)
                .register(pdfs, Rank.PREFERRED)
                // the Java engine is the fallback for office documents, and converts e-mail
                .register(javaOffice, Rank.FALLBACK);
        if (libreOffice != null) {
            routes.register(new LibreOfficeToPdfaConverter(libreOffice, pdfs, javaOffice), Rank.PREFERRED);
        }
        return routes.build();
    }

    public RunContext context() {
        return context;
    }

    public String producer() {
        return context.producer();
    }

    /** Every media type earchive converts, with the engine chosen for it and the one behind it. */
    public List<ConverterRegistry.Route> routes() {
        return registry.table();
    }

    /**
     * Everything besides an input that shapes its PDF's bytes: a run with another fingerprint than the journal
     * recorded converts the input again. A new earchive version is one (its name is in every PDF), and so is what
     * the engines found installed.
     */
    public String fingerprint() {
        String known = fingerprint;
        if (known == null) {
            known = shaping();
            fingerprint = known;
        }
        return known;
    }

    private String shaping() {
        String shaping = "producer=" + context.producer() + "\nsourceDateEpoch=" + context.sourceDateEpoch()
                + "\nocr=" + tesseract.description()
                // --deskew, --ocr redo|force, --optimize: only when not the default, so older runs stand
                + (context.ocr().shaping().isEmpty() ? "" : "\nocrSettings=" + context.ocr().shaping())
                + "\noffice=" + (libreOffice == null ? "java" : libreOffice.description())
                + "\ntt05Strict=" + context.tt05Strict()
                + "\nghostscript=" + (ghostscript == null ? "no Ghostscript" : ghostscript.toString())
                // e-mails converted before their attachments were split out are converted again, attachments and all
                + "\nmailAttachmentDepth=" + DocumentPipeline.MAX_MESSAGE_DEPTH
                // a corrected metadata CSV must reach the documents it describes on the next run
                + "\nmetadata=" + metadata.profile() + "/" + metadata.clerk().fingerprint()
                // the signature verdicts in the report and PREMIS depend on the certificates trusted
                + (context.trustStore() == null ? "" : "\ntrustStore=" + TrustStores.of(context).fingerprint())
                // a rerun told to read legacy Vietnamese otherwise (--legacy-encoding) converts again
                + (context.legacyEncoding() == LegacyEncodingChoice.AUTO ? "" : "\nlegacyEncoding=" + context.legacyEncoding().id())
                // another PDF/A level (--level, --ua, --embed-original) converts again; the default adds nothing
                + (context.level().isDefault() ? "" : "\n" + context.level().shaping())
                // newer PRONOM signature files in the config folder may identify differently (PREMIS records the PUIDs)
                + pronomShaping();
        // not the language: it follows the locale, which a nightly job and the clerk's shell may not share, and
        // only an e-mail's header block depends on it; a batch must not be converted again for that
        return Fixity.sha256(shaping.getBytes(StandardCharsets.UTF_8));
    }

    /** The PRONOM signature files when they are not earchive's own, else nothing (so older runs stand). */
    private static String pronomShaping() {
        org.earchive.detect.pronom.SignatureFiles installed = org.earchive.detect.pronom.SignatureFiles.installed();
        org.earchive.detect.pronom.SignatureFiles bundled = org.earchive.detect.pronom.SignatureFiles.bundled();
        boolean own = installed.binary().name().equals(bundled.binary().name())
                && installed.container().name().equals(bundled.container().name());
        return own ? "" : "\npronom=" + installed.binary().name() + "," + installed.container().name();
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
        return new DocumentPipeline(layout, context, detector, registry, validator,
                new DocumentDescriber(metadata, context.producer(), BuiltInEngines.versions()));
    }

    /** One document outside a batch: placed in {@code folder} under its own name, no journal, no reports. */
    public List<DocumentResult> convertAlone(Path source, Path folder) {
        SourceDocument document = new SourceDocument(source.toAbsolutePath(), source.getFileName());
        return pipeline(new OutputLayout(folder, List.of(document))).processWithParts(document);
    }

    /**
     * One document of a batch that the caller schedules itself (a Spark task): placed where {@code layout}, made
     * from the whole batch, puts it, and reported under its relative path, exactly as the batch would convert it.
     */
    public List<DocumentResult> convertInLayout(SourceDocument document, OutputLayout layout) {
        return pipeline(layout).processWithParts(document);
    }

    /** As {@link #convertInLayout(SourceDocument, OutputLayout)}, given up as {@code timeout} after {@code limit}. */
    public List<DocumentResult> convertInLayout(SourceDocument document, OutputLayout layout, java.time.Duration limit) {
        return TimedConversion.run(pipeline(layout), layout, document, limit);
    }
}
