package org.earchive.detect;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.parser.AutoDetectParser;

/**
 * Tika's default configuration and its auto-detecting parser, built once per process and shared by detection, the
 * readings of text and properties and the office converter. {@code TikaConfig.getDefaultConfig()} and {@code new
 * AutoDetectParser()} build a new configuration on every call: each parser module found again through the service
 * loader, and Tika's probes for external programs run again (its OCR parser starts {@code tesseract} twice to see
 * whether it is there). Three such builds went into a one-page run and one more into every document's properties.
 * Tika's parsers keep no state between parses, so one instance serves every thread.
 */
public final class TikaDefaults {

    private TikaDefaults() {
    }

    /** Built on first use: a run that never asks Tika anything does not pay for it. */
    private static final class Holder {
        static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
        static final AutoDetectParser PARSER = new AutoDetectParser(CONFIG);
    }

    public static TikaConfig config() {
        return Holder.CONFIG;
    }

    /** The parser {@code new AutoDetectParser()} would give, the same for every caller. */
    public static AutoDetectParser parser() {
        return Holder.PARSER;
    }
}
