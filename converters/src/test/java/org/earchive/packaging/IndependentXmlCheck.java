package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second opinion on a package's XML from libxml2's {@code xmllint}, a schema validator that shares no code with
 * the JDK's: "it validates" must not depend on the validator earchive itself uses. The package's own
 * {@code schemas/} folder is used, with an XML catalog answering mets.xsd's xlink import offline. CI installs
 * libxml2-utils and sets EARCHIVE_REQUIRE_XMLLINT=1, so there a missing xmllint fails instead of skipping.
 */
final class IndependentXmlCheck {

    private IndependentXmlCheck() {
    }

    static void assertValid(Path packageRoot, String schema, Path... xml) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/xmllint"));
        if (!present && "1".equals(System.getenv("EARCHIVE_REQUIRE_XMLLINT"))) {
            throw new AssertionError("xmllint is required here (EARCHIVE_REQUIRE_XMLLINT=1): apt-get install libxml2-utils");
        }
        assumeTrue(present, "xmllint (libxml2-utils) is not installed; the independent XSD check is skipped");
        Path schemas = packageRoot.resolve("schemas").toAbsolutePath();
        Path catalog = Files.createTempFile("earchive-catalog", ".xml");
        try {
            Files.writeString(catalog, """
                    <?xml version="1.0"?>
                    <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                      <system systemId="http://www.loc.gov/standards/xlink/xlink.xsd" uri="%s"/>
                    </catalog>
                    """.formatted(schemas.resolve("xlink.xsd").toUri()), StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>(List.of("/usr/bin/xmllint", "--nonet", "--noout", "--schema",
                    schemas.resolve(schema).toString()));
            for (Path file : xml) {
                command.add(file.toAbsolutePath().toString());
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("XML_CATALOG_FILES", catalog.toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(true, process.waitFor(60, TimeUnit.SECONDS), "xmllint did not finish");
            assertEquals(0, process.exitValue(), "xmllint rejects it against " + schema + ":\n" + output);
        } finally {
            Files.deleteIfExists(catalog);
        }
    }
}
