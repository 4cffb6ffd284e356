package org.earchive.cli;

import org.earchive.core.DescriptionProfile;
import org.earchive.core.OfficeEngine;
import org.earchive.core.Presentation;
import org.earchive.core.RunContext;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that decide what a conversion makes, in one place for every command that converts (convert, watch):
 * a folder watched gives what convert gives for the same options, and an option added here reaches both.
 */
final class ConversionOptions {

    @Mixin
    OcrOptions ocr;

    @Mixin
    LevelOptions level;

    @Mixin
    LegacyEncodingOption legacyEncoding;

    @Mixin
    TrustStoreOption trustStore;

    @Option(names = "--engine", paramLabel = "auto|libreoffice|java", defaultValue = "auto", converter = OfficeEngineConverter.class)
    OfficeEngine officeEngine = OfficeEngine.AUTO;

    @Option(names = "--tt05-strict")
    boolean tt05Strict;

    @Option(names = "--profile", paramLabel = "tt05|dc", defaultValue = "tt05")
    String profile;

    /**
     * The library's settings for this run.
     *
     * @param jobs     the most Tesseract processes run at once
     * @param password the password of protected inputs ("" for none)
     * @throws UsageException for a value the library refuses, in its own sentence
     */
    RunContext context(int jobs, String password, Presentation presentation) {
        DescriptionProfile description;
        try {
            description = DescriptionProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + ".");
        }
        return new RunContext(VersionProvider.producer(), RunContexts.sourceDateEpoch(), password, ocr.settings(jobs),
                tt05Strict, description, officeEngine).withTrustStore(trustStore.get()).withPresentation(presentation)
                .withLegacyEncoding(legacyEncoding.get()).withLevel(level.get());
    }

    /** "libreoffice" as well as "LIBREOFFICE". */
    static final class OfficeEngineConverter implements ITypeConverter<OfficeEngine> {
        @Override
        public OfficeEngine convert(String value) {
            return OfficeEngine.parse(value);
        }
    }
}
