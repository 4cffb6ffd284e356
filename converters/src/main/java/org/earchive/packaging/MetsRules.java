package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * The E-ARK CSIP (and SIP) requirements on what one METS document says, as opposed to the files it points
 * at ({@link MetsReferences}): the root attributes, the header and its agents, the metadata sections, the
 * file groups, the structMap ({@link StructMapRules}), and that every ID reference resolves.
 */
final class MetsRules {

    static final String SIP_PROFILE = "https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml";

    private final Findings findings;

    MetsRules(Findings findings) {
        this.findings = findings;
    }

    /** @param referenced receives the representation METS files the structMap points at */
    void check(MetsFile mets, PackageProfile profile, Set<Path> referenced) {
        rootAttributes(mets);
        header(mets, profile);
        metadataSections(mets);
        fileSec(mets);
        new StructMapRules(findings).check(mets, referenced);
        idReferences(mets);
    }

    private void rootAttributes(MetsFile mets) {
        Element root = mets.mets();
        String where = mets.shown();
        require("CSIP1", !root.getAttribute("OBJID").isEmpty(), where, "The mets element has no OBJID identifying the package.");
        require("CSIP2", !root.getAttribute("TYPE").isEmpty(), where, "The mets element has no TYPE stating the content category.");
        if ("OTHER".equals(root.getAttribute("TYPE"))) {
            require("CSIP3", !MetsFile.csip(root, "OTHERTYPE").isEmpty(), where, "mets/@TYPE is OTHER but csip:OTHERTYPE does not say which.");
        }
        require("CSIP4", !MetsFile.csip(root, "CONTENTINFORMATIONTYPE").isEmpty(), where,
                "The mets element has no csip:CONTENTINFORMATIONTYPE.");
        require("CSIP6", !root.getAttribute("PROFILE").isEmpty(), where, "The mets element has no PROFILE naming the METS profile it follows.");
    }

    private void header(MetsFile mets, PackageProfile profile) {
        String where = mets.shown();
        Element header = MetsFile.child(mets.mets(), "metsHdr");
        if (header == null) {
            findings.add("CSIP117", where, "The METS has no metsHdr: no creation date, package type or creating software.");
            return;
        }
        require("CSIP7", !header.getAttribute("CREATEDATE").isEmpty(), where, "metsHdr has no CREATEDATE.");
        String packageType = MetsFile.csip(header, "OAISPACKAGETYPE");
        require("CSIP9", !packageType.isEmpty(), where,
                "metsHdr has no csip:OAISPACKAGETYPE (in the namespace " + MetsFile.CSIP + ").");
        List<Element> agents = MetsFile.children(header, "agent");
        if (agents.isEmpty()) {
            findings.add("CSIP10", where, "metsHdr has no agent recording the software that made the package.");
            return;
        }
        Element software = agents.stream().filter(a -> "SOFTWARE".equals(a.getAttribute("OTHERTYPE"))).findFirst().orElse(null);
        if (software == null) {
            findings.add("CSIP13", where, "No metsHdr agent has OTHERTYPE=\"SOFTWARE\": the software that made the package is not recorded.");
        } else {
            require("CSIP11", "CREATOR".equals(software.getAttribute("ROLE")), where, "The software agent's ROLE is not CREATOR.");
            require("CSIP12", "OTHER".equals(software.getAttribute("TYPE")), where, "The software agent's TYPE is not OTHER.");
            Element name = MetsFile.child(software, "name");
            require("CSIP14", name != null && !name.getTextContent().isBlank(), where, "The software agent has no name.");
            Element note = MetsFile.child(software, "note");
            if (note == null) {
                findings.add("CSIP15", where, "The software agent has no note giving the software's version.");
            } else {
                require("CSIP16", "SOFTWARE VERSION".equals(MetsFile.csip(note, "NOTETYPE")), where,
                        "The software agent's note does not have csip:NOTETYPE=\"SOFTWARE VERSION\".");
            }
        }
        if (mets.isPackageMets()) {
            submissionRules(mets, profile, header, agents);
        }
    }

