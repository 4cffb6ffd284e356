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
 * at ({@link MetsReferences}): the root attributes, the header and its software agent, the metadata
 * sections, the file groups, the CSIP structMap, and that every ID reference resolves. The package-level
 * structMap divisions (Metadata, Schemas, Documentation, Representations) are asked of the package METS
 * only: CSIP describes a representation METS's structMap no further than CSIP80-85.
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
        structMap(mets, referenced);
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

    private void structMap(MetsFile mets, Set<Path> referenced) {
        String where = mets.shown();
        List<Element> maps = MetsFile.children(mets.mets(), "structMap");
        if (maps.isEmpty()) {
            findings.add("CSIP80", where, "The METS has no structMap.");
            return;
        }
        List<Element> csipMaps = maps.stream().filter(m -> "CSIP".equals(m.getAttribute("LABEL"))).toList();
        if (csipMaps.size() != 1) {
            findings.add("CSIP82", where, csipMaps.isEmpty() ? "No structMap has LABEL=\"CSIP\"."
                    : csipMaps.size() + " structMaps have LABEL=\"CSIP\"; there must be exactly one.");
            if (csipMaps.isEmpty()) {
                return;
            }
        }
        Element map = csipMaps.get(0);
        require("CSIP81", "PHYSICAL".equals(map.getAttribute("TYPE")), where, "The CSIP structMap's TYPE is not PHYSICAL.");
        require("CSIP83", !map.getAttribute("ID").isEmpty(), where, "The CSIP structMap has no ID.");
        List<Element> top = MetsFile.children(map, "div");
        if (top.size() != 1) {
            findings.add("CSIP84", where, "The CSIP structMap holds " + top.size() + " top divs; it must hold exactly one.");
            if (top.isEmpty()) {
                return;
            }
        }
        require("CSIP85", !top.get(0).getAttribute("ID").isEmpty(), where, "The CSIP structMap's top div has no ID.");
        if (mets.isPackageMets()) {
            packageDivisions(mets, top.get(0), referenced);
        }
    }

    private void packageDivisions(MetsFile mets, Element top, Set<Path> referenced) {
        String where = mets.shown();
        List<Element> divs = MetsFile.children(top, "div");
        Map<String, Element> groups = new HashMap<>();
        for (Element group : mets.all("fileGrp")) {
            groups.put(group.getAttribute("ID"), group);
        }
        Element metadata = divisionLabelled(divs, "Metadata");
        if (metadata == null) {
            findings.add("CSIP88", where, "The CSIP structMap has no div with LABEL=\"Metadata\".");
        } else {
            require("CSIP89", !metadata.getAttribute("ID").isEmpty(), where, "The Metadata div has no ID.");
            Set<String> admIds = tokens(metadata.getAttribute("ADMID"));
            for (Element section : mets.all("digiprovMD")) {
                String amdId = ((Element) section.getParentNode()).getAttribute("ID");
                require("CSIP91", !"CURRENT".equals(section.getAttribute("STATUS")) || admIds.contains(section.getAttribute("ID"))
                        || admIds.contains(amdId), where, "The Metadata div's ADMID does not list " + MetsFile.describe(section) + ".");
            }
            Set<String> dmdIds = tokens(metadata.getAttribute("DMDID"));
            for (Element section : mets.all("dmdSec")) {
                require("CSIP92", !"CURRENT".equals(section.getAttribute("STATUS")) || dmdIds.contains(section.getAttribute("ID")),
                        where, "The Metadata div's DMDID does not list " + MetsFile.describe(section) + ".");
            }
        }
        groupDivision(where, divs, groups, "Documentation", "CSIP93", "CSIP94", "CSIP116");
        groupDivision(where, divs, groups, "Schemas", "CSIP97", "CSIP98", "CSIP118");
        for (Element group : groups.values()) {
            String use = group.getAttribute("USE");
            require("CSIP105", !use.startsWith("Representations") || divisionLabelled(divs, use) != null, where,
                    "No div of the CSIP structMap is labelled \"" + use + "\" for " + MetsFile.describe(group) + ".");
        }
        for (Element div : divs) {
            if (div.getAttribute("LABEL").startsWith("Representations")) {
                representationDivision(mets, div, groups, referenced);
            }
        }
    }

    private void groupDivision(String where, List<Element> divs, Map<String, Element> groups, String use,
                               String divisionRule, String idRule, String pointerRule) {
        Element div = divisionLabelled(divs, use);
        if (div == null) {
            require(divisionRule, groups.values().stream().noneMatch(g -> use.equals(g.getAttribute("USE"))), where,
                    "A fileGrp has USE=\"" + use + "\" but the CSIP structMap has no div labelled \"" + use + "\".");
            return;
        }
        require(idRule, !div.getAttribute("ID").isEmpty(), where, "The " + use + " div has no ID.");
        for (Element pointer : MetsFile.children(div, "fptr")) {
            Element group = groups.get(pointer.getAttribute("FILEID"));
            require(pointerRule, group != null && use.equals(group.getAttribute("USE")), where, "The " + use + " div's fptr FILEID=\""
                    + pointer.getAttribute("FILEID") + "\" does not name a fileGrp with USE=\"" + use + "\".");
        }
    }

    private void representationDivision(MetsFile mets, Element div, Map<String, Element> groups, Set<Path> referenced) {
        String where = mets.shown();
        String label = div.getAttribute("LABEL");
        require("CSIP106", !div.getAttribute("ID").isEmpty(), where, "The div \"" + label + "\" has no ID.");
        List<Element> fptrs = MetsFile.children(div, "fptr");
        List<Element> mptrs = MetsFile.children(div, "mptr");
        if (mptrs.size() > 1 || (fptrs.isEmpty() && mptrs.isEmpty())) {
            findings.add("CSIP109", where, "The div \"" + label + "\" has " + mptrs.size()
                    + " mptr elements; it needs one mptr to the representation's METS (or an fptr to its fileGrp).");
        }
        for (Element pointer : fptrs) {
            Element group = groups.get(pointer.getAttribute("FILEID"));
            require("CSIP119", group != null && group.getAttribute("USE").startsWith("Representations"), where,
                    "The div \"" + label + "\" has fptr FILEID=\"" + pointer.getAttribute("FILEID")
                            + "\", which names no fileGrp of representations.");
        }
        for (Element pointer : mptrs) {
            require("CSIP112", "URL".equals(pointer.getAttribute("LOCTYPE")), where, "The mptr of \"" + label + "\" does not give LOCTYPE=\"URL\".");
            require("CSIP111", "simple".equals(MetsFile.xlink(pointer, "type")), where,
                    "The mptr of \"" + label + "\" does not give xlink:type=\"simple\".");
            String title = MetsFile.xlink(pointer, "title");
            require("CSIP108", groups.containsKey(title), where, "The mptr of \"" + label + "\" has xlink:title \"" + title
                    + "\", which names no fileGrp; it must name the fileGrp listing the representation METS.");
            String href = MetsFile.xlink(pointer, "href");
            Path target = mets.resolve(href);
            if (target == null || !Files.isRegularFile(target)) {
                findings.add("CSIP110", where, "The mptr of \"" + label + "\" points at '" + href
                        + "', which is not a METS file in the package.");
            } else {
                referenced.add(target);
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

    private static Element divisionLabelled(List<Element> divs, String label) {
        return divs.stream().filter(d -> label.equals(d.getAttribute("LABEL"))).findFirst().orElse(null);
    }

    private static Set<String> tokens(String list) {
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
