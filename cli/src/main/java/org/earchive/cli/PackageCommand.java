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
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.earchive.metadata.ClerkFileDescriptions;
import org.earchive.metadata.MetadataInputException;
import org.earchive.packaging.BagOptions;
import org.earchive.packaging.Hoso;
import org.earchive.packaging.PackageZip;
import org.earchive.packaging.Tt05Packager;
import org.earchive.packaging.Tt05Packages;
import org.earchive.packaging.PackageProfile;
import org.earchive.packaging.BagitPackager;
import org.earchive.packaging.EarkSipPackager;
import org.earchive.packaging.SipOptions;
import org.earchive.packaging.ConvertedFolder;
import org.earchive.packaging.PackageInputException;
import org.earchive.packaging.StagedDirectory;
import org.earchive.core.RunContext;
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
            "SRC is a folder written by 'earchive convert': only the documents its report lists as converted are"
                + " packaged, each with its PDF/A, NAME.xml and NAME.premis.xml. A folder of records that is not a"
                + " convert output is converted first, as 'earchive convert' would.",
            "",
            "--profile tt05-sip-hoso|tt05-aip-hoso writes Thông tư 05/2025/TT-BNV packages, one per hồ sơ, into DIR,"
                + " each in a folder named by its OBJID (uuid-...): METS.xml, metadata/descriptive/EAD.xml (the hồ sơ),"
                + " representations/rep1/METS.xml, representations/rep1/data/<mã hồ sơ>.<số thứ tự>.pdf with"
                + " metadata/descriptive/EAD_doc_<mã hồ sơ>.<số thứ tự>.xml, PREMIS.xml and PREMIS_rep1.xml (AIP),"
                + " and schemas/.",
            "A document's hồ sơ is the one its docCode names (fileCode and docOrdinal in convert's --metadata"
                + " spreadsheet). The hồ sơ's own fields come from --files (one row per hồ sơ) and --file-defaults;"
                + " where nobody stated them, from what its documents agree on (dates, pages, language), listed as"
                + " derived. What nobody stated stays empty and is listed for review.",
            "--profile tt05-sip-tailieu|tt05-aip-tailieu writes one package of documents, without EAD.xml.",
            "--profile eark-sip writes one E-ARK SIP 2.2 at DIR.",
            "--bagit writes a BagIt 1.0 bag (RFC 8493): sha256 and sha512 manifests and tag manifests, bag-info.txt"
                + " with Payload-Oxum and Bagging-Date. With a profile, each package is the payload of its own bag.",
            "--zip writes each package as a ZIP with one top folder (for eark-sip and --bagit alone, DIR is then"
                + " the ZIP file to write).",
            "",
            "Every XML is validated against its schema before it is written. Dates come from SOURCE_DATE_EPOCH when"
                + " it is set: the same input gives the same package, byte for byte. Everything is written to a hidden"
                + " folder beside DIR and renamed to DIR only when complete; DIR must not exist: packages are never"
                + " overwritten. The exact layouts are in docs/packages.md. Check a package with 'earchive validate'.",
        })
