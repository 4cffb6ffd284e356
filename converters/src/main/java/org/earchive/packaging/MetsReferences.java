package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.earchive.core.Fixity;
import org.w3c.dom.Element;

/**
 * Checks every file and metadata reference of one METS: the attributes CSIP asks of it (LOCTYPE, xlink:type,
 * href, MIMETYPE, SIZE, CREATED, CHECKSUM, CHECKSUMTYPE), that the file it names is in the package, and that
 * the file's size and checksum are the ones recorded. Each finding carries the requirement of the section
 * the reference sits in: the same fault is CSIP71 on a file, CSIP29 on a dmdSec's mdRef.
 */
final class MetsReferences {

    /** The requirement ids for one kind of reference; mdType is null for files, which have none. */
    private record Rules(String locType, String linkType, String href, String mdType, String mimeType, String size,
                         String created, String checksum, String checksumType) {
    }

    private static final Rules FILE = new Rules("CSIP77", "CSIP78", "CSIP79", null, "CSIP68", "CSIP69", "CSIP70", "CSIP71", "CSIP72");
    private static final Rules DMD = new Rules("CSIP22", "CSIP23", "CSIP24", "CSIP25", "CSIP26", "CSIP27", "CSIP28", "CSIP29", "CSIP30");
    /** CSIP has rules for digiprovMD and rightsMD only; techMD and sourceMD references are held to the digiprovMD ones. */
    private static final Rules DIGIPROV = new Rules("CSIP36", "CSIP37", "CSIP38", "CSIP39", "CSIP40", "CSIP41", "CSIP42", "CSIP43", "CSIP44");
    private static final Rules RIGHTS = new Rules("CSIP49", "CSIP50", "CSIP51", "CSIP52", "CSIP53", "CSIP54", "CSIP55", "CSIP56", "CSIP57");

    /** METS CHECKSUMTYPE values the JDK can compute, by their JDK names. */
    private static final Map<String, String> ALGORITHMS = Map.of("SHA-256", "SHA-256", "SHA-512", "SHA-512",
            "SHA-384", "SHA-384", "SHA-1", "SHA-1", "MD5", "MD5");

    private final Findings findings;
    private final Set<Path> referenced;
    /** A file referenced twice (the representation METS: in a fileGrp and by an mptr) is hashed once. */
    private final Map<String, String> digests = new HashMap<>();

    MetsReferences(Findings findings, Set<Path> referenced) {
        this.findings = findings;
        this.referenced = referenced;
    }

    void check(MetsFile mets) {
        for (Element file : mets.all("file")) {
            List<Element> locations = MetsFile.children(file, "FLocat");
            if (locations.size() != 1) {
                findings.add("CSIP76", mets.shown(), MetsFile.describe(file) + " has " + locations.size()
                        + " FLocat elements; it needs exactly one saying where the file is.");
                if (locations.isEmpty()) {
                    continue;
                }
            }
            check(mets, file, locations.get(0), FILE);
        }
        for (Element ref : mets.all("mdRef")) {
            Element section = (Element) ref.getParentNode();
            Rules rules = switch (section.getLocalName()) {
                case "dmdSec" -> DMD;
                case "rightsMD" -> RIGHTS;
                default -> DIGIPROV;
            };
            check(mets, ref, ref, rules);
        }
    }

    /** @param described the element carrying SIZE, CHECKSUM...; located the one carrying the href */
    private void check(MetsFile mets, Element described, Element located, Rules rules) {
        String where = mets.shown();
        String what = MetsFile.describe(described.getLocalName().equals("mdRef") ? (Element) described.getParentNode() : described);
        require(rules.locType(), "URL".equals(MetsFile.attr(located, "LOCTYPE")), where, what + " does not give LOCTYPE=\"URL\".");
        require(rules.linkType(), "simple".equals(MetsFile.xlink(located, "type")), where, what + " does not give xlink:type=\"simple\".");
        if (rules.mdType() != null) {
            require(rules.mdType(), !MetsFile.attr(described, "MDTYPE").isEmpty(), where, what + " does not say its MDTYPE.");
        }
        require(rules.mimeType(), !MetsFile.attr(described, "MIMETYPE").isEmpty(), where, what + " does not give the file's MIMETYPE.");
        require(rules.created(), !MetsFile.attr(described, "CREATED").isEmpty(), where, what + " does not give the file's CREATED date.");
        String size = MetsFile.attr(described, "SIZE");
        String checksum = MetsFile.attr(described, "CHECKSUM");
        String checksumType = MetsFile.attr(described, "CHECKSUMTYPE");
        require(rules.size(), !size.isEmpty(), where, what + " does not give the file's SIZE.");
        require(rules.checksum(), !checksum.isEmpty(), where, what + " does not give the file's CHECKSUM.");
        require(rules.checksumType(), !checksumType.isEmpty(), where, what + " does not give the CHECKSUMTYPE.");

        String href = MetsFile.xlink(located, "href");
        if (href.isEmpty()) {
            findings.add(rules.href(), where, what + " has no xlink:href saying where the file is.");
            return;
        }
        Path target = mets.resolve(href);
        if (target == null) {
            findings.add(rules.href(), where, what + " points at '" + href + "', which is not a relative path inside the package.");
            return;
        }
        referenced.add(target);
        String shown = mets.shown(target);
        if (!Files.isRegularFile(target)) {
            findings.add(rules.href(), shown, mets.shown() + " lists this file (" + what + ") but it is missing from the package.");
            return;
        }
        try {
            long actual = Files.size(target);
            if (!size.isEmpty() && !size.equals(Long.toString(actual))) {
                findings.add(rules.size(), shown, "The file has " + actual + " bytes; " + mets.shown() + " says " + size
                        + ": it was changed or damaged after packaging.");
            }
            if (!checksum.isEmpty() && !checksumType.isEmpty()) {
                verifyChecksum(rules, shown, target, checksum, checksumType, mets.shown());
            }
        } catch (IOException e) {
            findings.add(rules.href(), shown, "The file cannot be read to check it: " + e.getMessage());
        }
    }

    private void verifyChecksum(Rules rules, String shown, Path target, String checksum, String type, String metsName)
            throws IOException {
        String algorithm = ALGORITHMS.get(type.toUpperCase(Locale.ROOT));
        if (algorithm == null) {
            findings.add("CHECKSUM-UNVERIFIED", shown, metsName + " gives a " + type + " checksum for the file, which earchive"
                    + " cannot compute; its content was not verified.");
            return;
        }
        String actual = digests.get(algorithm + " " + target);
        if (actual == null) {
            try {
                actual = Fixity.digest(target, algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks " + algorithm, e);
            }
            digests.put(algorithm + " " + target, actual);
        }
        if (!actual.equalsIgnoreCase(checksum)) {
            findings.add(rules.checksum(), shown, "The file's " + type + " does not match " + metsName
                    + ": it was changed or damaged after packaging.");
        }
    }

    private void require(String rule, boolean holds, String file, String message) {
        if (!holds) {
            findings.add(rule, file, message);
        }
    }
}
