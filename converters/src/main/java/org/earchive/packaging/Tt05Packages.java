package org.earchive.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.earchive.metadata.ClerkFileDescriptions;
import org.xml.sax.SAXException;

/**
 * Turns a convert output into TT 05 packages inside a folder: one per hồ sơ for the hồ sơ profiles, one for the
 * tài liệu profiles, each in a folder named by its OBJID — or, with a bag, that folder is the bag and the package
 * its payload; with a ZIP, {@code OBJID.zip} replaces the folder.
 */
public final class Tt05Packages {

    private final PackageProfile profile;
    private final SipOptions options;
    private final IngestEvents ingest;

    public Tt05Packages(PackageProfile profile, SipOptions options) {
        this(profile, options, null);
    }

    /** An AIP's packages with the archive's ingest events in their PREMIS.xml. */
    Tt05Packages(PackageProfile profile, SipOptions options, IngestEvents ingest) {
        this.profile = profile;
        this.options = options;
        this.ingest = ingest;
    }

    /**
     * Checks the convert output can make TT 05 packages and plans them, before anything is written: an EAD_doc
     * missing or in the Dublin Core profile, or two documents claiming one docCode, refuse the whole run.
     */
    public List<Hoso> plan(ConvertedFolder folder, ClerkFileDescriptions clerk) throws IOException, PackageInputException {
        List<Tt05Document> documents = new ArrayList<>();
        for (ConvertedDocument document : folder.documents()) {
            documents.add(Tt05Document.read(folder.root(), document));
        }
        return plan(documents, clerk);
    }

    /** The same for documents already read (an ingest's, taken from a received package). */
    List<Hoso> plan(List<Tt05Document> documents, ClerkFileDescriptions clerk) throws PackageInputException {
        HosoAssembler assembler = new HosoAssembler();
        return profile.isHoso() ? assembler.byFile(documents, clerk) : List.of(assembler.documentsOnly(documents, clerk));
    }

    /** Writes the planned packages into {@code out}, an empty folder. */
    public List<Tt05Packager.Written> write(ConvertedFolder folder, List<Hoso> plan, Path out, BagOptions bag, boolean zip)
            throws IOException, SAXException {
        Tt05Packager packager = new Tt05Packager(profile, options, ingest);
        List<Tt05Packager.Written> written = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            // built under a scratch name: the OBJID that names the package is known once its files are copied
            Path unit = out.resolve(".building-" + i);
            Path target = bag != null ? unit.resolve("data") : unit;
            Files.createDirectories(target);
            Tt05Packager.Written one = packager.build(folder.root(), plan.get(i), target);
            written.add(one);
            if (bag != null) {
                new BagitPackager().seal(unit, bag);
            }
            if (zip) {
                PackageZip.write(unit, out.resolve(one.objectId() + ".zip"), one.objectId(), options.created());
                StagedDirectory.deleteTree(unit);
            } else {
                Files.move(unit, out.resolve(one.objectId()));
            }
        }
        return written;
    }
}
