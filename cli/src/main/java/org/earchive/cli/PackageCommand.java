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
        versionProvider = VersionProvider.class)
public final class PackageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SRC")
    Path source;

    @Option(names = "--converted", paramLabel = "FOLDER")
    Path converted;

    @Mixin
    MetadataOptions metadata;

    @Mixin
    JobsOption jobs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--bagit")
    boolean bagit;

    @Option(names = "--zip")
    boolean zip;

    @Option(names = "--profile", paramLabel = "PROFILE", converter = WritableProfiles.Converter.class,
            completionCandidates = WritableProfiles.class)
    PackageProfile profile;

    @Option(names = "--organization", paramLabel = "NAME")
    String organization;

    @Option(names = "--files", paramLabel = "FILE.csv")
    Path files;

    @Option(names = "--file-defaults", paramLabel = "FILE")
    Path fileDefaults;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        InputPaths.require(List.of(source), Messages.of(spec));
        PackageRequest request = request();
        RunContext context = RunContexts.fromEnvironment().withOcr(OcrSettings.defaults(jobs.get()));
        PackageResult result;
        try {
            result = Earchive.packageFolder(context, request, new ConvertFirstLines(err, Messages.of(spec), request.convertFirst().clerk()));
        } catch (PackagingException e) {
            throw failure(e);
        }
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = Messages.of(spec);
        if (result.tt05() == null) {
            Path written = request.out(); // with --zip, named .zip even when --out was not
            out.println(messages.get("package.wrote", kind(messages), written, messages.count("package.documents", result.documents()),
                    result.files(), written));
        } else if (json.get()) {
            out.println(PackageReport.json(result));
        } else {
            PackageReport.print(out, result, messages);
        }
        out.flush();
        return result.someNotConverted() ? ExitCodes.SOME_DOCUMENTS_FAILED : ExitCodes.OK;
    }

    /** The request the options make, or a usage error for options that do not fit together. */
    private PackageRequest request() {
        Messages messages = Messages.of(spec);
        if (!bagit && profile == null) {
            throw new UsageException(messages.get("package.needProfile", WritableProfiles.names()));
        }
        if (profile != null && profile.isSip() && (organization == null || organization.isBlank())) {
            throw new UsageException(messages.get("package.needOrganization"));
        }
        if ((profile == null || !profile.isTt05()) && (files != null || fileDefaults != null)) {
            throw new UsageException(messages.get("package.filesNeedTt05"));
        }
        PackageRequest request = new PackageRequest(source, out, profile, bagit, zip, organization, files, fileDefaults,
                null);
        if (!request.needsConversion()) {
            if (converted != null || metadata.given() || jobs.given()) {
                throw new UsageException(messages.get("package.alreadyConverted", source));
            }
            return request;
        }
        return new PackageRequest(source, out, profile, bagit, zip, organization, files, fileDefaults,
                new PackageRequest.ConvertFirst(converted, metadata.read(), jobs.get()));
    }

    private CommandException failure(PackagingException e) {
        Messages messages = Messages.of(spec);
        return switch (e.problem()) {
            case BAD_REQUEST -> new UsageException(e.lines());
            case UNREADABLE -> new CommandException(ExitCodes.INPUT_MISSING, e.lines());
            case OUT_EXISTS -> new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE,
                    messages.get("package.outExists", messages.sentence(e.getMessage())));
            case NOT_WRITABLE -> new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, e.lines());
            case NOTHING_TO_PACKAGE -> new CommandException(ExitCodes.SOME_DOCUMENTS_FAILED, e.lines());
            case INTERNAL -> new CommandException(ExitCodes.INTERNAL_ERROR, e.lines());
        };
    }

    /**
     * What 'earchive convert --quiet' would print, on standard error so that --json output stays one document
     * on standard output.
     */
    private record ConvertFirstLines(PrintWriter err, Messages messages, ClerkMetadata clerk) implements PackagingListener {
        @Override
        public void convertingFirst(Path source, Path into) {
            err.println("earchive: " + messages.get("package.convertingFirst", source, into));
            err.flush();
        }

        @Override
        public void converted(BatchReport report, Path into, boolean kept) {
            MetadataOptions.warnAboutUnmatchedRows(err, messages, clerk, report);
            BatchSummary.print(err, messages, report, into);
            if (!report.allConverted()) {
                err.println("earchive: " + messages.get(kept ? "package.someNotConverted" : "package.someNotConvertedDropped",
                        into.resolve(".earchive/report.html")));
            }
            err.flush();
        }
    }

    private String kind(Messages messages) {
        String kind = messages.get(profile == PackageProfile.EARK_SIP ? (bagit ? "package.kind.sipInBag" : "package.kind.sip")
                : "package.kind.bag");
        return zip ? messages.get("package.kind.zip", kind) : kind;
    }
}
