package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/** One Tika configuration per process: the shared parser reads a document as a parser of its own would. */
class TikaDefaultsTest {

    @Test
    void everyCallerGetsTheSameParserAndConfiguration() {
        assertSame(TikaDefaults.parser(), TikaDefaults.parser());
        assertSame(TikaDefaults.config(), TikaDefaults.config());
    }

    @Test
    void theSharedParserReadsTextAndPropertiesAsAFreshOneDoesFromSeveralThreads() throws Exception {
        Path docx = Fixtures.root().resolve("detect/bao-cao.docx");
        Reading fresh = read(new AutoDetectParser(), docx);
        assertNotNull(fresh.properties().get("dc:creator"), "the fixture names its author");
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Reading>> readings = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                readings.add(threads.submit(() -> read(TikaDefaults.parser(), docx)));
            }
            for (Future<Reading> reading : readings) {
                assertEquals(fresh, reading.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Tika's OCR parser is left out of the shared configuration: with {@code skipOcr}, as earchive asks every parse,
     * every fixture (and the shared corpus where it is) reads the same text and properties through the same parsers as
     * with Tika's whole default configuration, which started {@code tesseract} twice to build that parser.
     */
    @Test
    void withoutTikasOcrParserEveryFileReadsAsWithTikasDefault() throws Exception {
        assertTrue(TikaDefaults.parser().getAllComponentParsers().stream().flatMap(TikaDefaultsTest::leaves)
                .noneMatch(p -> p instanceof TesseractOCRParser), "no OCR parser");
        AutoDetectParser whole = new AutoDetectParser(TikaConfig.getDefaultConfig());
        List<Path> files = Fixtures.everyFile();
        assertTrue(files.size() > 100, files.size() + " files");
        for (Path file : files) {
            assertEquals(readWithoutOcr(whole, file), readWithoutOcr(TikaDefaults.parser(), file), file.toString());
        }
    }

    /**
     * The shared detector chain is Tika's default chain (its service files' detectors, in Tika's order, its MIME magic
     * last), but for the ZIP detector, which stands in its place built on demand (ZipContainersOnDemand): a Tika that
     * brings a detector more, or in another order, fails here until {@code tika-config.xml} names it too.
     */
    @Test
    void theDetectorChainIsTikasOwnWithTheZipDetectorBuiltOnDemand() {
        List<String> tikas = classes(new DefaultDetector(MimeTypes.getDefaultMimeTypes()).getDetectors());
        List<Detector> shared = ((CompositeDetector) TikaDefaults.config().getDetector()).getDetectors();
        List<String> expected = new ArrayList<>(tikas.subList(0, tikas.size() - 1));
        expected.replaceAll(name -> name.equals(DefaultZipContainerDetector.class.getName())
                ? ZipContainersOnDemand.class.getName() : name);
        expected.add(DefaultDetector.class.getName());
        assertEquals(expected, classes(shared));
        assertEquals(List.of(MimeTypes.class.getName()), classes(((DefaultDetector) shared.get(shared.size() - 1)).getDetectors()));
        assertEquals(MimeTypes.class.getName(), tikas.get(tikas.size() - 1), "Tika's chain ends on its MIME magic");
    }

    private static List<String> classes(List<Detector> detectors) {
        return detectors.stream().map(d -> d.getClass().getName()).toList();
    }

    /**
     * Every fixture and shared corpus file (ZIP containers among them: DOCX, XLSX, PPTX, ODT, ODS, a strict XLSX, a
     * truncated and a corrupt one, a ZIP bomb) gets the media type Tika's default detector gives it: read from its file
     * with its name, as detection does, and as a stream without a name, as an attachment or an archive's member is.
     */
    @Test
    void everyFileIsDetectedAsTikasDefaultDetectorDetectsIt() throws Exception {
        Detector tikas = new DefaultDetector(MimeTypes.getDefaultMimeTypes());
        Detector shared = TikaDefaults.config().getDetector();
        List<Path> files = Fixtures.everyFile();
        assertTrue(files.size() > 100, files.size() + " files");
        for (Path file : files) {
            assertEquals(fromFile(tikas, file), fromFile(shared, file), file.toString());
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(fromStream(tikas, bytes), fromStream(shared, bytes), file + " as a stream");
        }
    }

    private static String fromFile(Detector detector, Path file) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            return detector.detect(in, metadata).toString();
        }
    }

    /** Read as a plain stream, and as the stream Tika's parser makes of one (marks kept as it keeps them). */
    private static String fromStream(Detector detector, byte[] bytes) throws Exception {
        try (InputStream plain = new BufferedInputStream(new ByteArrayInputStream(bytes));
             InputStream tikas = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            return detector.detect(plain, new Metadata()) + " " + detector.detect(tikas, new Metadata());
        }
    }

    private static Stream<Parser> leaves(Parser parser) {
        return parser instanceof CompositeParser composite
                ? composite.getAllComponentParsers().stream().flatMap(TikaDefaultsTest::leaves) : Stream.of(parser);
    }

    /** The parse earchive asks for (SourceProperties): no OCR, the text cut short; what failed said by its class. */
    private static String readWithoutOcr(AutoDetectParser parser, Path file) {
        Metadata metadata = new Metadata();
        WriteOutContentHandler text = new WriteOutContentHandler(100_000);
        ParseContext context = new ParseContext();
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(Parser.class, parser);
        String failure = "";
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, text, metadata, context);
        } catch (Exception e) {
            failure = e.getClass().getName();
        }
        TreeMap<String, String> properties = new TreeMap<>();
        for (String name : metadata.names()) {
            String value = String.join("|", metadata.getValues(name));
            // a temporary copy's name and date, the parse's timing and an exception's object identity vary run to run
            if (!name.contains("parse_time") && !value.contains("apache-tika-") && !name.equals("File Modified Date")
                    && !name.startsWith("X-TIKA:EXCEPTION")) {
                properties.put(name, value);
            }
        }
        return failure + "\n" + properties + "\n" + text;
    }

    private record Reading(String text, TreeMap<String, String> properties) {
    }

    private static Reading read(Parser parser, Path file) throws Exception {
        Metadata metadata = new Metadata();
        BodyContentHandler text = new BodyContentHandler(-1);
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        try (InputStream in = Files.newInputStream(file)) {
            parser.parse(in, text, metadata, context);
        }
        TreeMap<String, String> properties = new TreeMap<>();
        for (String name : metadata.names()) {
            // the parse's own timing and the parser chain's identity differ from run to run, not the reading
            if (!name.startsWith("X-TIKA:Parsed-By") && !name.contains("parse_time")) {
                properties.put(name, String.join("|", metadata.getValues(name)));
            }
        }
        return new Reading(text.toString(), properties);
    }
}
