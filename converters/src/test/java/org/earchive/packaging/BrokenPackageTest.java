package org.earchive.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.earchive.fixtures.Tt05Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "done when" of issue 9: a valid package broken one way at a time is refused, and the finding names
 * the requirement that is broken, at level MUST, and the file it is in, as an archivist would look it up.
 */
class BrokenPackageTest {

    private static final String PDF1 = Tt05Sample.REP + "data/" + Tt05Sample.dataName(1);
    private static final String PDF2 = Tt05Sample.REP + "data/" + Tt05Sample.dataName(2);
    private static final String DOC1 = Tt05Sample.REP + "metadata/descriptive/" + Tt05Sample.descriptionName(1);
    private static final String DOC2 = Tt05Sample.REP + "metadata/descriptive/" + Tt05Sample.descriptionName(2);
    private static final String REP_METS = Tt05Sample.REP + "METS.xml";

    @TempDir
    Path work;

    interface AfterWrite {
        void apply(Path root) throws IOException;
    }

    /** Broken while written: every checksum stays true, so only the one fault is there to find. */
    static Stream<Arguments> brokenTt05Packages() {
        return Stream.of(
                edit("dilcis.eu in lower case in the CSIP namespace", false, "METS.xml",
                        s -> s.replace(Tt05Sample.CSIP, "https://dilcis.eu/XML/METS/CSIPExtensionMETS"), "TT05-SAMPLE-NAMESPACE-CASE", "METS.xml"),
                edit("objectCategory as a PREMIS element", true, "metadata/preservation/PREMIS.xml",
                        s -> s.replace("<premis:object xsi:type=\"premis:file\">",
                                "<premis:object xsi:type=\"premis:file\">\n    <premis:objectCategory>file</premis:objectCategory>"),
                        "TT05-SAMPLE-OBJECTCATEGORY", "metadata/preservation/PREMIS.xml"),
                edit("USER written for USE", false, "METS.xml", s -> s.replace("USE=\"Schemas\"", "USER=\"Schemas\""),
                        "TT05-SAMPLE-USER", "METS.xml"),
                edit("a dangling fptr", false, REP_METS,
                        s -> s.replaceFirst("<mets:fptr FILEID=\"[^\"]+\"", "<mets:fptr FILEID=\"uuid-00000000-0000-0000-0000-000000000000\""),
                        "METS-IDREF", REP_METS),
                edit("a docCode whose ordinal is not 7 digits", false, DOC1,
                        s -> s.replace(".0000001</docCode>", ".01</docCode>"), "TT05-DOCCODE", DOC1),
                edit("a docCode of another hồ sơ", false, DOC1,
                        s -> s.replace(Tt05Sample.FILE_CODE + ".0000001", "H49.64.33.2001.999.0000001"), "TT05-DOCCODE", DOC1),
                edit("a PDF not named after its docCode", false, DOC2,
                        s -> s.replace(".0000002</docCode>", ".0000003</docCode>"), "TT05-DATA-NAME", PDF2),
                edit("an EAD_doc not named after its docCode", false, DOC2,
                        s -> s.replace(".0000002</docCode>", ".0000003</docCode>"), "TT05-EAD-DOC-NAME", DOC2),
                edit("an EAD_doc of 17 elements", false, DOC1,
                        s -> s.replaceAll("  <(autograph|riskRecovery|riskRecoveryStatus|process)>[^<]*</\\1>\n", ""),
                        "TT05-SAMPLE-FIELD-COUNT", DOC1),
                edit("an EAD_doc of 17 elements fails the EAD_doc schema", false, DOC1,
                        s -> s.replaceAll("  <(autograph|riskRecovery|riskRecoveryStatus|process)>[^<]*</\\1>\n", ""),
                        "TT05-EAD-DOC-SCHEMA", DOC1),
                edit("an EAD.xml date not DD/MM/YYYY", false, "metadata/descriptive/EAD.xml",
                        s -> s.replace("<startDate>02/01/2024<", "<startDate>2024-01-02<"), "TT05-EAD-SCHEMA", "metadata/descriptive/EAD.xml"),
                edit("a typeName outside TT 05's list", false, DOC1,
                        s -> s.replace("<typeName>02</typeName>", "<typeName>45</typeName>"), "TT05-CODE", DOC1),
                edit("a METS that is not schema-valid", false, "METS.xml",
                        s -> s.replace("<mets:metsHdr ", "<mets:bogus/>\n  <mets:metsHdr "), "METS-SCHEMA", "METS.xml"),
                edit("an OBJID in lower case", false, "METS.xml",
                        s -> s.replace("OBJID=\"" + Tt05Sample.OBJID, "OBJID=\"" + Tt05Sample.OBJID.toLowerCase(Locale.ROOT)), "TT05-OBJID", "METS.xml"),
                edit("no submitting agent", false, "METS.xml",
                        s -> s.replaceFirst("(?s)<mets:agent ROLE=\"CREATOR\" TYPE=\"ORGANIZATION\">.*?</mets:agent>", ""), "SIP15", "METS.xml"),
                edit("a software agent note without NOTETYPE", false, "METS.xml",
                        s -> s.replace(" csip:NOTETYPE=\"SOFTWARE VERSION\"", ""), "CSIP16", "METS.xml"),
                edit("an mptr without xlink:title", false, "METS.xml", s -> s.replaceFirst(" xlink:title=\"[^\"]+\"", ""), "CSIP108", "METS.xml"),
                after("a missing data file", root -> Files.delete(root.resolve(PDF1)), "CSIP79", PDF1),
                after("a data file with the right size and the wrong bytes", root -> flipLastByte(root.resolve(PDF1)), "CSIP71", PDF1),
                after("a data file of the wrong size", root -> Files.write(root.resolve(PDF1), new byte[] {'\n'}, StandardOpenOption.APPEND),
                        "CSIP69", PDF1),
                after("a file no METS lists", root -> Files.writeString(root.resolve(Tt05Sample.REP + "data/extra.pdf"), "%PDF-1.7"),
                        "TT05-REFERENCED", Tt05Sample.REP + "data/extra.pdf"),
                after("a missing EAD_doc", root -> Files.delete(root.resolve(DOC1)), "CSIP24", DOC1),
                after("a missing EAD.xml", root -> Files.delete(root.resolve("metadata/descriptive/EAD.xml")), "TT05-REQUIRED-FILE",
                        "metadata/descriptive/EAD.xml"),
                edit("an AIP docOrdinal that is not the docCode's", true, DOC1,
                        s -> s.replace("<docOrdinal>1</docOrdinal>", "<docOrdinal>4</docOrdinal>"), "TT05-DOCCODE", DOC1),
                edit("an AIP description with SIP elements", true, "metadata/descriptive/EAD.xml",
                        s -> s.replace("arcFileCode>", "fileCode>"), "TT05-EAD-SCHEMA", "metadata/descriptive/EAD.xml"));
    }

