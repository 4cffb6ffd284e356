package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * The E-ARK CSIP folder structure (CSIPSTR): what folders a package root and each representation hold, and
 * whether metadata sits where CSIP puts it. All SHOULD except CSIPSTR1 and CSIPSTR4, which the validator
 * checks before it gets here (a package it can open at all has one root with a METS.xml).
 */
final class StructureRules {

    private final Findings findings;

    StructureRules(Findings findings) {
        this.findings = findings;
    }

    /** @param folderName the name the package root has for the person validating it (a ZIP's top folder, a folder's name) */
    void check(MetsFile packageMets, String folderName, List<MetsFile> allMets) {
        Path root = packageMets.root();
        String shownAs = packageMets.shownAs();
        String objectId = packageMets.mets().getAttribute("OBJID");
        if (shownAs.isEmpty() && !objectId.isEmpty() && folderName != null && !folderName.equals(objectId)) {
            findings.add("CSIPSTR2", "", "The package folder is named '" + folderName + "' but its OBJID is '" + objectId + "'.");
        }
        require("CSIPSTR5", Files.isDirectory(root.resolve("metadata")), shownAs, "The package has no metadata/ folder.");
        require("CSIPSTR15", MetsRules.hasFiles(root.resolve("schemas")), shownAs,
                "The package has no schemas/ folder with the XML schemas its metadata uses.");
        Path representations = root.resolve("representations");
        if (!Files.isDirectory(representations)) {
            findings.add("CSIPSTR9", shownAs, "The package has no representations/ folder.");
        } else {
            representations(packageMets, representations);
        }
        for (MetsFile mets : allMets) {
            metadataPlaces(mets);
        }
    }

    private void representations(MetsFile mets, Path representations) {
        try (Stream<Path> list = Files.list(representations)) {
            for (Path entry : list.sorted().toList()) {
                if (!Files.isDirectory(entry)) {
                    findings.add("CSIPSTR10", mets.shown(entry), "A file lies loose in representations/; each representation has its own folder.");
                    continue;
                }
                String shown = mets.shown(entry) + "/";
                require("CSIPSTR11", Files.isDirectory(entry.resolve("data")), shown, "The representation has no data/ folder.");
                require("CSIPSTR12", Files.isRegularFile(entry.resolve(MetsChecker.METS_FILE)), shown,
                        "The representation has no METS.xml of its own.");
                require("CSIPSTR13", Files.isDirectory(entry.resolve("metadata")), shown, "The representation has no metadata/ folder.");
            }
        } catch (IOException e) {
            findings.add("CSIPSTR9", mets.shown(representations), "The representations folder cannot be listed: " + e.getMessage());
        }
    }

    /** Descriptive metadata in metadata/descriptive, preservation metadata in metadata/preservation, of the METS's own folder. */
    private void metadataPlaces(MetsFile mets) {
        for (Element ref : mets.all("mdRef")) {
            Path target = mets.resolve(MetsFile.xlink(ref, "href"));
            if (target == null) {
                continue; // a broken href is the reference rules' finding
            }
            String section = ((Element) ref.getParentNode()).getLocalName();
            if (section.equals("dmdSec")) {
                require("CSIPSTR7", target.startsWith(mets.folder().resolve("metadata/descriptive")), mets.shown(target),
                        "Descriptive metadata is not in metadata/descriptive.");
            } else if (section.equals("digiprovMD")) {
                require("CSIPSTR6", target.startsWith(mets.folder().resolve("metadata/preservation")), mets.shown(target),
                        "Preservation metadata is not in metadata/preservation.");
            }
        }
        for (Element group : mets.all("fileGrp")) {
            if (!"Documentation".equals(group.getAttribute("USE"))) {
                continue;
            }
            for (Element location : MetsFile.elements(group.getElementsByTagNameNS(MetsFile.METS, "FLocat"))) {
                Path target = mets.resolve(MetsFile.xlink(location, "href"));
                if (target != null) {
                    require("CSIPSTR16", target.startsWith(mets.folder().resolve("documentation")), mets.shown(target),
                            "Documentation is not in a documentation/ folder.");
                }
            }
        }
    }

    private void require(String rule, boolean holds, String file, String message) {
        if (!holds) {
            findings.add(rule, file, message);
        }
    }
}
