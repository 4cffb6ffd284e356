package org.earchive.metadata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.Detection;
import org.earchive.detect.PdfSignature;
import org.earchive.core.OcrWords;
import org.earchive.core.WrittenFileDigests;
import org.earchive.metadata.FieldValue.Origin;
import org.earchive.pdfa.DocumentInfo;
import org.earchive.schemas.SchemaCatalog;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The "describe" step of a document's way through earchive, run once its PDF/A is in place: reads the
 * metadata from the PDF's text and the source's own properties, lays the clerk's values over them, and
 * writes {@code X.xml} (TT 05 or Dublin Core) and {@code X.premis.xml} beside the PDF, each validated
 * against its schema before it is moved into place.
 */
public final class DocumentDescriber {

    /** Vietnamese archives write times with the +07:00 offset (STANDARDS.md section 5). */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final MetadataSettings settings;
    private final String producer;
    private final Map<String, String> engines;
    private final MetadataExtractor extractor = new MetadataExtractor();
    private final SourceProperties sourceProperties = new SourceProperties();
    private final SourceText sourceText = new SourceText();

    /**
     * @param producer earchive's name and version ("earchive 0.1.0")
     * @param engines  embedded engines and their versions, for the PREMIS agents
     */
    public DocumentDescriber(MetadataSettings settings, String producer, Map<String, String> engines) {
        this.settings = settings;
        this.producer = producer;
        this.engines = Map.copyOf(engines);
    }

    /**
     * What the pipeline knows when the PDF is in place.
     *
     * @param source        the input file
     * @param sourceName    its path as reports show it (the key of its row in the clerk's CSV)
     * @param sourceSha256  its SHA-256
     * @param sourceFormat  what detection said it is
     * @param pdf           the placed PDF/A
     * @param pdfFormat     what detection says the PDF is (its PDF/A claim gives the PRONOM id)
     * @param pdfaLevel     the level veraPDF confirmed ("PDF/A-2u")
     * @param flavour       the veraPDF flavour validated against ("2u")
     * @param pages         pages in the PDF
     * @param documentClass "born-digital", "scanned", ... or null
     * @param scratchFolder where files are written before they are moved into place
     * @param eventTime     when the conversion happened
     * @param relations     the message an attachment is part of, the attachments a message has
     * @param reading       the source's text and properties, as {@link #read} gave them before conversion
     * @param signatures    the source's digital signatures as verified when it arrived (empty when unsigned)
     * @param conversionFacts the converter's facts, from which PREMIS tells what was done to the content
     *                      ({@link ProcessingEvents}); empty when there are none
     * @param ocrWords      the words the conversion's OCR read, with Tesseract's confidence in each: what values read
     *                      from a scan's text are weighed by; {@link OcrWords#NONE} for a typed document
     */
    public record Request(Path source, String sourceName, String sourceSha256, Detection sourceFormat, Path pdf,
                          Detection pdfFormat, String pdfaLevel, String flavour, int pages, String documentClass,
                          Path scratchFolder, Instant eventTime, DocumentRelations relations, SourceText.Reading reading,
                          List<PdfSignature> signatures, Map<String, String> conversionFacts, OcrWords ocrWords) {

        public Request {
            relations = relations == null ? DocumentRelations.NONE : relations;
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
            conversionFacts = conversionFacts == null ? Map.of() : Map.copyOf(conversionFacts);
            ocrWords = ocrWords == null ? OcrWords.NONE : ocrWords;
        }

        /** A conversion that recognised no text. */
        public Request(Path source, String sourceName, String sourceSha256, Detection sourceFormat, Path pdf,
                       Detection pdfFormat, String pdfaLevel, String flavour, int pages, String documentClass,
                       Path scratchFolder, Instant eventTime, DocumentRelations relations, SourceText.Reading reading,
                       List<PdfSignature> signatures, Map<String, String> conversionFacts) {
            this(source, sourceName, sourceSha256, sourceFormat, pdf, pdfFormat, pdfaLevel, flavour, pages, documentClass,
                    scratchFolder, eventTime, relations, reading, signatures, conversionFacts, OcrWords.NONE);
        }

        /** A conversion without facts of its own. */
        public Request(Path source, String sourceName, String sourceSha256, Detection sourceFormat, Path pdf,
                       Detection pdfFormat, String pdfaLevel, String flavour, int pages, String documentClass,
                       Path scratchFolder, Instant eventTime, DocumentRelations relations, SourceText.Reading reading,
                       List<PdfSignature> signatures) {
            this(source, sourceName, sourceSha256, sourceFormat, pdf, pdfFormat, pdfaLevel, flavour, pages, documentClass,
                    scratchFolder, eventTime, relations, reading, signatures, Map.of());
        }

        /** An unsigned source. */
        public Request(Path source, String sourceName, String sourceSha256, Detection sourceFormat, Path pdf,
                       Detection pdfFormat, String pdfaLevel, String flavour, int pages, String documentClass,
                       Path scratchFolder, Instant eventTime, DocumentRelations relations, SourceText.Reading reading) {
            this(source, sourceName, sourceSha256, sourceFormat, pdf, pdfFormat, pdfaLevel, flavour, pages, documentClass,
                    scratchFolder, eventTime, relations, reading, List.of());
        }
    }

