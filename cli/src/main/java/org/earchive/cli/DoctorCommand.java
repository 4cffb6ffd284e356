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
                "install Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless)"));
        BuiltInEngines.versions().forEach((engine, version) -> checks.add(new Check(engine, messages.get("doctor.kind.builtIn"), true, version, null)));
        checks.add(new Check("Fonts", messages.get("doctor.kind.builtIn"), BundledFonts.present(), String.join(", ", BundledFonts.families()),
                "the font jars are missing from lib/: rebuild earchive"));
        checks.add(tesseract(messages));
        checks.add(external(messages, "LibreOffice", messages.get("doctor.kind.office"), List.of("soffice", "--version"),
                "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui"));
        checks.add(external(messages, "Ghostscript", messages.get("doctor.kind.ghostscript"), List.of("gs", "--version"),
                "apt-get install ghostscript"));

        Table table = new Table(messages.columns("doctor.columns"));
        for (Check check : checks) {
            table.row(check.engine(), check.kind(), messages.get(check.ok() ? "doctor.ok" : "doctor.missing"), check.detail());
        }
        table.print(out);
        printRoutes(out, messages);
        printOfficeFonts(out);
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
    private static void printOfficeFonts(PrintWriter out) {
        out.println();
        out.println("Office fonts, as earchive's LibreOffice lays them out (whatever fonts this machine has):");
        Table fonts = new Table("DOCUMENT FONT", "LAID OUT IN", "KEEPS", "VIETNAMESE");
        for (org.earchive.convert.office.OfficeFontTable.Replacement row : org.earchive.convert.office.OfficeFontTable.replacements()) {
            String missing = org.earchive.convert.office.OfficeFontTable.missingVietnamese(row.family());
            fonts.row(row.officeFont(), row.family(), row.why(), missing.isEmpty() ? "all letters" : "MISSING " + missing);
        }
        fonts.print(out);
    }

    /** Which engine converts which media type here: what is installed decides (LibreOffice, else the Java engine). */
    private static void printRoutes(PrintWriter out, Messages messages) {
        out.println();
        out.println(messages.get("doctor.routes"));
        Table routes = new Table(messages.columns("doctor.routeColumns"));
        for (EngineRoute route : Earchive.routes(RunContext.defaults(VersionProvider.producer()))) {
            routes.row(route.mediaType(), route.engine(), route.fallback() == null ? "-" : route.fallback());
        }
        routes.print(out);
    }

    /** The same lookup {@code convert} makes: {@value Tesseract#EXECUTABLE_VARIABLE}, else tesseract on PATH. */
    private static Check tesseract(Messages messages) {
        String remedy = "apt-get install tesseract-ocr tesseract-ocr-vie (Debian/Ubuntu; tesseract-ocr brings eng and"
                + " osd), or set " + Tesseract.EXECUTABLE_VARIABLE + " to the tesseract program";
        Tesseract.Lookup lookup = Tesseract.locate(System.getenv());
        if (!lookup.found()) {
            return new Check("Tesseract", messages.get("doctor.kind.ocr"), false, lookup.problem() + " Scans stay image-only.", remedy, true);
        }
        Tesseract tesseract = lookup.tesseract();
        List<String> missing = tesseract.missingLanguages(OcrSettings.DEFAULT_LANGUAGES + "+osd");
        String detail = tesseract.version() + "; languages: " + String.join(" ", tesseract.languages());
        return new Check("Tesseract", messages.get("doctor.kind.ocr"), missing.isEmpty(),
                missing.isEmpty() ? detail : detail + " (missing " + String.join(", ", missing) + ")", remedy, true);
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
