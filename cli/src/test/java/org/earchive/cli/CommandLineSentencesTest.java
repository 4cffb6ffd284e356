package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.earchive.fixtures.SourceSentences;
import org.earchive.fixtures.SourceSentences.Sentence;
import org.junit.jupiter.api.Test;

/**
 * The command line says nothing to people in English it wrote into its code: its sentences are in
 * messages_en/vi.properties, and the library's pass through the library's catalogue (Messages.sentence). Read
 * from the sources with the same reader as the library's SentenceCatalogueTest.
 */
class CommandLineSentencesTest {

    /** picocli makes its type converters itself, before the run's language is known: this one refusal stays English. */
    private static final String PICOCLI_BUILDS_WITHOUT_A_LANGUAGE = "WritableProfiles.java";

    @Test
    void theCommandsKeepNoEnglishSentenceInTheirCode() throws IOException {
        List<Sentence> written = SourceSentences.forPeople(Path.of("src/main/java/org/earchive/cli")).stream()
                .filter(s -> !PICOCLI_BUILDS_WITHOUT_A_LANGUAGE.equals(s.file())).toList();
        assertTrue(written.isEmpty(), "English sentences in the command line's code; put them in messages_en.properties"
                + " and messages_vi.properties:\n" + String.join("\n", written.stream().map(Sentence::toString).toList()));
    }
}