    /** @return the files written, descriptive first, then PREMIS */
    public List<Path> describe(Request request) throws ConversionException, IOException {
        DocumentMetadata metadata = gather(request);
        XmlPlacement placement = new XmlPlacement(request.scratchFolder());
        Path description = sibling(request.pdf(), ".xml");
        Path premis = sibling(request.pdf(), ".premis.xml");
        List<Path> written = new ArrayList<>();
        try {
            place(placement, description(metadata, request.sourceName(), request.relations()), settings.profile().schema(),
                    description, written);
            place(placement, new PremisWriter().write(preservation(request, metadata)), SchemaCatalog.Known.PREMIS_3,
                    premis, written);
        } catch (ConversionException | IOException | RuntimeException e) {
            for (Path path : written) {
                Files.deleteIfExists(path);
            }
            throw e;
        }
        return written;
    }

    /**
     * The PREMIS record of a container that was unpacked, not converted: its fixity, format and unpacking, and
     * its members as parts ({@link PremisWriter#writeContainer}). Validated before it is moved into place.
     *
     * @param target   where it goes ({@code hoso-2019.zip.premis.xml})
     * @param unpacked the unpacking's outcome, for the event's note
     * @param complete false when the container was not read to its end
     */
    public Path describeContainer(Path source, String sourceName, String sourceSha256, Detection format, Path target,
                                  Path scratchFolder, Instant eventTime, DocumentRelations relations, String unpacked,
                                  boolean complete) throws ConversionException, IOException {
        PreservationRecord.FileFacts container = new PreservationRecord.FileFacts(sourceName, sourceSha256,
                Files.size(source), format, null, null);
        List<Path> written = new ArrayList<>();
        place(new XmlPlacement(scratchFolder), new PremisWriter().writeContainer(container, relations, unpacked, complete,
                eventTime.atOffset(VIETNAM), producer, engines), SchemaCatalog.Known.PREMIS_3, target, written);
        return target;
    }

    /**
     * The source's text and Tika's properties, read once per document: they feed the PDF's XMP before it is
     * written ({@link #enrich}) and the descriptions after ({@link #describe}); a 30-page DOCX costs a second to parse.
     */
    public SourceText.Reading read(Path source, Detection detection) {
        return sourceText.readWithProperties(source, detection);
    }

    /** The same, as the run was told to read pre-Unicode Vietnamese text ({@code --legacy-encoding}). */
    public SourceText.Reading read(Path source, Detection detection, org.earchive.core.LegacyEncodingChoice legacy) {
        return sourceText.readWithProperties(source, detection, legacy);
    }

    /**
     * The PDF's own Dublin Core, for its XMP and Info dictionary before it is written: title = trích yếu,
     * author = cơ quan ban hành, date, language and số/ký hiệu, from the source's text and the clerk's values;
     * what is not known keeps what {@code info} says (the file name as title).
     */
    public DocumentInfo enrich(DocumentInfo info, SourceText.Reading reading, String sourceName) {
        DocumentMetadata metadata = extractor.extractTyped(reading);
        settings.clerk().applyTo(metadata, sourceName);
        String title = metadata.get(MetadataField.SUBJECT).orElse(info.title());
        String author = metadata.get(MetadataField.ORGAN_NAME).orElse(info.author());
        return new DocumentInfo(title, author, info.subject(), info.created(), info.sourceSha256(),
                metadata.issuedDate().orElse(null), DublinCoreWriter.isoLanguage(metadata), metadata.numberAndNotation(),
                Tt05DocumentWriter.knownElements(metadata));
    }

    /** Everything known about the document, by precedence: defaults, source properties, text, pipeline, clerk. */
    DocumentMetadata gather(Request request) throws IOException {
        // the source's own text where it has one (what enrich() put in the PDF's XMP), else the PDF's (an OCR layer)
        SourceText.Reading reading = request.reading();
        DocumentMetadata metadata = extractor.extractTyped(reading);
        if (metadata.asMap().entrySet().stream()
                .noneMatch(e -> e.getValue().origin() == Origin.TEXT && e.getKey() != MetadataField.LANGUAGE)) {
            metadata = textSource(request.documentClass()) == TextSource.OCR
                    ? extractor.extract(ocrLayer(request.pdf()), TextSource.OCR, request.ocrWords())
                    : extractor.extractTyped(typedPdf(request.pdf()));
        }
        metadata.merge(sourceProperties.read(request.source(), request.sourceFormat(), reading.properties()));
        if (request.pages() > 0) {
            metadata.offer(MetadataField.NUMBER_OF_PAGE, Integer.toString(request.pages()), 1.0, Origin.PIPELINE);
        }
        String confidenceLevel = confidenceLevel(request.documentClass());
        if (confidenceLevel != null) {
            metadata.offer(MetadataField.CONFIDENCE_LEVEL, confidenceLevel, 0.9, Origin.PIPELINE);
        }
        settings.clerk().applyTo(metadata, request.sourceName());
        completeDocCode(metadata);
        return metadata;
    }

