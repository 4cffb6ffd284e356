package org.earchive.detect;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParser;
import org.xml.sax.SAXException;

/**
 * Tika's default configuration and its auto-detecting parser, built once per process and shared by detection, the
 * readings of text and properties and the office converter. {@code TikaConfig.getDefaultConfig()} and {@code new
 * AutoDetectParser()} build a new configuration on every call: each parser module found again through the service
 * loader, and Tika's probes for external programs run again (its OCR parser starts {@code tesseract} twice to see
 * whether it is there). Three such builds went into a one-page run and one more into every document's properties.
 * Tika's parsers keep no state between parses, so one instance serves every thread.
 *
 * <p>The configuration is Tika's default without its OCR parser ({@code tika-config.xml} beside this class): every
 * parse earchive asks for sets {@code skipOcr}, under which that parser takes no type, so no reading changes (every
 * fixture's and the shared corpus's properties, text and parser compared, docs/cost.md), and building it no longer starts
 * {@code tesseract} twice (no arguments: its probe that the program is there). A configuration named for Tika itself
 * ({@code tika.config}, {@code TIKA_CONFIG}) is still Tika's to read, as before.
 */
public final class TikaDefaults {

    private TikaDefaults() {
    }

    /** Built on first use: a run that never asks Tika anything does not pay for it. */
    private static final class Holder {
        static final TikaConfig CONFIG = withoutOcr();
        static final AutoDetectParser PARSER = new AutoDetectParser(CONFIG);
    }

    private static TikaConfig withoutOcr() {
        if (System.getProperty("tika.config") != null || System.getenv("TIKA_CONFIG") != null) {
            return TikaConfig.getDefaultConfig();
        }
        try (InputStream in = TikaDefaults.class.getResourceAsStream("tika-config.xml")) {
            return new TikaConfig(in);
        } catch (IOException | TikaException | SAXException e) {
            throw new IllegalStateException("earchive's jar holds a broken tika-config.xml: " + e, e);
        }
    }

    public static TikaConfig config() {
        return Holder.CONFIG;
    }

    /** The parser {@code new AutoDetectParser()} would give, the same for every caller. */
    public static AutoDetectParser parser() {
        return Holder.PARSER;
    }
}
