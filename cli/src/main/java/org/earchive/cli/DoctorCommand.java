package org.earchive.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.earchive.api.Doctor;
import org.earchive.api.Earchive;
import org.earchive.api.EngineRoute;
import org.earchive.core.RunContext;
import org.earchive.convert.ocr.Tesseract;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "doctor",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class)
public final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** One row of the table as this command prints it, from one of the library's checks. */
    private record Row(String engine, String kind, boolean ok, String detail, String remedy) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = Messages.of(spec);
        List<Doctor.Check> found = Doctor.run();
        List<Row> checks = found.stream().map(check -> row(messages, check)).toList();
        Table table = new Table(messages.columns("doctor.columns"));
        for (Row check : checks) {
            table.row(check.engine(), check.kind(), messages.get(check.ok() ? "doctor.ok" : "doctor.missing"), check.detail());
        }
        table.print(out);
        printRoutes(out, messages);
        printOfficeFonts(out, messages);
        printScriptFonts(out, messages);
        boolean needsHelp = false;
        for (Row check : checks) {
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
        return Doctor.essentialsPresent(found) ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    /** A library check in the clerk's language, with what to install when it is missing. */
    private static Row row(Messages messages, Doctor.Check check) {
        return switch (check.kind()) {
            case RUNTIME -> new Row(check.engine(), messages.get("doctor.kind.runtime"), check.ok(), check.detail(),
                    messages.get("doctor.remedy.java"));
            case BUILT_IN -> new Row(check.engine(), messages.get("doctor.kind.builtIn"), check.ok(), check.detail(), null);
            case FONTS -> new Row(messages.get("doctor.fonts"), messages.get("doctor.kind.builtIn"), check.ok(), check.detail(),
                    messages.get("doctor.remedy.fonts"));
            case OCR -> new Row(check.engine(), messages.get("doctor.kind.ocr"), check.ok(), tesseractDetail(messages, check),
                    messages.get("doctor.remedy.tesseract", Tesseract.EXECUTABLE_VARIABLE));
            case OFFICE -> new Row(check.engine(), messages.get("doctor.kind.office"), check.ok(),
                    check.location() == null ? messages.get("doctor.office.notFound")
                            : (check.detail().isEmpty() ? "" : check.detail() + " ") + "(" + check.location() + ")",
                    "apt-get install libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui");
            case GHOSTSCRIPT -> new Row(check.engine(), messages.get("doctor.kind.ghostscript"), check.ok(),
                    check.ok() ? check.detail() : messages.get("doctor.notOnPath"), "apt-get install ghostscript");
            case RAR -> new Row(check.engine(), messages.get("doctor.kind.rar"), check.ok(),
                    check.ok() ? check.detail() : messages.get("doctor.notOnPath"), "apt-get install unar");
        };
    }

    private static String tesseractDetail(Messages messages, Doctor.Check check) {
        if (check.detail() == null) {
            return check.problem() + " " + messages.get("doctor.tesseract.imageOnly");
        }
        String detail = messages.get("doctor.tesseract.languages", check.detail(), String.join(" ", check.languages()));
        return check.missing().isEmpty() ? detail : detail + " " + messages.get("doctor.tesseract.missing", String.join(", ", check.missing()));
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
     * Which font draws Chinese, chữ Nôm, Korean, Khmer... in the text, HTML and Java office engines here: letters no
     * bundled font has are drawn in the computer's own fonts, or the document is refused for the words it would lose.
     */
    private static void printScriptFonts(PrintWriter out, Messages messages) {
        out.println();
        out.println(messages.get("doctor.scriptFonts"));
        Table scripts = new Table(messages.columns("doctor.scriptFontColumns"));
        for (org.earchive.pdfa.ScriptFonts.Script script : org.earchive.pdfa.ScriptFonts.survey()) {
            String drawnIn = script.bundled() != null ? messages.get("doctor.script.bundled", script.bundled())
                    : String.join(", ", script.machine().stream().map(file -> file.getFileName().toString()).toList());
            if (!script.drawn()) {
                String missing = messages.get("doctor.script.missing", script.missing(), script.install());
                drawnIn = drawnIn.isEmpty() ? missing : drawnIn + "; " + missing;
            }
            scripts.row(script.script(), script.letters(), drawnIn);
        }
        scripts.print(out);
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
}
