package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.earchive.api.Earchive;
import org.earchive.api.EngineRoute;
import org.earchive.core.OcrSettings;
import org.earchive.core.RunContext;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.pdfa.BundledFonts;
import org.earchive.pipeline.BuiltInEngines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "doctor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class DoctorCommand implements Callable<Integer> {

    private static final long PROBE_SECONDS = 20;

    @Spec
    CommandSpec spec;

    /** @param optional whether earchive's own work goes on without it (OCR: scans stay image-only) */
    private record Check(String engine, String kind, boolean ok, String detail, String remedy, boolean optional) {
        Check(String engine, String kind, boolean ok, String detail, String remedy) {
            this(engine, kind, ok, detail, remedy, false);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = Messages.of(spec);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("Java", messages.get("doctor.kind.runtime"), Runtime.version().feature() >= 17, "Java " + Runtime.version(),
                messages.get("doctor.remedy.java")));
        BuiltInEngines.versions().forEach((engine, version) -> checks.add(new Check(engine, messages.get("doctor.kind.builtIn"), true, version, null)));
        checks.add(new Check(messages.get("doctor.fonts"), messages.get("doctor.kind.builtIn"), BundledFonts.present(),
                String.join(", ", BundledFonts.families()), messages.get("doctor.remedy.fonts")));
        checks.add(tesseract(messages));
        checks.add(libreOffice(messages));
        checks.add(external(messages, "Ghostscript", messages.get("doctor.kind.ghostscript"), List.of("gs", "--version"),
                "apt-get install ghostscript"));
        String rar = org.earchive.unpack.Containers.rarProgram();
        checks.add(new Check("unar / 7-Zip", messages.get("doctor.kind.rar"), rar != null,
                rar != null ? rar : messages.get("doctor.notOnPath"), "apt-get install unar", true));

        Table table = new Table(messages.columns("doctor.columns"));
        for (Check check : checks) {
            table.row(check.engine(), check.kind(), messages.get(check.ok() ? "doctor.ok" : "doctor.missing"), check.detail());
        }
        table.print(out);
        printRoutes(out, messages);
        printOfficeFonts(out, messages);
        boolean needsHelp = false;
        for (Check check : checks) {
            if (!check.ok() && check.remedy() != null) {
                if (!needsHelp) {
                    out.println();
                    out.println(messages.get("doctor.toInstall"));
                    needsHelp = true;
                }
                out.println("  " + check.engine() + ": " + check.remedy());
            }
        }
        out.println();
        printSettings(out, messages);
        out.flush();
        boolean builtInsOk = checks.stream().filter(c -> !c.optional()).allMatch(Check::ok);
        return builtInsOk ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    /** What LibreOffice lays the common Office fonts out in (its replacement table in earchive's profile). */
    private static void printOfficeFonts(PrintWriter out, Messages messages) {
        out.println();
        out.println(messages.get("doctor.officeFonts"));
        Table fonts = new Table(messages.columns("doctor.officeFontColumns"));
        for (org.earchive.convert.office.OfficeFontTable.Replacement row : org.earchive.convert.office.OfficeFontTable.replacements()) {
            String missing = org.earchive.convert.office.OfficeFontTable.missingVietnamese(row.family());
            fonts.row(row.officeFont(), row.family(), messages.get(row.why().startsWith("metric twin") ? "doctor.font.twin" : "doctor.font.standIn"),
                    missing.isEmpty() ? messages.get("doctor.font.allLetters") : messages.get("doctor.font.missing", missing));
        }
        fonts.print(out);
    }

    /**
     * LibreOffice where convert finds it (JODConverter's lookup of the usual install folders, not only PATH), its
     * version asked of that very program: doctor and convert --engine auto always agree.
     */
    private static Check libreOffice(Messages messages) {
        String remedy = "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui";
        org.earchive.convert.office.LibreOfficePool found = org.earchive.convert.office.LibreOfficePool.find(1, 1);
        if (found == null) {
            return new Check("LibreOffice", messages.get("doctor.kind.office"), false, messages.get("doctor.office.notFound"), remedy);
        }
        String version = firstLine(run(List.of(found.executable().toString(), "--version")));
        return new Check("LibreOffice", messages.get("doctor.kind.office"), true,
                (version == null || version.isEmpty() ? "" : version + " ") + "(" + found.home() + ")", remedy);
    }

    /** Which engine converts which media type here: what is installed decides (LibreOffice, else the Java engine). */
    private static void printRoutes(PrintWriter out, Messages messages) {
        out.println();
        out.println(messages.get("doctor.routes"));
        Table routes = new Table(messages.columns("doctor.routeColumns"));
        for (EngineRoute route : Earchive.routes(RunContext.defaults(VersionProvider.producer()))) {
            routes.row(route.mediaType(), engineName(messages, route.engine()),
                    route.fallback() == null ? "-" : engineName(messages, route.fallback()));
        }
        routes.print(out);
    }

    /** "Java engine (office)" as the clerk's language names it; a name it does not know (LibreOffice) as it is. */
    private static String engineName(Messages messages, String engine) {
        String key = "doctor.engine." + engine.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
        return messages.bundle().containsKey(key) ? messages.get(key) : engine;
    }

    /** The same lookup {@code convert} makes: {@value Tesseract#EXECUTABLE_VARIABLE}, else tesseract on PATH. */
    private static Check tesseract(Messages messages) {
        String remedy = messages.get("doctor.remedy.tesseract", Tesseract.EXECUTABLE_VARIABLE);
        Tesseract.Lookup lookup = Tesseract.locate(System.getenv());
        if (!lookup.found()) {
            return new Check("Tesseract", messages.get("doctor.kind.ocr"), false,
                    lookup.problem() + " " + messages.get("doctor.tesseract.imageOnly"), remedy, true);
        }
        Tesseract tesseract = lookup.tesseract();
        List<String> missing = tesseract.missingLanguages(OcrSettings.DEFAULT_LANGUAGES + "+osd");
        String detail = messages.get("doctor.tesseract.languages", tesseract.version(), String.join(" ", tesseract.languages()));
        return new Check("Tesseract", messages.get("doctor.kind.ocr"), missing.isEmpty(),
                missing.isEmpty() ? detail : detail + " " + messages.get("doctor.tesseract.missing", String.join(", ", missing)), remedy, true);
    }

    private static Check external(Messages messages, String engine, String kind, List<String> command, String remedy) {
        String version = firstLine(run(command));
        return new Check(engine, kind, version != null, version == null ? messages.get("doctor.notOnPath") : version, remedy);
    }

    /** The language spoken and the config file in force: what decides the defaults of every other command. */
    private void printSettings(PrintWriter out, Messages messages) {
        out.println(messages.get("doctor.language", messages.language().code()));
        if (spec.root().defaultValueProvider() instanceof ConfigFile config && config.path() != null) {
            out.println(messages.get("doctor.config", config.path(), String.join(", ", config.keys())));
        } else {
            java.nio.file.Path where = ConfigFile.defaultLocation(System.getenv());
            out.println(where == null ? messages.get("doctor.config.noHome") : messages.get("doctor.config.none", where));
        }
    }

    /** The command's output, or null when it is not installed, fails or hangs. */
    private static String run(List<String> command) {
        try {
            Path output = Files.createTempFile("earchive-doctor", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                        .start();
                if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return null;
                }
                return process.exitValue() == 0 ? Files.readString(output, StandardCharsets.UTF_8) : null;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String firstLine(String text) {
        return text == null ? null : text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }
}
