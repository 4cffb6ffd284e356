package org.earchive.cli;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "earchive",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Turns folders of records into archival PDF/A, checked by veraPDF.",
            "",
            "Born-digital text and HTML become PDF/A-2u; page images become PDF/A-2b, one page per image.",
        },
        subcommands = {
            ConvertCommand.class,
            DetectCommand.class,
            MetadataCommand.class,
            PackageCommand.class,
            IngestCommand.class,
            ValidateCommand.class,
            DoctorCommand.class,
            GenerateCompletion.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  earchive convert ~/ho-so/2021 --out ~/nop-luu/2021",
            "  earchive metadata template ~/ho-so/2021 --out ho-so-2021.csv",
            "  earchive convert ~/ho-so/2021 --out ~/nop-luu/2021 --metadata ho-so-2021.csv",
            "  earchive validate ~/nop-luu/2021",
            "  earchive package ~/nop-luu/2021 --out ~/chuyen-giao/2021 --bagit --organization 'UBND xã Hòa Bình'",
            "  earchive validate ~/chuyen-giao/2021",
            "  earchive doctor",
        })
public final class EarchiveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: convert, detect, metadata, package, validate or doctor.");
    }
}