    /** A scanned page's text is the OCR layer earchive drew; any other PDF's is typed. */
    private static TextSource textSource(String documentClass) {
        return "scanned".equals(documentClass) || "hybrid".equals(documentClass) ? TextSource.OCR : TextSource.TYPED;
    }

    /**
     * A PDF whose text cannot be read describes nothing; that is no reason to fail the document. A scan's OCR layer
     * is read in the order it was drawn (its lines slope with the page's skew).
     */
    private static String ocrLayer(Path pdf) {
        try {
            return PdfLayoutText.extractOcrLayer(pdf);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** A typed PDF read by position, with the weights its header was printed in; nothing when it cannot be read. */
    private static SourceText.Reading typedPdf(Path pdf) {
        try {
            PdfLayoutText.Layout layout = PdfLayoutText.read(pdf);
            return new SourceText.Reading(layout.text(), null, null, layout.weights());
        } catch (IOException | RuntimeException e) {
            return new SourceText.Reading("", null);
        }
    }

    /** TT 05 confidenceLevel: 01 born digital, 02 digitised, 03 mixed. */
    private static String confidenceLevel(String documentClass) {
        if (documentClass == null) {
            return null;
        }
        return switch (documentClass) {
            case "born-digital" -> "01";
            case "scanned", "hybrid" -> "02";
            case "mixed" -> "03";
            default -> null;
        };
    }

    /** docCode is the file code and the 7-digit ordinal (STANDARDS.md section 4), when the clerk gave both. */
    private static void completeDocCode(DocumentMetadata metadata) {
        if (metadata.has(MetadataField.DOC_CODE)) {
            return;
        }
        metadata.get(MetadataField.FILE_CODE).ifPresent(fileCode -> metadata.get(MetadataField.DOC_ORDINAL)
                .ifPresent(ordinal -> metadata.offer(MetadataField.DOC_CODE,
                        fileCode + "." + String.format("%07d", Long.parseLong(ordinal)), 1.0, Origin.CLERK)));
    }

    private PreservationRecord preservation(Request request, DocumentMetadata metadata) throws IOException {
        PreservationRecord.FileFacts source = new PreservationRecord.FileFacts(request.sourceName(),
                request.sourceSha256(), Files.size(request.source()), request.sourceFormat(),
                metadata.valueOrNull(MetadataField.SOURCE_APPLICATION), metadata.valueOrNull(MetadataField.SOURCE_CREATED));
        PreservationRecord.FileFacts pdf = new PreservationRecord.FileFacts(request.pdf().getFileName().toString(),
                WrittenFileDigests.sha256(request.pdf()), Files.size(request.pdf()), request.pdfFormat(), producer, null);
        int fromText = (int) metadata.asMap().values().stream().filter(v -> v.origin() == Origin.TEXT).count();
        return new PreservationRecord(source, pdf, request.pdfaLevel(),
                "PDF/A-" + request.flavour().toUpperCase(java.util.Locale.ROOT) + " validation profile", true, fromText,
                request.eventTime().atOffset(VIETNAM), producer, engines, request.relations(), request.signatures(),
                ProcessingEvents.from(request.conversionFacts()),
                request.reading() == null ? null : request.reading().legacy());
    }

    private static void place(XmlPlacement placement, Document document, SchemaCatalog.Known schema, Path target,
                              List<Path> written) throws ConversionException, IOException {
        byte[] xml = XmlDocuments.serialize(document);
        try {
            placement.place(xml, SchemaCatalog.schema(schema), target);
        } catch (SAXException e) {
            throw new ConversionException(DocumentStatus.FAILED, "The metadata file " + target.getFileName()
                    + " does not validate against " + schema.fileName() + " (" + e.getMessage()
                    + "), so it was not written; please report this as a bug.", e);
        }
        written.add(target);
    }

    /** "x.pdf" to "x.xml" or "x.premis.xml". */
    static Path sibling(Path pdf, String suffix) {
        String name = pdf.getFileName().toString();
        String base = name.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return pdf.resolveSibling(base + suffix);
    }

    /** The descriptive XML in the run's profile. */
    private org.w3c.dom.Document description(DocumentMetadata metadata, String sourceName, DocumentRelations relations) {
        return switch (settings.profile()) {
            case TT05 -> new Tt05DocumentWriter().write(metadata, relations);
            case DC -> new DublinCoreWriter().write(metadata, sourceName, relations);
        };
    }
}