    @ParameterizedTest(name = "{0} is refused as {4}")
    @MethodSource("brokenTt05Packages")
    void aBrokenTt05PackageIsRefusedNamingTheRequirementAndTheFile(String fault, boolean aip, UnaryOperator<Tt05Sample> build,
                                                                     AfterWrite after, String rule, String file) throws Exception {
        Tt05Sample sample = build.apply(aip ? ValidPackages.aip(work) : ValidPackages.sip(work));
        Path root = sample.write(work.resolve("out"));
        after.apply(root);

        PackageVerdict verdict = new PackageValidator().validate(root);

        assertFalse(verdict.valid(), () -> fault + ": " + verdict.problems());
        assertTrue(verdict.problems().stream().anyMatch(p -> p.rule().equals(rule) && p.refuses() && p.file().equals(file)),
                () -> fault + ": expected " + rule + " MUST on " + file + ", got " + verdict.problems());
    }

    @Test
    void aDanglingFptrInAnEarkSipIsRefusedAsCsip118() throws Exception {
        Path sip = BrokenPackages.earkSip(work);
        Path mets = sip.resolve("METS.xml");
        String text = Files.readString(mets);
        java.util.regex.Matcher grp = java.util.regex.Pattern.compile("<mets:fileGrp[^>]*USE=\"Schemas\"[^>]*>").matcher(text);
        assertTrue(grp.find(), text);
        String group = grp.group().replaceFirst("(?s).*\\sID=\"([^\"]+)\".*", "$1");
        assertTrue(text.contains("<mets:fptr FILEID=\"" + group + "\""), group);
        Files.writeString(mets, text.replace("<mets:fptr FILEID=\"" + group + "\"", "<mets:fptr FILEID=\"uuid-NOWHERE\""));

        PackageVerdict verdict = new PackageValidator().validate(sip);

        assertFalse(verdict.valid());
        assertTrue(verdict.problems().stream().anyMatch(p -> p.rule().equals("CSIP118") && p.refuses()
                && p.message().contains("uuid-NOWHERE")), verdict::toString);
    }

    @Test
    void aZippedPackageIsValidatedInPlace() throws Exception {
        Path root = ValidPackages.sip(work).write(work.resolve("out"));
        Path zip = zip(root, work.resolve(Tt05Sample.OBJID + ".zip"), null);

        PackageVerdict verdict = new PackageValidator().validate(zip);

        assertEquals("tt05-sip-hoso", verdict.type());
        assertTrue(verdict.kindName().contains("ZIP"), verdict.kindName());
        assertEquals(List.of(), PackageValidatorTest.musts(verdict));
        assertTrue(verdict.files().stream().anyMatch(f -> f.file().equals(PDF1) && f.passed()), verdict::toString);

        Files.writeString(root.resolve(Tt05Sample.REP + "data/extra.pdf"), "%PDF-1.7");
        Path damaged = zip(root, work.resolve("damaged.zip"), null);
        assertTrue(new PackageValidator().validate(damaged).problems().stream()
                .anyMatch(p -> p.rule().equals("TT05-REFERENCED") && p.file().equals(Tt05Sample.REP + "data/extra.pdf")));
    }

