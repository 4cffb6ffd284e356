package org.earchive.api;

import java.nio.file.Path;
import java.util.Locale;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.packaging.ConvertedFolder;
import org.earchive.packaging.PackageProfile;

/**
 * Packages to write from a convert output (or from a folder of records, converted first).
 *
 * @param source       a folder written by {@link Earchive#convert}, or a folder of records to convert first
 * @param out          the folder to create, or for one package with {@code zip} the ZIP file (".zip" added when the
 *                     name lacks it); must not exist
 * @param profile      the package layout, or null for a BagIt bag of the convert output alone
 * @param bagit        a BagIt bag around the package (around each package, for the TT 05 profiles)
 * @param zip          each package as a ZIP with one top folder
 * @param organization the submitting agency (a SIP requires one), or null
 * @param files        TT 05 hồ sơ profiles: the clerk's hồ sơ descriptions (CSV), or null
 * @param fileDefaults TT 05 profiles: values every hồ sơ shares, or null
 * @param convertFirst how to convert {@code source} when it is not a convert output
 */
public record PackageRequest(Path source, Path out, PackageProfile profile, boolean bagit, boolean zip,
                             String organization, Path files, Path fileDefaults, ConvertFirst convertFirst) {

    /**
     * How a folder of records is converted on the way, as {@link Earchive#convert} would with default options.
     *
     * @param into  where to convert it (kept afterwards), or null for a hidden folder beside {@code out}, removed
     *              once the packages are written
     * @param clerk the clerk's metadata for the documents
     * @param jobs  documents converted at once
     */
    public record ConvertFirst(Path into, ClerkMetadata clerk, int jobs) {

        public static ConvertFirst defaults() {
            return new ConvertFirst(null, ClerkMetadata.none(), Runtime.getRuntime().availableProcessors());
        }
    }

    public PackageRequest {
        organization = organization == null ? null : organization.strip();
        if (zip && (profile == null || !profile.isTt05()) && out != null
                && !out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            // one package as a ZIP: named as one, so that earchive validate and ingest, and every archive's tools, know it
            out = out.resolveSibling(out.getFileName() + ".zip");
        }
        convertFirst = convertFirst == null ? ConvertFirst.defaults() : convertFirst;
    }

    /** Whether {@link #source} must be converted before it can be packaged. */
    public boolean needsConversion() {
        return !ConvertedFolder.isConvertOutput(source.toAbsolutePath().normalize());
    }

    /** The TT 05 profile asked for, or null when the package is an E-ARK SIP or a bag alone. */
    public PackageProfile tt05() {
        return profile != null && profile.isTt05() ? profile : null;
    }

    /** The name of the one top folder in a ZIP of a single package: {@code out}'s name without ".zip". */
    String zipTopName() {
        String name = out.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }
}
