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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "The archive's side: take in received packages (SIPs) and keep them as TT 05 AIPs.",
            "",
            "Each SIP (a folder or a ZIP: E-ARK SIP, TT 05 SIP_hoso or SIP_tailieu) is checked exactly as 'earchive"
                + " validate' checks it: every SIZE and SHA-256 its METS files record, every PDF through veraPDF, the"
                + " E-ARK and TT 05 rules. A MUST finding refuses it. A data file that is not PDF/A (a DOCX, a scan, a"
                + " PDF that is not PDF/A) is converted as 'earchive convert' would, its original kept beside its PDF/A"
                + " as <name>.original.<ext>; one that cannot be converted refuses the package.",
            "An accepted SIP becomes a TT 05 AIP (AIP_hoso for a SIP_hoso, AIP_tailieu otherwise) in DIR/<OBJID>/, its"
                + " PREMIS.xml recording the receipt, the fixity check, the validation, the normalisation and the"
                + " ingest with the archive as their agent.",
            "Every SIP, accepted or refused, gets a receipt (biên bản giao nhận) in DIR/receipts/: <name>-<sha>.json,"
                + " .xml and .pdf (PDF/A). A SIP already ingested into DIR is not ingested again.",
            "Exit status 0 when every SIP was accepted (or had been), 1 when any was refused.",
        })
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SIP", arity = "1..*", description = "Received packages, as folders or ZIPs.")
    List<Path> packages;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The archive's AIP folder: created if needed; AIPs and receipts are added to it.")
    Path out;

    @Option(names = "--archive", paramLabel = "NAME", defaultValue = "Lưu trữ cơ quan",
            description = "The receiving archive, as receipts and PREMIS events name it (default: ${DEFAULT-VALUE}).")
    String archive;

    @Option(names = "--archive-code", paramLabel = "CODE", description = "The archive's code (mã cơ quan lưu trữ).")
    String archiveCode;

    @Mixin
    JobsOption jobs;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() throws IOException {
        InputPaths.require(packages);
        if (archive.isBlank()) {
            throw new UsageException("--archive needs the receiving archive's name");
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
        } catch (AccessDeniedException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, "cannot write in " + out + ": permission denied ("
                    + e.getFile() + ")");
        } catch (FileSystemException e) {
            throw new CommandException(ExitCodes.OUTPUT_NOT_WRITABLE, "cannot write in " + out + ": " + e.getMessage());
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
        String outcome = switch (receipt.outcome()) {
            case ACCEPTED -> "accepted";
            case ALREADY_INGESTED -> "already ingested (nothing written)";
            case REFUSED -> "REFUSED";
        };
        stdout.println(sip + ": " + outcome);
        for (IngestReceipt.Aip aip : receipt.aips()) {
            long normalised = receipt.documents().stream().filter(l -> l.status().equals("normalised")).count();
            stdout.println("  AIP " + out.resolve(aip.objectId()) + " (" + aip.profile() + ", " + aip.documents()
                    + (aip.documents() == 1 ? " document" : " documents") + (normalised == 0 ? "" : ", " + normalised
                    + " normalised to PDF/A") + ")");
            for (String review : aip.review()) {
                stdout.println("    needs review: " + review);
            }
        }
        for (String reason : receipt.reasons()) {
            stdout.println("  refused: " + reason);
        }
        stdout.println("  receipt: " + files.get(2) + " (and .json, .xml)");
        stdout.flush();
    }
}
