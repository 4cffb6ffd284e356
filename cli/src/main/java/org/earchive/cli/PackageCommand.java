package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.packaging.BagOptions;
import org.earchive.packaging.BagitPackager;
import org.earchive.packaging.ConvertedFolder;
import org.earchive.packaging.PackageInputException;
import org.earchive.packaging.StagedDirectory;
import org.earchive.pipeline.Engines;
import picocli.CommandLine.Command;
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
            "SRC is a folder written by 'earchive convert': only the documents its report lists as converted",
            "are packaged, each with its PDF/A, NAME.xml and NAME.premis.xml.",
            "--bagit writes a BagIt 1.0 bag (RFC 8493): the files under data/, sha256 and sha512 manifests",
            "and tag manifests, bag-info.txt with Payload-Oxum and Bagging-Date (the date of",
            "SOURCE_DATE_EPOCH when it is set, so the same input gives the same bag, byte for byte).",
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

    @Option(names = "--organization", paramLabel = "NAME",
            description = "The submitting organisation, written as Source-Organization in bag-info.txt.")
    String organization;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Integer missing = InputPaths.check(List.of(source), err);
        if (missing != null) {
            return missing;
        }
        if (!bagit) {
            err.println("earchive: say which package to write: --bagit");
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
        BagOptions options;
        try {
            options = bagOptions();
        } catch (IllegalArgumentException e) {
            err.println("earchive: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (folder.documents().isEmpty()) {
            err.println("earchive: " + source + " holds no converted document to package");
            return ExitCodes.SOME_DOCUMENTS_FAILED;
        }
        try (StagedDirectory staged = StagedDirectory.beside(this.out)) {
            new BagitPackager().build(folder, staged.path(), options);
            staged.commit();
        } catch (FileAlreadyExistsException e) {
            err.println("earchive: " + this.out + " already exists; earchive does not overwrite packages (choose another --out)");
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("earchive: cannot write the package " + this.out + ": " + e.getMessage());
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        }
        int documents = folder.documents().size();
        out.println("Wrote the BagIt bag " + this.out + ": " + documents + (documents == 1 ? " document, " : " documents, ")
                + folder.outputFiles().size() + " files under data/. Check it with: earchive validate " + this.out);
        out.flush();
        return ExitCodes.OK;
    }

    private BagOptions bagOptions() {
        Instant epoch = Engines.sourceDateEpochFromEnvironment();
        // SOURCE_DATE_EPOCH is a UTC instant by definition; without it the clerk's own calendar day
        LocalDate date = epoch != null ? LocalDate.ofInstant(epoch, ZoneOffset.UTC) : LocalDate.now(ZoneId.systemDefault());
        return new BagOptions(organization, date, VersionProvider.producer());
    }
}
