package org.earchive.cli;

import java.nio.file.Path;
import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The texts of every command (description, options, examples) are in messages_vi/_en.properties. */
@Command(name = "earchive",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {
            ConvertCommand.class,
            DetectCommand.class,
            MetadataCommand.class,
            PackageCommand.class,
            IngestCommand.class,
            ServeCommand.class,
            WatchCommand.class,
            ValidateCommand.class,
            DoctorCommand.class,
            ManCommand.class,
            WorkerCommand.class,
            GenerateCompletion.class,
        })
public final class EarchiveCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Read by {@link Startup} before picocli parses anything (the help is already in that language); here for the parser and the help. */
    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT, converter = LanguageConverter.class)
    Language language;

    /** Read by {@link Startup}, like --lang. */
    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT)
    Path config;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Messages.of(spec).get("error.missingCommand"));
    }

    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            Language language = Language.parse(value);
            if (language == null) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "': vi, en");
            }
            return language;
        }
    }
}