    /** E-ARK SIP 2.2 additions, asked of SIPs (E-ARK and TT 05), on the package METS. */
    private void submissionRules(MetsFile mets, PackageProfile profile, Element header, List<Element> agents) {
        String where = mets.shown();
        String claimed = mets.mets().getAttribute("PROFILE");
        if (profile == PackageProfile.EARK_SIP) {
            require("SIP2", SIP_PROFILE.equals(claimed), where, "PROFILE is '" + claimed + "'; an E-ARK SIP 2.2 gives " + SIP_PROFILE + ".");
        }
        if (SIP_PROFILE.equals(claimed)) {
            require("SIP4", "SIP".equals(MetsFile.csip(header, "OAISPACKAGETYPE")), where,
                    "PROFILE claims E-ARK SIP but csip:OAISPACKAGETYPE is not SIP.");
        }
        if (!profile.isSip()) {
            return;
        }
        List<Element> submitters = agents.stream()
                .filter(a -> "ORGANIZATION".equals(a.getAttribute("TYPE")) || "INDIVIDUAL".equals(a.getAttribute("TYPE"))).toList();
        if (submitters.isEmpty()) {
            findings.add("SIP15", where, "No metsHdr agent of TYPE ORGANIZATION or INDIVIDUAL names who submits the package.");
        }
        for (Element submitter : submitters) {
            Element name = MetsFile.child(submitter, "name");
            require("SIP18", name != null && !name.getTextContent().isBlank(), where,
                    "The " + submitter.getAttribute("TYPE").toLowerCase(java.util.Locale.ROOT) + " agent has no name.");
        }
    }

    private void metadataSections(MetsFile mets) {
        String where = mets.shown();
        List<Element> dmdSecs = mets.all("dmdSec");
        for (Element dmd : dmdSecs) {
            require("CSIP18", !dmd.getAttribute("ID").isEmpty(), where, "A dmdSec has no ID.");
            require("CSIP19", !dmd.getAttribute("CREATED").isEmpty(), where, MetsFile.describe(dmd) + " has no CREATED date.");
            require("CSIP20", !dmd.getAttribute("STATUS").isEmpty(), where, MetsFile.describe(dmd) + " has no STATUS.");
            require("CSIP21", MetsFile.child(dmd, "mdRef") != null, where, MetsFile.describe(dmd) + " does not point at its file with an mdRef.");
        }
        for (Element digiprov : mets.all("digiprovMD")) {
            require("CSIP33", !digiprov.getAttribute("ID").isEmpty(), where, "A digiprovMD has no ID.");
            require("CSIP34", !digiprov.getAttribute("STATUS").isEmpty(), where, MetsFile.describe(digiprov) + " has no STATUS.");
            require("CSIP35", MetsFile.child(digiprov, "mdRef") != null, where,
                    MetsFile.describe(digiprov) + " does not point at its file with an mdRef.");
        }
        for (Element rights : mets.all("rightsMD")) {
            require("CSIP46", !rights.getAttribute("ID").isEmpty(), where, "A rightsMD has no ID.");
            require("CSIP47", !rights.getAttribute("STATUS").isEmpty(), where, MetsFile.describe(rights) + " has no STATUS.");
            require("CSIP48", MetsFile.child(rights, "mdRef") != null, where, MetsFile.describe(rights) + " does not point at its file with an mdRef.");
        }
        if (dmdSecs.isEmpty() && hasFiles(mets.folder().resolve("metadata/descriptive"))) {
            findings.add("CSIP17", where, "metadata/descriptive holds files but the METS has no dmdSec describing them.");
        }
    }

