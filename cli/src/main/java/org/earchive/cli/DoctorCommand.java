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
        versionProvider = VersionProvider.class,
        description = {
            "Say which engines earchive has, which are missing, and how to install them.",
            "",
            "Built-in engines are part of earchive. External ones are optional: without them earchive still",
            "runs and says in the report what it could not do.",
        })
public final class DoctorCommand implements Callable<Integer> {

    private static final long PROBE_SECONDS = 20;

    @Spec
    CommandSpec spec;

    private record Check(String engine, String kind, boolean ok, String detail, String remedy) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("Java", "runtime", Runtime.version().feature() >= 17, "Java " + Runtime.version(),
                "install Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless)"));
        BuiltInEngines.versions().forEach((engine, version) -> checks.add(new Check(engine, "built in", true, version, null)));
        checks.add(new Check("Fonts", "built in", BundledFonts.present(), String.join(", ", BundledFonts.families()),
                "the font jars are missing from lib/: rebuild earchive"));
        checks.add(tesseract());
        checks.add(external("LibreOffice", "office documents, as Office lays them out", List.of("soffice", "--version"),
                "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui"));
        checks.add(external("Ghostscript", "last resort for PDFs repair cannot fix", List.of("gs", "--version"),
                "apt-get install ghostscript"));

        Table table = new Table("ENGINE", "KIND", "STATE", "DETAIL");
        for (Check check : checks) {
            table.row(check.engine(), check.kind(), check.ok() ? "ok" : "MISSING", check.detail());
        }
        table.print(out);
        printRoutes(out);
        printOfficeFonts(out);
        boolean needsHelp = false;
        for (Check check : checks) {
            if (!check.ok() && check.remedy() != null) {
                if (!needsHelp) {
                    out.println();
                    out.println("To install what is missing:");
                    needsHelp = true;
                }
                out.println("  " + check.engine() + ": " + check.remedy());
            }
        }
        out.flush();
        boolean builtInsOk = checks.stream().filter(c -> !c.kind().startsWith("OCR") && !c.kind().contains("later"))
                .allMatch(Check::ok);
        return builtInsOk ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    /** What LibreOffice lays the common Office fonts out in (its replacement table in earchive's profile). */
    private static void printOfficeFonts(PrintWriter out) {
        out.println();
        out.println("Office fonts, as earchive's LibreOffice lays them out (whatever fonts this machine has):");
        Table fonts = new Table("DOCUMENT FONT", "LAID OUT IN", "KEEPS", "VIETNAMESE");
        for (org.earchive.convert.office.OfficeFontTable.Replacement row : org.earchive.convert.office.OfficeFontTable.REPLACEMENTS) {
            String missing = org.earchive.convert.office.OfficeFontTable.missingVietnamese(row.family());
            fonts.row(row.officeFont(), row.family(), row.why(), missing.isEmpty() ? "all letters" : "MISSING " + missing);
        }
        fonts.print(out);
    }

    /** Which engine converts which media type here: what is installed decides (LibreOffice, else the Java engine). */
    private static void printRoutes(PrintWriter out) {
        out.println();
        out.println("Converters (media type -> engine installed here, and the fallback behind it):");
        Table routes = new Table("MEDIA TYPE", "ENGINE", "FALLBACK");
        for (EngineRoute route : Earchive.routes(RunContext.defaults(VersionProvider.producer()))) {
            routes.row(route.mediaType(), route.engine(), route.fallback() == null ? "-" : route.fallback());
        }
        routes.print(out);
    }

    /** The same lookup {@code convert} makes: {@value Tesseract#EXECUTABLE_VARIABLE}, else tesseract on PATH. */
    private static Check tesseract() {
        String remedy = "apt-get install tesseract-ocr tesseract-ocr-vie (Debian/Ubuntu; tesseract-ocr brings eng and"
                + " osd), or set " + Tesseract.EXECUTABLE_VARIABLE + " to the tesseract program";
        Tesseract.Lookup lookup = Tesseract.locate(System.getenv());
        if (!lookup.found()) {
            return new Check("Tesseract", "OCR for scans", false, lookup.problem() + " Scans stay image-only.", remedy);
        }
        Tesseract tesseract = lookup.tesseract();
        List<String> missing = tesseract.missingLanguages(OcrSettings.DEFAULT_LANGUAGES + "+osd");
        String detail = tesseract.version() + "; languages: " + String.join(" ", tesseract.languages());
        return new Check("Tesseract", "OCR for scans", missing.isEmpty(),
                missing.isEmpty() ? detail : detail + " (missing " + String.join(", ", missing) + ")", remedy);
    }

    private static Check external(String engine, String kind, List<String> command, String remedy) {
        String version = firstLine(run(command));
        return new Check(engine, kind, version != null, version == null ? "not found on PATH" : version, remedy);
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
