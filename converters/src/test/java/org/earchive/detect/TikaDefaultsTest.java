package org.earchive.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
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
