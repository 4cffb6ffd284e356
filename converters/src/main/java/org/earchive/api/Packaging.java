package org.earchive.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.earchive.api.PackagingException.Problem;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkFileDescriptions;
import org.earchive.metadata.MetadataInputException;
import org.earchive.packaging.BagOptions;
import org.earchive.packaging.ConvertedFolder;
import org.earchive.packaging.Hoso;
import org.earchive.packaging.PackageInputException;
import org.earchive.packaging.SinglePackageWriter;
import org.earchive.packaging.SipOptions;
import org.earchive.packaging.StagedDirectory;
import org.earchive.packaging.Tt05Packager;
import org.earchive.packaging.Tt05Packages;
import org.earchive.pipeline.BatchOptions;
import org.earchive.pipeline.BatchReport;
import org.earchive.pipeline.OutputBusyException;
import org.xml.sax.SAXException;

/**
 * {@link Earchive#packageFolder}: the clerk's hồ sơ files read, a folder of records converted first when it is
 * not a convert output, the packages planned before anything is written, then written into a hidden folder beside
 * the destination and renamed into place only when complete.
 */
final class Packaging {

    private final RunContext context;
    private final PackageRequest request;
    private final PackagingListener listener;

    Packaging(RunContext context, PackageRequest request, PackagingListener listener) {
        this.context = context;
        this.request = request;
        this.listener = listener;
    }

    PackageResult run() throws PackagingException, InterruptedException {
        ClerkFileDescriptions clerk = hosoDescriptions();
        if (Files.exists(request.out())) {
            // said before any conversion, not after minutes of it
            throw outExists();
        }
        if (!request.needsConversion()) {
            return packageFrom(request.source().toAbsolutePath().normalize(), clerk, null);
        }
        Path kept = request.convertFirst().into();
        Path into = kept != null ? kept.toAbsolutePath().normalize()
                : request.out().toAbsolutePath().normalize().resolveSibling(
                        "." + request.out().getFileName() + ".converted-" + UUID.randomUUID());
        try {
            BatchReport report = convertFirst(into, kept != null);
            return packageFrom(into, clerk, report);
        } finally {
            if (kept == null) {
                deleteQuietly(into);
            }
        }
    }

    private ClerkFileDescriptions hosoDescriptions() throws PackagingException {
        try {
            return ClerkFileDescriptions.read(request.files(), request.fileDefaults());
        } catch (MetadataInputException e) {
            List<String> lines = new ArrayList<>(e.errors().stream().map(String::valueOf).toList());
            lines.add("no package was written; correct the hồ sơ file(s) and run again.");
            throw new PackagingException(Problem.BAD_REQUEST, lines);
        } catch (IOException e) {
            throw new PackagingException(Problem.UNREADABLE, "cannot read the hồ sơ file (" + e.getMessage() + ").");
        }
    }

    /** Converts the source as {@link Earchive#convert} would with its default options, into {@code into}. */
    private BatchReport convertFirst(Path into, boolean kept) throws PackagingException, InterruptedException {
        PackageRequest.ConvertFirst how = request.convertFirst();
        listener.convertingFirst(request.source(), into);
        try {
            OutputFolder.checkWritable(into);
        } catch (IOException e) {
            throw new PackagingException(Problem.NOT_WRITABLE, OutputFolder.notWritable(into, e));
        }
        Earchive earchive;
        try {
            earchive = Earchive.start(context, how.clerk(), how.jobs());
        } catch (IllegalArgumentException e) {
            throw new PackagingException(Problem.BAD_REQUEST, e.getMessage() + ".");
        }
        try (earchive) {
            BatchReport report = earchive.convert(new ConvertRequest(List.of(request.source()), into,
                    BatchOptions.defaults(how.jobs())), listener.conversion());
            listener.converted(report, into, kept);
            return report;
        } catch (OutputBusyException e) {
            throw new PackagingException(Problem.NOT_WRITABLE, e.getMessage());
        } catch (IOException e) {
            // what the batch does not turn into a document's result is not the clerk's to correct
            throw new UncheckedIOException(e);
        }
    }

