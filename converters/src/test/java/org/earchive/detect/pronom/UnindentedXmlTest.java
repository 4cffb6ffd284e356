package org.earchive.detect.pronom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.nationalarchives.droid.core.BinarySignatureIdentifier;
import uk.gov.nationalarchives.droid.core.interfaces.IdentificationResult;
import uk.gov.nationalarchives.droid.core.interfaces.RequestIdentifier;
import uk.gov.nationalarchives.droid.core.interfaces.resource.FileSystemIdentificationRequest;
import uk.gov.nationalarchives.droid.core.interfaces.resource.RequestMetaData;

/** DROID reads the same signatures from the copy without indentation, and names every file as before. */
class UnindentedXmlTest {

    @TempDir
    Path folder;

    @Test
    void onlyTheIndentationBetweenTagsGoes() {
        String xml = "<?xml version=\"1.0\"?>\n<a x=\"1 > 0\">\n  <b> </b>\n  <c>text  with  spaces</c>\n"
                + "  <!-- a  comment -->\n  <d><![CDATA[ < ]]></d>\n  <e/>\n</a>\n";
        assertEquals("<?xml version=\"1.0\"?><a x=\"1 > 0\"><b> </b><c>text  with  spaces</c><!-- a  comment -->"
                + "<d><![CDATA[ < ]]></d><e/></a>\n", new String(UnindentedXml.of(xml.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8));
    }

    @Test
    void droidReadsTheSameSignaturesAndNamesEveryFileAsBefore() throws Exception {
        Path original = folder.resolve("original.xml");
        try (InputStream in = SignatureFiles.bundled().binary().open()) {
            Files.copy(in, original);
        }
        Path unindented = Files.write(folder.resolve("unindented.xml"), UnindentedXml.of(Files.readAllBytes(original)));
        assertTrue(Files.size(unindented) < Files.size(original) * 0.8, "the indentation is gone");
        BinarySignatureIdentifier before = identifier(original);
        BinarySignatureIdentifier after = identifier(unindented);

        // every object DROID made of the file, field by field (an element's text compared without its indentation)
        assertEquals(List.of(), ObjectGraphs.differences(before.getSigFile(), after.getSigFile(), "sigFile"));

        List<Path> files = Fixtures.everyFile();
        assertTrue(files.size() > 100, files.size() + " files");
        for (Path file : files) {
            assertEquals(puids(before, file), puids(after, file), file.toString());
        }
    }

    private static BinarySignatureIdentifier identifier(Path xml) throws Exception {
        BinarySignatureIdentifier identifier = new BinarySignatureIdentifier();
        identifier.setSignatureFile(xml.toString());
        identifier.init();
        identifier.setMaxBytesToScan(PronomIdentifier.MAX_BYTES_TO_SCAN);
        return identifier;
    }

    private static List<String> puids(BinarySignatureIdentifier identifier, Path file) throws IOException {
        RequestMetaData about = new RequestMetaData(Files.size(file), 0L, file.toAbsolutePath().toString());
        try (FileSystemIdentificationRequest request = new FileSystemIdentificationRequest(about,
                new RequestIdentifier(file.toAbsolutePath().toUri()))) {
            request.open(file);
            var found = identifier.matchBinarySignatures(request);
            identifier.removeLowerPriorityHits(found);
            return found.getResults().stream().map(IdentificationResult::getPuid).sorted().toList();
        }
    }
}
