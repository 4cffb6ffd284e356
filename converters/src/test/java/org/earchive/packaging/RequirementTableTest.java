package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * requirements.tsv is the list of what validate checks: every rule id the checks name is in it, and every
 * line of it is named by some check, so the table never claims a requirement nobody implements.
 */
class RequirementTableTest {

    private static final Pattern RULE = Pattern.compile("\"((?:CSIPSTR|CSIP|SIP)[0-9]+|(?:TT05|METS|PREMIS|ZIP|BAGIT|CHECKSUM)-[A-Z0-9-]+|PDFA|PDF-SIGNATURE|PORTABLE-NAME)\"");

    @Test
    void theTableAndTheChecksNameTheSameRules() throws Exception {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/earchive/packaging"))) {
            for (Path source : sources.toList()) {
                Matcher matcher = RULE.matcher(Files.readString(source));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        Set<String> table = new TreeSet<>();
        Requirement.all().forEach(r -> table.add(r.id()));
        assertEquals(table, named);
    }
}