    @Test
    void aZipEntryClimbingOutOfThePackageIsRefusedAndNothingIsWritten() throws Exception {
        Path root = ValidPackages.sip(work).write(work.resolve("out"));
        for (String evil : List.of(Tt05Sample.OBJID + "/../../evil.txt", "/tmp/evil.txt")) {
            Path zip = zip(root, Files.createTempFile(work, "evil", ".zip"), evil);

            PackageVerdict verdict = new PackageValidator().validate(zip);

            assertFalse(verdict.valid());
            assertTrue(verdict.problems().stream().anyMatch(p -> p.rule().equals("ZIP-PATH") && p.refuses()
                    && p.message().contains(evil)), verdict::toString);
        }
        assertFalse(Files.exists(work.resolve("evil.txt")));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        Path zip = work.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("pkg/METS.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros); // 64 MiB of zeros deflate to ~64 KiB: a 1000x expansion
            }
            out.closeEntry();
        }
        PackageVerdict verdict = new PackageValidator().validate(zip);
        assertFalse(verdict.valid());
        assertTrue(verdict.problems().stream().anyMatch(p -> p.rule().equals("ZIP-BOMB") && p.refuses()
                && p.message().contains("pkg/METS.xml")), verdict::toString);
    }

    @Test
    void tooManyEntriesAndMoreThanOneTopFolderAreRefused() throws Exception {
        Path root = ValidPackages.sip(work).write(work.resolve("out"));
        Path zip = zip(root, work.resolve("pkg.zip"), null);
        PackageVerdict many = new PackageValidator(new org.earchive.formats.ZipBombGuard.Limits(5, 1L << 40, 1L << 40, 200)).validate(zip);
        assertTrue(many.problems().stream().anyMatch(p -> p.rule().equals("ZIP-BOMB") && p.message().contains("entries")), many::toString);

        Path twoTops = zip(root, work.resolve("two.zip"), "other/readme.txt");
        PackageVerdict two = new PackageValidator().validate(twoTops);
        assertTrue(two.problems().stream().anyMatch(p -> p.rule().equals("CSIPSTR1") && p.refuses()), two::toString);
    }

    @Test
    void aZippedPackageNamedWithoutZipIsKnownByWhatItHolds() throws Exception {
        Path root = ValidPackages.sip(work).write(work.resolve("out"));
        Path unnamed = zip(root, work.resolve("SIP-from-another-tool.bin"), null);

        assertTrue(PackageValidator.isPackage(unnamed));
        PackageVerdict verdict = new PackageValidator().validate(unnamed);
        assertEquals("tt05-sip-hoso", verdict.type());
        assertEquals(List.of(), PackageValidatorTest.musts(verdict));

        // a DOCX is a ZIP too, and holds no METS.xml or bagit.txt: a file, not a package
        Path docx = work.resolve("to-trinh.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(docx))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.closeEntry();
        }
        assertFalse(PackageValidator.isPackage(docx));
        Path notZip = Files.writeString(work.resolve("PK.txt"), "PK, said the clerk");
        assertFalse(PackageValidator.isPackage(notZip));
    }

    @Test
    void aBagInsideAZipIsVerified() throws Exception {
        Path out = ConvertOutputs.sample(work.resolve("convert-out"));
        Path bag = work.resolve("bag");
        try (StagedDirectory staged = StagedDirectory.beside(bag)) {
            new BagitPackager().build(ConvertedFolder.read(out), staged.path(),
                    new BagOptions("UBND", java.time.LocalDate.of(2025, 1, 2), "earchive test"));
            staged.commit();
        }
        PackageVerdict intact = new PackageValidator().validate(zip(bag, work.resolve("bag.zip"), null));
        assertEquals("bagit", intact.type());
        assertTrue(intact.problems().stream().noneMatch(p -> p.rule().startsWith("BAGIT")), intact::toString);

        flipLastByte(bag.resolve("data/quyết-định.xml"));
        PackageVerdict damaged = new PackageValidator().validate(zip(bag, work.resolve("damaged-bag.zip"), null));
        assertTrue(damaged.problems().stream().anyMatch(p -> p.rule().equals("BAGIT-FIXITY") && p.file().equals("data/quyết-định.xml")),
                damaged::toString);
    }

    private static Arguments edit(String fault, boolean aip, String path, UnaryOperator<String> change, String rule, String file) {
        return Arguments.of(fault, aip, (UnaryOperator<Tt05Sample>) s -> s.edit(path, change), (AfterWrite) root -> { }, rule, file);
    }

    private static Arguments after(String fault, AfterWrite after, String rule, String file) {
        return Arguments.of(fault, false, UnaryOperator.<Tt05Sample>identity(), after, rule, file);
    }

    private static void flipLastByte(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2] ^= 0x01;
        Files.write(file, bytes);
    }

    /** The folder as a ZIP of one top folder named like it, plus an extra entry when given (a hostile name). */
    static Path zip(Path folder, Path zip, String extraEntry) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
             Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
            if (extraEntry != null) {
                out.putNextEntry(new ZipEntry(extraEntry));
                out.write("x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

}
