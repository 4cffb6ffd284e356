package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.earchive.fixtures.Fixtures;
import org.earchive.schemas.SchemaCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clerk converts, packages for transfer, and the archive checks what it received. */
class PackageIT {

    @TempDir
    static Path work;

    static Path converted;

    @BeforeAll
    static void convertTwoSmallDocuments() throws Exception {
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Files.copy(Fixtures.samples().resolve("thong-bao-utf16.txt"), in.resolve("thông báo.txt"));
        converted = work.resolve("out");
        Cli convert = Cli.run("convert", in, "--out", converted);
        assertEquals(0, convert.exitCode(), convert::toString);
    }

    @Test
    void bagVerifiesWithTheReferenceLibraryAndWithValidate() throws Exception {
        Path bag = work.resolve("bags/ho-so-2024");
        Cli pack = Cli.run("package", converted, "--out", bag, "--bagit", "--organization", "UBND xã Hòa Bình");
        assertEquals(0, pack.exitCode(), pack::toString);
        assertTrue(pack.out().contains("2 documents"), pack::toString);

        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(new BagReader().read(bag), false);
        }
        assertTrue(Files.isRegularFile(bag.resolve("data/thông báo.pdf")));
        assertTrue(Files.isRegularFile(bag.resolve("data/bao-cao-tong-ket.premis.xml")));
        assertFalse(Files.exists(bag.resolve("data/.earchive")), "the batch state is not payload");
        assertTrue(Files.readString(bag.resolve("bag-info.txt")).contains("Source-Organization: UBND xã Hòa Bình"));
        try (Stream<Path> beside = Files.list(bag.getParent())) {
            assertEquals(List.of(bag), beside.toList(), "no staging folder is left beside the package");
        }

        Cli validate = Cli.run("validate", bag);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("is valid"), validate::toString);
        assertFalse(validate.out().contains("CSIPSTR12") || validate.out().contains("CSIPSTR13"), validate::toString);
        assertTrue(validate.out().contains("data/thông báo.pdf"), validate::toString);
        assertTrue(validate.out().contains("PREMIS 3 XSD"), validate::toString);
    }

    @Test
    void aTamperedPayloadByteFailsValidateAndNamesTheFile() throws Exception {
        Path bag = work.resolve("tampered");
        assertEquals(0, Cli.run("package", converted, "--out", bag, "--bagit").exitCode());
        Path xml = bag.resolve("data/bao-cao-tong-ket.xml");
        byte[] bytes = Files.readAllBytes(xml);
        bytes[bytes.length - 2] ^= 0x01; // one bit of one byte, inside the last element's closing tag
        Files.write(xml, bytes, StandardOpenOption.TRUNCATE_EXISTING);

        Cli validate = Cli.run("validate", bag);
        assertEquals(1, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("data/bao-cao-tong-ket.xml"), validate::toString);
        assertTrue(validate.out().contains("checksum"), validate::toString);
        assertTrue(validate.out().contains("MUST") && validate.out().contains("BAGIT-FIXITY"), validate::toString);
        assertTrue(validate.out().contains("NOT valid"), validate::toString);

        Cli json = Cli.run("validate", bag, "--json");
        assertEquals(1, json.exitCode(), json::toString);
        JsonNode verdict = new ObjectMapper().readTree(json.out().strip());
        assertFalse(verdict.path("valid").asBoolean());
        assertEquals("bagit", verdict.path("package").asText());
        assertEquals("refused", verdict.path("verdict").asText());
        JsonNode finding = verdict.path("findings").get(0);
        assertEquals("BAGIT-FIXITY", finding.path("rule").asText(), json::toString);
        assertEquals("MUST", finding.path("level").asText(), json::toString);
        assertEquals("data/bao-cao-tong-ket.xml", finding.path("file").asText(), json::toString);
    }

    @Test
    void refusesWhatItCannotPackage() throws Exception {
        Cli optionsOfAConversion = Cli.run("package", converted, "--out", work.resolve("x"), "--bagit", "--jobs", "2");
        assertEquals(ExitCodes.USAGE, optionsOfAConversion.exitCode(), optionsOfAConversion::toString);
        assertTrue(optionsOfAConversion.err().contains("already a convert output"), optionsOfAConversion::toString);

        Cli missing = Cli.run("package", work.resolve("nowhere"), "--out", work.resolve("y"), "--bagit");
        assertEquals(ExitCodes.INPUT_MISSING, missing.exitCode(), missing::toString);

        Path existing = Files.createDirectories(work.resolve("existing"));
        Cli exists = Cli.run("package", converted, "--out", existing, "--bagit");
        assertEquals(ExitCodes.OUTPUT_NOT_WRITABLE, exists.exitCode(), exists::toString);
        assertTrue(exists.err().contains("already exists"), exists::toString);

        Cli noKind = Cli.run("package", converted, "--out", work.resolve("z"));
        assertEquals(ExitCodes.USAGE, noKind.exitCode(), noKind::toString);
    }

    @Test
    void earkSipHasAMetsThatValidatesAgainstTheOfficialSchema() throws Exception {
        Path sip = work.resolve("sip");
        Cli pack = Cli.run("package", converted, "--out", sip, "--profile", "eark-sip", "--organization", "UBND xã Hòa Bình");
        assertEquals(0, pack.exitCode(), pack::toString);
        SchemaCatalog.schema(SchemaCatalog.Known.METS).newValidator().validate(new StreamSource(sip.resolve("METS.xml").toFile()));
        assertTrue(Files.isRegularFile(sip.resolve("representations/rep1/data/thông báo.pdf")));
        assertTrue(Files.isRegularFile(sip.resolve("metadata/descriptive/thông báo.xml")));
        assertTrue(Files.isRegularFile(sip.resolve("representations/rep1/metadata/preservation/thông báo.premis.xml")));
        assertTrue(Files.isRegularFile(sip.resolve("representations/rep1/METS.xml")));

        Cli validate = Cli.run("validate", sip);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("The E-ARK SIP"), validate::toString);
        assertTrue(validate.out().contains("is valid"), validate::toString);

        Cli noAgent = Cli.run("package", converted, "--out", work.resolve("sip-without-agent"), "--profile", "eark-sip");
        assertEquals(ExitCodes.USAGE, noAgent.exitCode(), noAgent::toString);
        assertTrue(noAgent.err().contains("--organization"), noAgent::toString);
    }

    @Test
    void earkSipInsideABagVerifies() throws Exception {
        Path bag = work.resolve("sip-bag");
        Cli pack = Cli.run("package", converted, "--out", bag, "--profile", "eark-sip", "--bagit", "--organization", "UBND");
        assertEquals(0, pack.exitCode(), pack::toString);
        assertTrue(Files.isRegularFile(bag.resolve("data/METS.xml")));
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(new BagReader().read(bag), false);
        }
        Cli validate = Cli.run("validate", bag);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("data/representations/rep1/data/thông báo.pdf"), validate::toString);
    }

    @Test
    void validateStillChecksPlainFoldersOfPdfs() {
        Cli validate = Cli.run("validate", converted);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("compliant"), validate::toString);
    }
}
