package org.earchive.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "metadata",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Archival metadata (TT 05/2025) for a records clerk to check before converting.",
        },
        subcommands = {MetadataTemplateCommand.class})
public final class MetadataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a subcommand: template.");
    }
}
