package org.earchive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.api.Earchive;
import org.earchive.api.PackageRequest;
import org.earchive.api.PackageResult;
import org.earchive.api.PackagingException;
import org.earchive.api.PackagingListener;
import org.earchive.core.OcrSettings;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.packaging.PackageProfile;
import org.earchive.pipeline.BatchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    @Mixin
    MetadataOptions metadata;

    @Mixin
    JobsOption jobs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The folder to create (the package itself for eark-sip and --bagit alone).")
    Path out;

    @Option(names = "--bagit", description = "Write a BagIt 1.0 bag (around each package, with a profile).")
    boolean bagit;

    @Option(names = "--zip", description = "Write each package as a ZIP file with one top folder.")
    boolean zip;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = WritableProfiles.Converter.class,
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

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        InputPaths.require(List.of(source));
        PackageRequest request = request();
        RunContext context = RunContexts.fromEnvironment().withOcr(OcrSettings.defaults(jobs.get()));
        PackageResult result;
        try {
            result = Earchive.packageFolder(context, request, new ConvertFirstLines(err, request.convertFirst().clerk()));
        } catch (PackagingException e) {
            throw failure(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result.tt05() == null) {
            out.println("Wrote " + kind() + " " + this.out + ": " + result.documents()
                    + (result.documents() == 1 ? " document, " : " documents, ") + result.files()
                    + " files. Check it with: earchive validate " + this.out);
        } else if (json.get()) {
            out.println(PackageReport.json(result));
        } else {
            PackageReport.print(out, result);
        }
        out.flush();
        return result.someNotConverted() ? ExitCodes.SOME_DOCUMENTS_FAILED : ExitCodes.OK;
    }

    /** The request the options make, or a usage error for options that do not fit together. */
    private PackageRequest request() {
        if (!bagit && profile == null) {
            throw new UsageException("say which package to write: --profile " + WritableProfiles.names()
                    + ", --bagit, or both");
        }
        if (profile != null && profile.isSip() && (organization == null || organization.isBlank())) {
            throw new UsageException("a SIP names the agency that submits it: add --organization NAME");
        }
        if ((profile == null || !profile.isTt05()) && (files != null || fileDefaults != null)) {
            throw new UsageException("--files and --file-defaults describe hồ sơ, which only the tt05 profiles package");
        }
        PackageRequest request = new PackageRequest(source, out, profile, bagit, zip, organization, files, fileDefaults,
                null);
        if (!request.needsConversion()) {
            if (converted != null || metadata.given() || jobs.given()) {
                throw new UsageException(source + " is already a convert output; --converted, --metadata,"
                        + " --metadata-defaults and --jobs apply only to a folder converted on the way");
            }
            return request;
        }
        return new PackageRequest(source, out, profile, bagit, zip, organization, files, fileDefaults,
                new PackageRequest.ConvertFirst(converted, metadata.read(), jobs.get()));
    }

    private CommandException failure(PackagingException e) {
        return switch (e.problem()) {
            case BAD_REQUEST -> new UsageException(e.lines());
            case UNREADABLE -> new CommandException(ExitCodes.INPUT_MISSING, e.lines());
            case OUT_EXISTS -> new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, e.getMessage() + " (choose another --out)");
            case NOT_WRITABLE -> new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, e.lines());
            case NOTHING_TO_PACKAGE -> new CommandException(ExitCodes.SOME_DOCUMENTS_FAILED, e.lines());
            case INTERNAL -> new CommandException(ExitCodes.INTERNAL_ERROR, e.lines());
        };
    }

    /**
     * What 'earchive convert --quiet' would print, on standard error so that --json output stays one document
     * on standard output.
     */
    private record ConvertFirstLines(PrintWriter err, ClerkMetadata clerk) implements PackagingListener {
        @Override
        public void convertingFirst(Path source, Path into) {
            err.println("earchive: " + source + " is not a convert output: converting it first into " + into);
            err.flush();
        }

        @Override
        public void converted(BatchReport report, Path into, boolean kept) {
            MetadataOptions.warnAboutUnmatchedRows(err, clerk, report);
            BatchSummary.print(err, report, into);
            if (!report.allConverted()) {
                err.println("earchive: some documents did not convert (see " + into.resolve(".earchive/report.html")
                        + (kept ? "" : ", kept only with --converted") + "); the others are packaged");
            }
            err.flush();
        }
    }

    private String kind() {
        String kind = profile == PackageProfile.EARK_SIP ? (bagit ? "the E-ARK SIP, in a BagIt bag," : "the E-ARK SIP")
                : "the BagIt bag";
        return zip ? kind + " as a ZIP," : kind;
    }
}
