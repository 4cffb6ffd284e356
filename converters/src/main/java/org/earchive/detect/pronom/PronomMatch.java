package org.earchive.detect.pronom;

import java.util.List;

/**
 * What PRONOM's signatures say a file is.
 *
 * @param puid       the PRONOM unique identifier, e.g. "fmt/412"
 * @param name       the format's name in the signature file, e.g. "Microsoft Word for Windows"
 * @param version    its version there, e.g. "2007 onwards", or null
 * @param method     how it was found, as DROID says it: "Signature", "Container" or "Extension"
 * @param candidates every identifier that remained after DROID's priority rules, this one first; more than one
 *                   when the signatures cannot tell the formats apart (DROID then reports them all)
 */
public record PronomMatch(String puid, String name, String version, String method, List<String> candidates) {

    public PronomMatch {
        candidates = List.copyOf(candidates);
    }

    /** The name with its version, as a person reads it: "Microsoft Word for Windows 2007 onwards". */
    public String formatName() {
        return nameWithVersion(name, version);
    }

    /** "Microsoft Word for Windows" and "2007 onwards" read together; the name alone when it already says it. */
    public static String nameWithVersion(String name, String version) {
        if (name == null || version == null || version.isBlank() || name.contains(version)) {
            return name;
        }
        return name + " " + version;
    }
}
