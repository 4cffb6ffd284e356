package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.xml.sax.SAXException;

/**
 * The packages that hold a whole convert output as one: an E-ARK SIP, a BagIt bag, or an E-ARK SIP as a bag's
 * payload; each as a folder, or as a ZIP with one top folder.
 */
public final class SinglePackageWriter {

    private final PackageProfile profile;
    private final SipOptions sip;
    private final BagOptions bag;
    private final boolean zip;

    /**
     * @param profile {@link PackageProfile#EARK_SIP}, or null for a bag of the convert output alone
     * @param bag     how to seal the bag, or null for an E-ARK SIP without one
     */
    public SinglePackageWriter(PackageProfile profile, SipOptions sip, BagOptions bag, boolean zip) {
        if (profile != null && profile != PackageProfile.EARK_SIP) {
            throw new IllegalArgumentException(profile.id() + " is written by Tt05Packages");
        }
        if (profile == null && bag == null) {
            throw new IllegalArgumentException("neither an E-ARK SIP nor a bag was asked for");
        }
        this.profile = profile;
        this.sip = sip;
        this.bag = bag;
        this.zip = zip;
    }

    /**
     * Writes the package into {@code staging}, an empty folder that {@link StagedDirectory} renames into place;
     * with a ZIP the staging folder is replaced by the ZIP file itself, so the rename stays one atomic step.
     *
     * @param topName the ZIP's one top folder (the package's name without ".zip")
     */
    public void write(ConvertedFolder folder, Path staging, String topName) throws IOException, SAXException {
        Path unit = zip ? staging.resolve(topName) : staging;
        if (profile == PackageProfile.EARK_SIP) {
            Path payload = bag != null ? unit.resolve("data") : unit;
            Files.createDirectories(payload);
            new EarkSipPackager().build(folder, payload, sip);
            if (bag != null) {
                new BagitPackager().seal(unit, bag);
            }
        } else {
            Files.createDirectories(unit);
            new BagitPackager().build(folder, unit, bag);
        }
        if (zip) {
            Path zipFile = staging.resolveSibling(staging.getFileName() + ".zip");
            PackageZip.write(unit, zipFile, topName, sip.created());
            StagedDirectory.deleteContents(staging);
            Files.delete(staging);
            Files.move(zipFile, staging);
        }
    }
}
