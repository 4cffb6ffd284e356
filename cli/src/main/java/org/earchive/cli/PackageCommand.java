package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.packaging.BagOptions;
import org.earchive.packaging.BagitPackager;
import org.earchive.packaging.EarkSipPackager;
import org.earchive.packaging.SipOptions;
import org.earchive.packaging.ConvertedFolder;
import org.earchive.packaging.PackageInputException;
import org.earchive.packaging.StagedDirectory;
import org.earchive.pipeline.Engines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.xml.sax.SAXException;

@Command(name = "package",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Package a convert output folder for transfer to an archive.",
            "",
            "SRC is a folder written by 'earchive convert': only the documents its report lists as converted",
            "are packaged, each with its PDF/A, NAME.xml and NAME.premis.xml.",
            "--profile eark-sip writes an E-ARK SIP 2.2: METS.xml (validated against the METS, CSIP and SIP",
            "schemas before it is written), representations/rep1/data/ with the PDF/A files,",
            "metadata/descriptive/ and metadata/preservation/ with the XML, schemas/ with the XSDs.",
            "--bagit writes a BagIt 1.0 bag (RFC 8493): the files under data/, sha256 and sha512 manifests",
            "and tag manifests, bag-info.txt with Payload-Oxum and Bagging-Date. With both, the SIP is",
            "written inside the bag, under data/.",
            "Dates come from SOURCE_DATE_EPOCH when it is set: the same input gives the same package, byte",
            "for byte.",
            "",
            "The package is written to a hidden folder beside DIR and renamed to DIR only when complete.",
            "DIR must not exist: packages are never overwritten. Check one with 'earchive validate DIR'.",
        })
public final class PackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SRC", description = "A folder written by 'earchive convert'.")
    Path source;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The package folder to create.")
    Path out;

    @Option(names = "--bagit", description = "Write a BagIt 1.0 bag.")
    boolean bagit;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = ProfileConverter.class,
            description = "Package layout: ${COMPLETION-CANDIDATES}.")
    Profile profile;

    @Option(names = "--organization", paramLabel = "NAME",
            description = {"The submitting organisation: Source-Organization in bag-info.txt, the submitting agent",
                "in an E-ARK SIP's METS (required there)."})
    String organization;

    /** Package layouts; TT 05 SIP/AIP profiles are to come (issue 9). */
    enum Profile {
        eark_sip("eark-sip");

        private final String name;

        Profile(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer missing = InputPaths.check(List.of(source), err);
        if (missing != null) {
            return missing;
        }
        if (!bagit && profile == null) {
            err.println("earchive: say which package to write: --profile eark-sip, --bagit, or both");
            return ExitCodes.USAGE;
        }
        if (profile == Profile.eark_sip && (organization == null || organization.isBlank())) {
            err.println("earchive: an E-ARK SIP names its submitting agent: add --organization NAME");
            return ExitCodes.USAGE;
        }
        ConvertedFolder folder;
        try {
            folder = ConvertedFolder.read(source.toAbsolutePath().normalize());
        } catch (PackageInputException e) {
            err.println("earchive: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("earchive: cannot read " + source + ": " + e.getMessage());
            return ExitCodes.INPUT_MISSING;
        }
        Instant created;
        try {
            created = Engines.sourceDateEpochFromEnvironment();
        } catch (IllegalArgumentException e) {
            err.println("earchive: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (folder.documents().isEmpty()) {
            err.println("earchive: " + source + " holds no converted document to package");
            return ExitCodes.SOME_DOCUMENTS_FAILED;
        }
        try (StagedDirectory staged = StagedDirectory.beside(this.out)) {
            build(folder, staged.path(), created);
            staged.commit();
        } catch (FileAlreadyExistsException e) {
            err.println("earchive: " + this.out + " already exists; earchive does not overwrite packages (choose another --out)");
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        } catch (SAXException e) {
            err.println("earchive: the METS earchive wrote does not validate, so no package was written (a bug: please"
                    + " report it): " + e.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("earchive: cannot write the package " + this.out + ": " + e.getMessage());
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        }
        int documents = folder.documents().size();
        out.println("Wrote " + kind() + " " + this.out + ": " + documents + (documents == 1 ? " document, " : " documents, ")
                + folder.outputFiles().size() + " files. Check it with: earchive validate " + this.out);
        out.flush();
        return ExitCodes.OK;
    }

    /** Profiles are typed as their standards spell them, with hyphens. */
    static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            for (Profile profile : Profile.values()) {
                if (profile.toString().equalsIgnoreCase(value.strip())) {
                    return profile;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown profile '" + value + "'; earchive writes: "
                    + java.util.Arrays.toString(Profile.values()));
        }
    }

    private void build(ConvertedFolder folder, Path staging, Instant epoch) throws IOException, SAXException {
        Instant now = epoch != null ? epoch : Instant.now();
        if (profile == Profile.eark_sip) {
            Path sip = bagit ? staging.resolve("data") : staging;
            Files.createDirectories(sip);
            new EarkSipPackager().build(folder, sip, new SipOptions(organization.strip(), now, "earchive", VersionProvider.version()));
            if (bagit) {
                new BagitPackager().seal(staging, bagOptions(epoch));
            }
        } else {
            new BagitPackager().build(folder, staging, bagOptions(epoch));
        }
    }

    private BagOptions bagOptions(Instant epoch) {
        // SOURCE_DATE_EPOCH is a UTC instant by definition; without it the clerk's own calendar day
        LocalDate date = epoch != null ? LocalDate.ofInstant(epoch, ZoneOffset.UTC) : LocalDate.now(ZoneId.systemDefault());
        return new BagOptions(organization, date, VersionProvider.producer());
    }

    private String kind() {
        if (profile == Profile.eark_sip) {
            return bagit ? "the E-ARK SIP, in a BagIt bag," : "the E-ARK SIP";
        }
        return "the BagIt bag";
    }
}