    private void fileSec(MetsFile mets) {
        String where = mets.shown();
        List<Element> fileSecs = MetsFile.children(mets.mets(), "fileSec");
        if (fileSecs.size() > 1) {
            findings.add("CSIP58", where, "The METS has " + fileSecs.size() + " fileSec elements; CSIP expects one.");
        }
        for (Element fileSec : fileSecs) {
            require("CSIP59", !fileSec.getAttribute("ID").isEmpty(), where, "The fileSec has no ID.");
        }
        for (Element group : mets.all("fileGrp")) {
            String use = group.getAttribute("USE");
            if (use.isEmpty() && group.hasAttribute("USER")) {
                findings.add("TT05-SAMPLE-USER", where, MetsFile.describe(group) + " has USER=\"" + group.getAttribute("USER")
                        + "\" where METS has USE: a typo copied from the published TT 05 samples.");
            }
            require("CSIP64", !use.isEmpty(), where, MetsFile.describe(group) + " has no USE saying what it holds.");
            require("CSIP65", !group.getAttribute("ID").isEmpty(), where, "A fileGrp (USE \"" + use + "\") has no ID.");
            require("CSIP66", group.getElementsByTagNameNS(MetsFile.METS, "file").getLength() > 0, where,
                    MetsFile.describe(group) + " lists no file.");
        }
        for (Element file : mets.all("file")) {
            require("CSIP67", !file.getAttribute("ID").isEmpty(), where, "A file element has no ID.");
        }
        if (!mets.isPackageMets()) {
            return;
        }
        List<Element> groups = mets.all("fileGrp");
        Path root = mets.root();
        if (fileSecs.isEmpty() && hasFiles(root.resolve("representations"))) {
            findings.add("CSIP58", where, "The package has representations but the METS has no fileSec listing its files.");
        }
        require("CSIP113", !hasFiles(root.resolve("schemas")) || groups.stream().anyMatch(g -> "Schemas".equals(g.getAttribute("USE"))),
                where, "schemas/ holds files but no fileGrp with USE=\"Schemas\" lists them.");
        require("CSIP60", !hasFiles(root.resolve("documentation"))
                        || groups.stream().anyMatch(g -> "Documentation".equals(g.getAttribute("USE"))),
                where, "documentation/ holds files but no fileGrp with USE=\"Documentation\" lists them.");
        require("CSIP114", !hasFiles(root.resolve("representations"))
                        || groups.stream().anyMatch(g -> g.getAttribute("USE").startsWith("Representations")),
                where, "representations/ holds files but no fileGrp with a USE starting \"Representations\" lists them.");
        if ("MIXED".equals(MetsFile.csip(mets.mets(), "CONTENTINFORMATIONTYPE"))) {
            for (Element group : groups) {
                require("CSIP62", !group.getAttribute("USE").startsWith("Representations")
                                || !MetsFile.csip(group, "CONTENTINFORMATIONTYPE").isEmpty(),
                        where, "The package is MIXED but " + MetsFile.describe(group) + " (" + group.getAttribute("USE")
                                + ") does not name its csip:CONTENTINFORMATIONTYPE.");
            }
        }
    }

    /** Every FILEID, DMDID and ADMID names an element of the right kind; a dangling one is named with its element. */
    private void idReferences(MetsFile mets) {
        Map<String, String> kinds = new HashMap<>();
        for (Element element : MetsFile.elements(mets.dom().getElementsByTagNameNS(MetsFile.METS, "*"))) {
            if (element.hasAttribute("ID")) {
                kinds.put(element.getAttribute("ID"), element.getLocalName());
            }
        }
        Set<String> fileKinds = Set.of("file", "fileGrp");
        Set<String> dmdKinds = Set.of("dmdSec");
        Set<String> admKinds = Set.of("amdSec", "digiprovMD", "techMD", "rightsMD", "sourceMD");
        for (Element element : MetsFile.elements(mets.dom().getElementsByTagNameNS(MetsFile.METS, "*"))) {
            resolves(mets, element, "FILEID", kinds, fileKinds);
            resolves(mets, element, "DMDID", kinds, dmdKinds);
            resolves(mets, element, "ADMID", kinds, admKinds);
        }
    }

    private void resolves(MetsFile mets, Element element, String attribute, Map<String, String> kinds, Set<String> allowed) {
        for (String id : tokens(element.getAttribute(attribute))) {
            String kind = kinds.get(id);
            if (kind == null || !allowed.contains(kind)) {
                String owner = element.getLocalName().equals("fptr") ? "an fptr in div \""
                        + ((Element) element.getParentNode()).getAttribute("LABEL") + "\"" : MetsFile.describe(element);
                findings.add("METS-IDREF", mets.shown(), owner + " has " + attribute + "=\"" + id + "\", but no "
                        + String.join(" or ", allowed.stream().sorted().toList()) + " has that ID: a dangling reference.");
            }
        }
    }

    static Set<String> tokens(String list) {
        return list.isBlank() ? Set.of() : new HashSet<>(Arrays.asList(list.trim().split("\\s+")));
    }

    static boolean hasFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false;
        }
    }

    private void require(String rule, boolean holds, String file, String message) {
        if (!holds) {
            findings.add(rule, file, message);
        }
    }

    static List<Path> representationMets(Path root) {
        List<Path> found = new ArrayList<>();
        Path representations = root.resolve("representations");
        if (Files.isDirectory(representations)) {
            try (Stream<Path> list = Files.list(representations)) {
                list.filter(Files::isDirectory).map(rep -> rep.resolve(MetsChecker.METS_FILE)).filter(Files::isRegularFile)
                        .sorted().forEach(found::add);
            } catch (IOException e) {
                // listed again by the structure rules, which report an unreadable folder
            }
        }
        return found;
    }
}
