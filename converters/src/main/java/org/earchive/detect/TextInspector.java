package org.earchive.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.core.ConversionException;
import org.earchive.formats.DecodedText;
import org.earchive.formats.TextDecoder;
import org.earchive.core.LegacyEncodingChoice;
import org.earchive.formats.vietnamese.LegacyChoices;
import org.earchive.formats.vietnamese.LegacyEncoding;
import org.earchive.formats.vietnamese.LegacyHtml;

/** Plain text and HTML: born digital; the encoding (decided as the converter decides it) and the language. */
final class TextInspector {

    private final TextDecoder decoder;
    private final LanguageGuesser languages;
    private final LegacyEncodingChoice legacy;

    TextInspector(LanguageGuesser languages, LegacyEncodingChoice legacy) {
        this.languages = languages;
        this.legacy = legacy;
        this.decoder = new TextDecoder(legacy);
    }

    void inspectText(Path file, FileInspection into) throws ConversionException, IOException {
        DecodedText decoded = decoder.decode(Files.readAllBytes(file));
        into.documentClass(decoded.text().isBlank() ? DocumentClass.EMPTY : DocumentClass.BORN_DIGITAL)
                .encoding(decoded.encoding())
                .language(languages.guess(decoded.text()));
        LegacyEncoding.byName(decoded.encoding()).ifPresent(legacy -> into.legacy(legacy.id(), decoded.how()));
    }

    void inspectHtml(Path file, FileInspection into) throws IOException {
        // jsoup settles the encoding as browsers do: byte-order mark, then <meta charset>, then UTF-8 (or, for
        // undeclared bytes that are not UTF-8, one character a byte, for the legacy Vietnamese codes)
        var document = LegacyHtml.parse(file, file.toUri().toString());
        if (LegacyChoices.converts(legacy)) {
            LegacyHtml.Result converted = new LegacyHtml().convert(document, LegacyChoices.forced(legacy));
            if (converted.converted()) {
                into.legacy(converted.encoding().id(), converted.evidence());
            }
        }
        String text = document.body() == null ? "" : document.body().text();
        into.documentClass(text.isBlank() && document.select("img").isEmpty() ? DocumentClass.EMPTY : DocumentClass.BORN_DIGITAL)
                .encoding(document.charset().name())
                .language(languages.guess(text));
    }
}
