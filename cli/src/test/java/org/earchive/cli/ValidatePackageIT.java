package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.earchive.fixtures.Fixtures;
import org.earchive.fixtures.Tt05Sample;
import org.earchive.schemas.SchemaCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive receives TT 05 packages, as folders and ZIPs, and `earchive validate` says which to refuse and why. */
class ValidatePackageIT {

    private static final String PDF1 = Tt05Sample.REP + "data/" + Tt05Sample.dataName(1);
    private static final String DOC1 = Tt05Sample.REP + "metadata/descriptive/" + Tt05Sample.descriptionName(1);

    @TempDir
    static Path work;

    static Path pdfa;

    @BeforeAll
    static void convertOneDocument() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Cli convert = Cli.run("convert", in, "--out", work.resolve("converted"));
        assertEquals(0, convert.exitCode(), convert::toString);
        pdfa = work.resolve("converted/bao-cao-tong-ket.pdf");
    }

    @Test
    void anIntactTt05PackageIsAcceptedAsAFolderAndAsAZip() throws Exception {
        Path root = sample("intact", UnaryOperator.identity());

        Cli folder = Cli.run("validate", root);
        assertEquals(0, folder.exitCode(), folder::toString);
        assertTrue(folder.out().contains("TT 05 SIP_hoso") && folder.out().contains("is valid"), folder::toString);
        assertTrue(folder.out().contains(PDF1), folder::toString);

        Cli zip = Cli.run("validate", zip(root, work.resolve("intact.zip"), null), "--json");
        assertEquals(0, zip.exitCode(), zip::toString);
        JsonNode verdict = new ObjectMapper().readTree(zip.out().strip());
        assertEquals("accepted", verdict.path("verdict").asText());
        assertEquals("tt05-sip-hoso", verdict.path("package").asText());
        assertEquals(0, verdict.path("must").asInt(), zip::toString);
    }

    @Test
    void unknownCodesAreSaidAsShouldAndTheExitCodeStaysZero() throws Exception {
        Path root = sample("review", Tt05Sample::codesUnknown);
        Cli validate = Cli.run("validate", root);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("SHOULD") && validate.out().contains("TT05-NEEDS-REVIEW"), validate::toString);
        assertTrue(validate.out().contains("metadata/descriptive/EAD.xml"), validate::toString);
    }

    @Test
    void eachBrokenPackageExitsOneNamingItsRuleAndFile() throws Exception {
        record Broken(String name, UnaryOperator<Tt05Sample> edit, String rule, String file) {
        }
        List<Broken> cases = List.of(
                new Broken("namespace", s -> s.edit("METS.xml", m -> m.replace(Tt05Sample.CSIP, "https://dilcis.eu/XML/METS/CSIPExtensionMETS")),
                        "TT05-SAMPLE-NAMESPACE-CASE", "METS.xml"),
                new Broken("doccode", s -> s.edit(DOC1, d -> d.replace(".0000001</docCode>", ".1</docCode>")), "TT05-DOCCODE", DOC1),
                new Broken("user", s -> s.edit("METS.xml", m -> m.replace("USE=\"Schemas\"", "USER=\"Schemas\"")), "TT05-SAMPLE-USER", "METS.xml"));
        for (Broken broken : cases) {
            Path root = sample(broken.name(), broken.edit());

            Cli text = Cli.run("validate", root);
            assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, text.exitCode(), text::toString);
            assertTrue(text.out().lines().anyMatch(l -> l.startsWith("MUST") && l.contains(broken.rule()) && l.contains(broken.file())),
                    text::toString);
            assertTrue(text.out().contains("is NOT valid"), text::toString);

            Cli json = Cli.run("validate", root, "--json");
            assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, json.exitCode(), json::toString);
            JsonNode verdict = new ObjectMapper().readTree(json.out().strip());
            assertEquals("refused", verdict.path("verdict").asText());
            boolean named = false;
            for (JsonNode finding : verdict.path("findings")) {
                named |= finding.path("rule").asText().equals(broken.rule()) && finding.path("level").asText().equals("MUST")
                        && finding.path("file").asText().equals(broken.file()) && !finding.path("message").asText().isBlank();
            }
            assertTrue(named, json::toString);
        }
    }

    @Test
    void aDamagedDataFileAndAHostileZipAreRefused() throws Exception {
        Path root = sample("damaged", UnaryOperator.identity());
        Path zip = zip(root, work.resolve("climbing.zip"), Tt05Sample.OBJID + "/../../evil.txt");
        Cli hostile = Cli.run("validate", zip);
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, hostile.exitCode(), hostile::toString);
        assertTrue(hostile.out().contains("ZIP-PATH") && hostile.out().contains("evil.txt"), hostile::toString);
        assertTrue(!Files.exists(work.resolve("evil.txt")));

        byte[] bytes = Files.readAllBytes(root.resolve(PDF1));
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(root.resolve(PDF1), bytes);
        Cli damaged = Cli.run("validate", root);
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, damaged.exitCode(), damaged::toString);
        assertTrue(damaged.out().lines().anyMatch(l -> l.startsWith("MUST") && l.contains("CSIP71") && l.contains(PDF1)), damaged::toString);
    }

    private static Path sample(String name, UnaryOperator<Tt05Sample> edit) throws IOException {
        Tt05Sample sample = Tt05Sample.sipHoso(pdfa);
        for (String schema : List.of("mets.xsd", "xlink.xsd", "DILCISExtensionMETS.xsd", "DILCISExtensionSIPMETS.xsd",
                "earchive-tt05-ead.xsd", "earchive-tt05-ead-doc.xsd")) {
            try (InputStream in = SchemaCatalog.open(schema)) {
                sample.schema(schema, in.readAllBytes());
            }
        }
        return edit.apply(sample).write(work.resolve(name));
    }

    private static Path zip(Path folder, Path zip, String extraEntry) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            if (extraEntry != null) {
                out.putNextEntry(new ZipEntry(extraEntry));
                out.write("x".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }
}
