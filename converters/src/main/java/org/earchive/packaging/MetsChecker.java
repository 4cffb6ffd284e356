package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.transform.dom.DOMSource;
import org.earchive.schemas.SchemaCatalog;
import org.xml.sax.SAXException;

/**
 * Checks an E-ARK (or TT 05) package through its METS files: the package METS.xml and each representation's,
 * each parsed once, validated against the METS schema with the CSIP and SIP extensions, held to the CSIP
 * requirements ({@link MetsRules}, {@link MetsReferences}, {@link StructureRules}), to the SIP additions
 * and, for a TT 05 profile, to TT 05's rules ({@link Tt05Rules}); then every file in the package must be
 * referenced by one of them.
 */
public final class MetsChecker {

    public static final String METS_FILE = "METS.xml";

    /** What was checked: the profile the package was recognised as, and every finding. */
    public record Result(PackageProfile profile, List<PackageProblem> problems) {
    }

    public static boolean hasMets(Path folder) {
        return Files.isRegularFile(folder.resolve(METS_FILE));
    }

    /** @param shownAs how the package root is prefixed in findings ("data/" for a SIP inside a bag, else "") */
    public Result check(Path root, String shownAs) {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return check(root, shownAs, name == null ? null : name.toString());
    }

    /** @param folderName the package folder's name as the sender gave it (a ZIP's top folder), for CSIPSTR2 */
    Result check(Path folder, String shownAs, String folderName) {
        Path root = folder.toAbsolutePath().normalize();
        Findings findings = new Findings();
        MetsFile packageMets = read(root.resolve(METS_FILE), root, shownAs, findings);
        if (packageMets == null) {
            return new Result(PackageProfile.CSIP, findings.list());
        }
        PackageProfile profile = PackageProfile.recognise(packageMets.mets(), root);
        List<MetsFile> representations = new ArrayList<>();
        for (Path file : MetsRules.representationMets(root)) {
            MetsFile mets = read(file, root, shownAs, findings);
            if (mets != null) {
                representations.add(mets);
            }
        }
        List<MetsFile> all = new ArrayList<>(List.of(packageMets));
        all.addAll(representations);
        Set<Path> referenced = new HashSet<>();
        SampleDefects samples = new SampleDefects(findings);
        MetsRules rules = new MetsRules(findings);
        MetsReferences references = new MetsReferences(findings, referenced);
        for (MetsFile mets : all) {
            samples.namespaceCase(mets.dom(), mets.shown());
            rules.check(mets, profile, referenced);
            references.check(mets);
        }
        new StructureRules(findings).check(packageMets, shownAs.isEmpty() ? folderName : null, all);
        if (profile.isTt05()) {
            new Tt05Rules(findings).check(packageMets, representations, profile);
        }
        unreferenced(packageMets, referenced, profile, findings);
        return new Result(profile, findings.list());
    }

    /** Parses and schema-checks one METS; null (with a finding) when it is not XML at all. */
    private static MetsFile read(Path file, Path root, String shownAs, Findings findings) {
        String shown = shownAs + org.earchive.core.SlashedPaths.of(root.relativize(file));
        MetsFile mets;
        try {
            mets = new MetsFile(file, root, shownAs, XmlFiles.parse(file));
        } catch (IOException | SAXException e) {
            findings.add("METS-SCHEMA", shown, "The METS cannot be read as XML: " + e.getMessage());
            return null;
        }
        try {
            for (String violation : XmlFiles.violations(new DOMSource(mets.dom(), file.toUri().toString()), SchemaCatalog.combined(
                    SchemaCatalog.Known.METS, SchemaCatalog.Known.CSIP_EXTENSION, SchemaCatalog.Known.SIP_EXTENSION))) {
                findings.add("METS-SCHEMA", shown, "Not valid against the METS, CSIP and SIP schemas: " + violation);
            }
        } catch (IOException e) {
            findings.add("METS-SCHEMA", shown, "The METS cannot be checked against its schema: " + e.getMessage());
        }
        return mets;
    }

    /** A file no METS lists has no recorded size or checksum: nobody can tell whether it arrived intact. */
    private static void unreferenced(MetsFile packageMets, Set<Path> referenced, PackageProfile profile, Findings findings) {
        Path root = packageMets.root();
        String rule = profile.isTt05() ? "TT05-REFERENCED" : "CSIP58";
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(packageMets.file()) && !referenced.contains(file.normalize()))
                    .sorted()
                    .forEach(file -> findings.add(rule, packageMets.shown(file),
                            "The file is in the package but no METS.xml lists it, so its integrity cannot be checked."));
        } catch (IOException e) {
            findings.add(rule, packageMets.shownAs(), "The package cannot be listed: " + e.getMessage());
        }
    }
}