public final class PackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SRC", description = "A folder written by 'earchive convert', or a folder of records to convert first (as "
            + "'earchive convert' would, into --converted).")
    Path source;

    @Option(names = "--converted", paramLabel = "FOLDER",
            description = "When SRC is not a convert output: where to convert it first (kept afterwards, with its "
                    + "report). Default: a hidden folder beside DIR, removed once the packages are written.")
    Path converted;

    @Option(names = "--metadata", paramLabel = "FILE.csv",
            description = "When SRC is converted first: the clerk's per-document metadata, as for convert.")
    Path metadata;

    @Option(names = "--metadata-defaults", paramLabel = "FILE",
            description = "When SRC is converted first: batch-wide metadata values, as for convert.")
    Path metadataDefaults;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "When SRC is converted first: documents converted at once, as for convert.")
    Integer jobs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The folder to create (the package itself for eark-sip and --bagit alone).")
    Path out;

    @Option(names = "--bagit", description = "Write a BagIt 1.0 bag (around each package, with a profile).")
    boolean bagit;

    @Option(names = "--zip", description = "Write each package as a ZIP file with one top folder.")
    boolean zip;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = ProfileConverter.class,
            completionCandidates = WritableProfiles.class, description = "Package layout: ${COMPLETION-CANDIDATES}.")
    PackageProfile profile;

    @Option(names = "--organization", paramLabel = "NAME",
            description = "The submitting organisation: Source-Organization in bag-info.txt, the submitting agent in "
                    + "a SIP's METS (required for SIPs).")
    String organization;

    @Option(names = "--files", paramLabel = "FILE.csv",
            description = "TT 05 profiles: the hồ sơ descriptions, UTF-8 CSV with a fileCode column and any of title,"
                    + " maintenance, mode, language, startDate, endDate, keyword, totalDoc, numberOfPaper, "
                    + "numberOfPage, format, inforSign, confidenceLevel, paperFileCode, riskRecovery, "
                    + "riskRecoveryStatus, description; one row per hồ sơ.")
    Path files;

    @Option(names = "--file-defaults", paramLabel = "FILE",
            description = "TT 05 profiles: values every hồ sơ shares, one element=value per line (fileCode=... here "
                    + "files every document that names no hồ sơ into that one).")
    Path fileDefaults;

    @Option(names = "--json", description = "Print what was written as JSON, for scripts.")
    boolean json;

    /** The profiles earchive writes, as --profile spells them (CSIP is only recognised, by validate). */
    static final List<PackageProfile> WRITABLE = java.util.Arrays.stream(PackageProfile.values())
            .filter(profile -> profile != PackageProfile.CSIP).toList();

    /** For help and shell completion: the writable profiles' names. */
    static final class WritableProfiles implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return WRITABLE.stream().map(PackageProfile::id).iterator();
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
            err.println("earchive: say which package to write: --profile " + ProfileConverter.names()
                    + ", --bagit, or both");
            return ExitCodes.USAGE;
        }
        if (profile != null && profile.isSip() && (organization == null || organization.isBlank())) {
            err.println("earchive: a SIP names the agency that submits it: add --organization NAME");
            return ExitCodes.USAGE;
        }
        PackageProfile tt05 = profile != null && profile.isTt05() ? profile : null;
        if (tt05 == null && (files != null || fileDefaults != null)) {
            err.println("earchive: --files and --file-defaults describe hồ sơ, which only the tt05 profiles package");
            return ExitCodes.USAGE;
        }
        ClerkFileDescriptions clerk;
        try {
            clerk = ClerkFileDescriptions.read(files, fileDefaults);
        } catch (MetadataInputException e) {
            e.errors().forEach(error -> err.println("earchive: " + error));
            err.println("earchive: no package was written; correct the hồ sơ file(s) and run again.");
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("earchive: cannot read the hồ sơ file (" + e.getMessage() + ").");
            return ExitCodes.INPUT_MISSING;
        }
        if (Files.exists(this.out)) {
            // said before any conversion, not after minutes of it
            err.println("earchive: " + this.out + " already exists; earchive does not overwrite packages (choose another --out)");
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        }
        Path convertOutput = source.toAbsolutePath().normalize();
        Path temporary = null;
        int convertExit = ExitCodes.OK;
        if (!ConvertedFolder.isConvertOutput(convertOutput)) {
            if (converted == null) {
                temporary = this.out.toAbsolutePath().normalize().resolveSibling(
                        "." + this.out.getFileName() + ".converted-" + java.util.UUID.randomUUID());
            }
            convertOutput = converted != null ? converted.toAbsolutePath().normalize() : temporary;
            convertExit = convertFirst(convertOutput, err);
            if (convertExit != ExitCodes.OK && convertExit != ExitCodes.SOME_DOCUMENTS_FAILED) {
                deleteQuietly(temporary);
                return convertExit;
            }
        } else if (converted != null || metadata != null || metadataDefaults != null || jobs != null) {
            err.println("earchive: " + source + " is already a convert output; --converted, --metadata,"
                    + " --metadata-defaults and --jobs apply only to a folder converted on the way");
            return ExitCodes.USAGE;
        }
        try {
            return packageFrom(convertOutput, convertExit, clerk, tt05, out, err);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /**
     * Runs 'earchive convert' on SRC, as the clerk would have: same options, same report. Its progress goes to
     * stderr, so that --json output stays one document on stdout.
     */
    private int convertFirst(Path target, PrintWriter err) {
        List<String> args = new java.util.ArrayList<>(List.of("convert", source.toString(), "--out", target.toString(),
                "--quiet"));
        if (metadata != null) {
            args.addAll(List.of("--metadata", metadata.toString()));
        }
        if (metadataDefaults != null) {
            args.addAll(List.of("--metadata-defaults", metadataDefaults.toString()));
        }
        if (jobs != null) {
            args.addAll(List.of("--jobs", jobs.toString()));
        }
        err.println("earchive: " + source + " is not a convert output: converting it first into " + target);
        err.flush();
        int code = Main.commandLine(err, err).execute(args.toArray(String[]::new));
        if (code == ExitCodes.SOME_DOCUMENTS_FAILED) {
            err.println("earchive: some documents did not convert (see " + target.resolve(".earchive/report.html")
                    + (converted == null ? ", kept only with --converted" : "") + "); the others are packaged");
        }
        return code;
    }

    private static void deleteQuietly(Path folder) {
        if (folder != null && Files.exists(folder)) {
            try {
                StagedDirectory.deleteTree(folder);
            } catch (java.io.UncheckedIOException e) {
                // a scratch folder left behind is untidy, not wrong: the packages are complete
            }
        }
    }

    private int packageFrom(Path convertOutput, int convertExit, ClerkFileDescriptions clerk, PackageProfile tt05,
                            PrintWriter out, PrintWriter err) {
        ConvertedFolder folder;
        try {
            folder = ConvertedFolder.read(convertOutput);
        } catch (PackageInputException e) {
            err.println("earchive: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("earchive: cannot read " + source + ": " + e.getMessage());
            return ExitCodes.INPUT_MISSING;
        }
        Instant created;
        try {
            created = RunContext.sourceDateEpochFrom(System.getenv());
        } catch (IllegalArgumentException e) {
            err.println("earchive: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (folder.documents().isEmpty()) {
            err.println("earchive: " + source + " holds no converted document to package");
            return ExitCodes.SOME_DOCUMENTS_FAILED;
        }
        SipOptions sipOptions = new SipOptions(organization == null ? null : organization.strip(),
                created != null ? created : Instant.now(), "earchive", VersionProvider.version());
        List<Hoso> plan = null;
        Tt05Packages packages = tt05 == null ? null : new Tt05Packages(tt05, sipOptions);
        if (packages != null) {
            try {
                plan = packages.plan(folder, clerk);
            } catch (PackageInputException e) {
                err.println("earchive: " + e.getMessage());
                return ExitCodes.USAGE;
            } catch (IOException e) {
                err.println("earchive: cannot read the convert output " + source + ": " + e.getMessage());
                return ExitCodes.INPUT_MISSING;
            }
        }
        List<Tt05Packager.Written> written = List.of();
        try (StagedDirectory staged = StagedDirectory.beside(this.out)) {
            if (packages != null) {
                written = packages.write(folder, plan, staged.path(), bagit ? bagOptions(created) : null, zip);
            } else {
                buildSingle(folder, staged.path(), sipOptions, created);
            }
            staged.commit();
        } catch (FileAlreadyExistsException e) {
            boolean destination = this.out.toAbsolutePath().normalize().toString().equals(e.getFile());
            err.println("earchive: " + (destination ? this.out + " already exists; earchive does not overwrite packages"
                    + " (choose another --out)" : "two files of the package would have the same name (" + e.getFile()
                    + "); no package was written (a bug: please report it)"));
            return destination ? ExitCodes.OUTPUT_NOT_WRITABLE : ExitCodes.INTERNAL_ERROR;
        } catch (SAXException e) {
            err.println("earchive: an XML file earchive wrote does not validate, so no package was written (a bug:"
                    + " please report it): " + e.getMessage());
            return ExitCodes.INTERNAL_ERROR;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("earchive: cannot write the package " + this.out + ": " + e.getMessage());
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        }
        if (packages != null) {
            report(out, tt05, written);
        } else {
            int documents = folder.documents().size();
            out.println("Wrote " + kind() + " " + this.out + ": " + documents + (documents == 1 ? " document, " : " documents, ")
                    + folder.outputFiles().size() + " files. Check it with: earchive validate " + this.out);
        }
        out.flush();
        return convertExit;
    }

    static final class ProfileConverter implements picocli.CommandLine.ITypeConverter<PackageProfile> {
        @Override
        public PackageProfile convert(String value) {
            for (PackageProfile profile : WRITABLE) {
                if (profile.id().equalsIgnoreCase(value.strip())) {
                    return profile;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown profile '" + value + "'; earchive writes: "
                    + names());
        }

        static String names() {
            return String.join(", ", new WritableProfiles());
        }
    }

    /** eark-sip and a bag of the convert output: one package at --out (a folder, or with --zip a ZIP file). */
    private void buildSingle(ConvertedFolder folder, Path staging, SipOptions sipOptions, Instant epoch)
            throws IOException, SAXException {
        Path unit = zip ? staging.resolve(zipTopName()) : staging;
        if (profile == PackageProfile.EARK_SIP) {
            Path sip = bagit ? unit.resolve("data") : unit;
            Files.createDirectories(sip);
            new EarkSipPackager().build(folder, sip, sipOptions);
            if (bagit) {
                new BagitPackager().seal(unit, bagOptions(epoch));
            }
        } else {
            Files.createDirectories(unit);
            new BagitPackager().build(folder, unit, bagOptions(epoch));
        }
        if (zip) {
            // the staging folder becomes the ZIP file itself, so the rename into place stays one atomic step
            Path zipFile = staging.resolveSibling(staging.getFileName() + ".zip");
            PackageZip.write(unit, zipFile, zipTopName(), sipOptions.created());
            org.earchive.packaging.StagedDirectory.deleteContents(staging);
            Files.delete(staging);
            Files.move(zipFile, staging);
        }
    }

    private String zipTopName() {
        String name = out.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }

    private void report(PrintWriter out, PackageProfile tt05, List<Tt05Packager.Written> written) {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("profile", tt05.id());
            root.put("out", this.out.toString());
            ArrayNode list = root.putArray("packages");
            for (Tt05Packager.Written one : written) {
                ObjectNode node = list.addObject();
                node.put("objectId", one.objectId());
                node.put("path", zip ? one.objectId() + ".zip" : one.objectId());
                node.put("fileCode", one.fileCode());
                node.put("documents", one.documents());
                one.derived().forEach(node.withArray("derived")::add);
                node.putArray("review");
                one.review().forEach(node.withArray("review")::add);
            }
            out.println(root.toPrettyString());
            return;
        }
        for (Tt05Packager.Written one : written) {
            out.println(one.objectId() + (zip ? ".zip" : "") + "  " + (tt05.isHoso() ? "hồ sơ " : "")
                    + (one.fileCode() == null ? "(mã hồ sơ not known)" : one.fileCode()) + ", " + one.documents()
                    + (one.documents() == 1 ? " document" : " documents"));
            if (!one.derived().isEmpty()) {
                out.println("    filled from the documents, please check: " + String.join(", ", one.derived()));
            }
            one.review().forEach(line -> out.println("    needs review: " + line));
        }
        out.println("Wrote " + written.size() + " TT 05 " + tt05.tt05Name() + (written.size() == 1 ? " package" : " packages")
                + " in " + this.out + ". Check them with: earchive validate " + this.out + "/*");
    }

    private BagOptions bagOptions(Instant epoch) {
        // SOURCE_DATE_EPOCH is a UTC instant by definition; without it the clerk's own calendar day
        LocalDate date = epoch != null ? LocalDate.ofInstant(epoch, ZoneOffset.UTC) : LocalDate.now(ZoneId.systemDefault());
        return new BagOptions(organization, date, VersionProvider.producer());
    }

    private String kind() {
        String kind = profile == PackageProfile.EARK_SIP ? (bagit ? "the E-ARK SIP, in a BagIt bag," : "the E-ARK SIP")
                : "the BagIt bag";
        return zip ? kind + " as a ZIP," : kind;
    }
}
