package org.earchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.api.Earchive;
import org.earchive.api.IngestListener;
import org.earchive.api.IngestRequest;
import org.earchive.core.OcrSettings;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.packaging.IngestReceipt;
import org.earchive.pipeline.OutputBusyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
// the texts of the command and its options are in messages_vi/en.properties (earchive.ingest.*)
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SIP", arity = "1..*")
    List<Path> packages;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR")
    Path out;

    @Option(names = "--archive", paramLabel = "NAME", defaultValue = "Lưu trữ cơ quan")
    String archive;

    @Option(names = "--archive-code", paramLabel = "CODE")
    String archiveCode;

    @Mixin
    JobsOption jobs;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws IOException {
        InputPaths.require(packages, Messages.of(spec));
        if (archive.isBlank()) {
            throw new UsageException(Messages.of(spec).get("ingest.needArchive"));
        }
        RunContext context = RunContexts.fromEnvironment().withOcr(OcrSettings.defaults(jobs.get()));
        PrintWriter stdout = spec.commandLine().getOut();
        boolean[] refused = {false};
        IngestListener listener = new IngestListener() {
            @Override
            public void received(Path sip, IngestReceipt receipt, List<Path> files) {
                refused[0] |= !receipt.accepted();
                print(stdout, sip, receipt, files);
            }
        };
        try (Earchive earchive = Earchive.start(context, ClerkMetadata.none(), jobs.get())) {
            earchive.ingest(new IngestRequest(packages, out, archive, archiveCode), listener);
        } catch (OutputBusyException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, Messages.of(spec).sentence(e.getMessage()));
        } catch (AccessDeniedException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, Messages.of(spec).get("ingest.notWritableDenied", out, e.getFile()));
        } catch (FileSystemException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, Messages.of(spec).get("ingest.notWritable", out, e.getMessage()));
        }
        stdout.flush();
        return refused[0] ? ExitCodes.SOME_DOCUMENTS_FAILED : ExitCodes.OK;
    }

    private void print(PrintWriter stdout, Path sip, IngestReceipt receipt, List<Path> files) {
        if (json.get()) {
            try {
                stdout.println(new ObjectMapper().writeValueAsString(receipt));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            stdout.flush();
            return;
        }
        Messages messages = Messages.of(spec);
        String outcome = messages.get(switch (receipt.outcome()) {
            case ACCEPTED -> "ingest.accepted";
            case ALREADY_INGESTED -> "ingest.alreadyIngested";
            case REFUSED -> "ingest.refused";
        });
        stdout.println(sip + ": " + outcome);
        for (IngestReceipt.Aip aip : receipt.aips()) {
            long normalised = receipt.documents().stream().filter(l -> l.status().equals("normalised")).count();
            stdout.println("  " + messages.get("ingest.aip", out.resolve(aip.objectId()), aip.profile(),
                    messages.count("package.documents", aip.documents()),
                    normalised == 0 ? "" : messages.get("ingest.normalised", normalised)));
            for (String review : aip.review()) {
                stdout.println("    " + messages.get("package.needsReview", messages.sentence(review)));
            }
        }
        for (String reason : receipt.reasons()) {
            stdout.println("  " + messages.get("ingest.refusedBecause", messages.sentence(reason)));
        }
        stdout.println("  " + messages.get("ingest.receipt", files.get(2)));
        stdout.flush();
    }
}
