package org.earchive.detect.pronom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.gov.nationalarchives.droid.container.ContainerFile;
import uk.gov.nationalarchives.droid.container.ContainerSignature;
import uk.gov.nationalarchives.droid.container.ContainerSignatureDefinitions;

/** The container signature file read without JAXB is, object for object, what JAXB read. */
class ContainerSignaturesTest {

    @Test
    void everyObjectIsWhatJaxbMadeOfTheFile() throws Exception {
        SignatureFiles.SignatureFile file = SignatureFiles.bundled().container();
        ContainerSignatureDefinitions jaxb = JaxbContainerSignatures.read(file);
        ContainerSignatureDefinitions direct = new ContainerSignatures(file).getDefinitions();

        // the comparison reaches every signature, member and compiled byte sequence
        assertTrue(direct.getContainerSignatures().size() > 300, direct.getContainerSignatures().size() + " signatures");
        assertTrue(direct.getFormats().size() > 300, direct.getFormats().size() + " mappings");
        assertEquals(List.of("OLE2 fmt/111", "ZIP fmt/189", "ZIP x-fmt/263"), direct.getTiggerPuids().stream()
                .map(t -> t.getContainerType() + " " + t.getPuid()).toList());
        ContainerSignature word = direct.getContainerSignatures().get(0);
        assertEquals(1000, word.getId());
        assertEquals("OLE2", word.getContainerType());
        assertEquals("Microsoft Word 6.0/95 OLE2", word.getDescription());
        ContainerFile compObj = word.getFiles().get("CompObj");
        assertNotNull(compObj.getCompiledBinarySignatures());
        assertEquals(1, compObj.getCompiledBinarySignatures().getInternalSignatures().size());

        // each signature's map of members by path is DROID's cache, made on first use: made on both sides
        jaxb.getContainerSignatures().forEach(ContainerSignature::getFiles);
        direct.getContainerSignatures().forEach(ContainerSignature::getFiles);
        assertEquals(List.of(), ObjectGraphs.differences(jaxb, direct, "definitions"));

        // byte signatures for exactly the members DROID's JAXB reading gives them: not for a member followed by a
        // <BinarySignatures> outside any <File> (39510, 39515), which the reader before this one gave them to
        Set<String> compiled = new TreeSet<>();
        for (ContainerSignature signature : direct.getContainerSignatures()) {
            for (ContainerFile member : signature.listFiles()) {
                if (member.getCompiledBinarySignatures() != null) {
                    compiled.add(signature.getId() + " " + member.getPath());
                }
            }
        }
        assertTrue(compiled.size() > 300, compiled.size() + " members");
        assertEquals(JaxbContainerSignatures.membersWithSignatures(file), compiled);
        assertTrue(compiled.contains("39510 mimetype") && !compiled.contains("39510 META-INF/signatures1.xml"));
    }
}
