package org.earchive.packaging;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The CSIP structMap (CSIP80-119): exactly one PHYSICAL map labelled CSIP with a single top div and, in the
 * package METS, the Metadata, Documentation, Schemas and representation divisions pointing at what the
 * metadata sections and file groups hold. A representation METS's structMap is held to CSIP80-85 only:
 * CSIP describes no further divisions for it.
 */
final class StructMapRules {

    private final Findings findings;

    StructMapRules(Findings findings) {
        this.findings = findings;
    }

    /** @param referenced receives the representation METS files the structMap points at */
    void check(MetsFile mets, Set<Path> referenced) {
        structMap(mets, referenced);
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
            Set<String> admIds = MetsRules.tokens(metadata.getAttribute("ADMID"));
            for (Element section : mets.all("digiprovMD")) {
                String amdId = ((Element) section.getParentNode()).getAttribute("ID");
                require("CSIP91", !"CURRENT".equals(section.getAttribute("STATUS")) || admIds.contains(section.getAttribute("ID"))
                        || admIds.contains(amdId), where, "The Metadata div's ADMID does not list " + MetsFile.describe(section) + ".");
            }
            Set<String> dmdIds = MetsRules.tokens(metadata.getAttribute("DMDID"));
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

    private static Element divisionLabelled(List<Element> divs, String label) {
        return divs.stream().filter(d -> label.equals(d.getAttribute("LABEL"))).findFirst().orElse(null);
    }

    private void require(String rule, boolean holds, String file, String message) {
        if (!holds) {
            findings.add(rule, file, message);
        }
    }
}