    private PackageResult packageFrom(Path convertOutput, ClerkFileDescriptions clerk, BatchReport conversion)
            throws PackagingException {
        ConvertedFolder folder;
        try {
            folder = ConvertedFolder.read(convertOutput);
        } catch (PackageInputException e) {
            throw new PackagingException(Problem.BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            throw new PackagingException(Problem.UNREADABLE, "cannot read " + request.source() + ": " + e.getMessage());
        }
        if (folder.documents().isEmpty()) {
            throw new PackagingException(Problem.NOTHING_TO_PACKAGE, request.source()
                    + " holds no converted document to package");
        }
        Instant epoch = context.sourceDateEpoch();
        SipOptions sip = sipOptions(epoch != null ? epoch : Instant.now());
        Tt05Packages tt05 = request.tt05() == null ? null : new Tt05Packages(request.tt05(), sip);
        List<Hoso> plan = tt05 == null ? null : plan(tt05, folder, clerk);
        List<Tt05Packager.Written> written = List.of();
        try (StagedDirectory staged = StagedDirectory.beside(request.out())) {
            if (tt05 != null) {
                written = tt05.write(folder, plan, staged.path(), request.bagit() ? bagOptions(epoch) : null, request.zip());
            } else {
                new SinglePackageWriter(request.profile(), sip, request.bagit() ? bagOptions(epoch) : null, request.zip())
                        .write(folder, staged.path(), request.zipTopName());
            }
            staged.commit();
        } catch (FileAlreadyExistsException e) {
            if (request.out().toAbsolutePath().normalize().toString().equals(e.getFile())) {
                throw outExists();
            }
            throw new PackagingException(Problem.INTERNAL, "two files of the package would have the same name ("
                    + e.getFile() + "); no package was written (a bug: please report it)");
        } catch (SAXException e) {
            throw new PackagingException(Problem.INTERNAL, "an XML file earchive wrote does not validate, so no package"
                    + " was written (a bug: please report it): " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new PackagingException(Problem.NOT_WRITABLE, "cannot write the package " + request.out() + ": "
                    + e.getMessage());
        }
        return new PackageResult(request, written, folder.documents().size(), folder.outputFiles().size(), conversion);
    }

    private List<Hoso> plan(Tt05Packages tt05, ConvertedFolder folder, ClerkFileDescriptions clerk)
            throws PackagingException {
        try {
            return tt05.plan(folder, clerk);
        } catch (PackageInputException e) {
            throw new PackagingException(Problem.BAD_REQUEST, e.getMessage());
        } catch (IOException e) {
            throw new PackagingException(Problem.UNREADABLE, "cannot read the convert output " + request.source() + ": "
                    + e.getMessage());
        }
    }

    private PackagingException outExists() {
        return new PackagingException(Problem.OUT_EXISTS, request.out()
                + " already exists; earchive does not overwrite packages");
    }

    /** The producer is "name version" (e.g. "earchive 1.0"): a SIP's METS names them apart. */
    private SipOptions sipOptions(Instant created) {
        String producer = context.producer();
        int space = producer.indexOf(' ');
        return new SipOptions(request.organization(), created, space < 0 ? producer : producer.substring(0, space),
                space < 0 ? "unknown" : producer.substring(space + 1));
    }

    private BagOptions bagOptions(Instant epoch) {
        // SOURCE_DATE_EPOCH is a UTC instant by definition; without it the clerk's own calendar day
        LocalDate date = epoch != null ? LocalDate.ofInstant(epoch, ZoneOffset.UTC) : LocalDate.now(ZoneId.systemDefault());
        return new BagOptions(request.organization(), date, context.producer());
    }

    private static void deleteQuietly(Path folder) {
        if (Files.exists(folder)) {
            try {
                StagedDirectory.deleteTree(folder);
            } catch (UncheckedIOException e) {
                // a scratch folder left behind is untidy, not wrong: the packages are complete
            }
        }
    }
}
