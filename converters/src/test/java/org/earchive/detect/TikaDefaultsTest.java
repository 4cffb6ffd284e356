package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
