package org.earchive.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "metadata",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {MetadataTemplateCommand.class})
public final class MetadataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.of(spec).get("error.missingSubcommand"));
    }
}
