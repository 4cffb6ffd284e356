package org.earchive.api;

import java.io.File;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.earchive.convert.ocr.Tesseract;
import org.earchive.convert.office.LibreOfficePool;
import org.earchive.core.OcrSettings;
import org.earchive.pdfa.BundledFonts;
import org.earchive.pipeline.BuiltInEngines;
import org.earchive.unpack.Containers;

/**
 * What this machine offers earchive's work: Java, the built-in libraries and fonts, and the programs found the way
 * {@code convert} finds them (Tesseract, LibreOffice, Ghostscript, a RAR reader). One list, so that the CLI's
 * {@code doctor} and a Spark job asking every executor say the same things; the words a person reads are the front
 * end's, this class only gathers facts.
 */
public final class Doctor {

    /** How long one program may take to say its version before it counts as not working. */
    private static final long PROBE_SECONDS = 20;

    /** What a component is for, which is what decides how much its absence matters. */
    public enum Kind {
        RUNTIME, BUILT_IN, FONTS, OCR, OFFICE, GHOSTSCRIPT, RAR
    }

    /**
     * One component as found here.
     *
     * @param engine    its name ("Tesseract", "PDFBox"); for {@link Kind#FONTS} the front end names it
     * @param ok        found and usable
     * @param optional  earchive's work goes on without it (scans stay image-only, RAR files are refused)
     * @param detail    a version, a list of font families or a program's path; null when not found
     * @param location  where it is installed, where that matters (LibreOffice's home), else null
     * @param languages Tesseract's installed languages (empty for anything else)
     * @param missing   Tesseract languages earchive's defaults need that are not installed
     * @param problem   why it was not found, in the library's English (a sentence the catalogue translates), or null
     */
    public record Check(String engine, Kind kind, boolean ok, boolean optional, String detail, String location,
            List<String> languages, List<String> missing, String problem) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Check {
            languages = List.copyOf(languages);
            missing = List.copyOf(missing);
        }

        static Check of(String engine, Kind kind, boolean ok, boolean optional, String detail) {
            return new Check(engine, kind, ok, optional, detail, null, List.of(), List.of(), null);
        }
    }

    private Doctor() {
    }

    /** Every check, in the order a person reads them. Starts no long-lived process (LibreOffice is asked its version). */
    public static List<Check> run() {
        List<Check> checks = new ArrayList<>();
        checks.add(Check.of("Java", Kind.RUNTIME, Runtime.version().feature() >= 17, false, "Java " + Runtime.version()));
        BuiltInEngines.versions().forEach((engine, version) -> checks.add(Check.of(engine, Kind.BUILT_IN, true, false, version)));
        checks.add(Check.of("Fonts", Kind.FONTS, BundledFonts.present(), false, String.join(", ", BundledFonts.families())));
        checks.add(tesseract());
        checks.add(libreOffice());
        String ghostscript = firstLine(probe(List.of("gs", "--version")));
        checks.add(Check.of("Ghostscript", Kind.GHOSTSCRIPT, ghostscript != null, false, ghostscript));
        String rar = Containers.rarProgram();
        checks.add(Check.of("unar / 7-Zip", Kind.RAR, rar != null, true, rar));
        return List.copyOf(checks);
    }

    /** Whether everything earchive cannot work without is here (what decides {@code doctor}'s exit code). */
    public static boolean essentialsPresent(List<Check> checks) {
        return checks.stream().filter(c -> !c.optional()).allMatch(Check::ok);
    }

    /** The same lookup {@code convert} makes: the variable naming the program, else tesseract on PATH. */
    private static Check tesseract() {
        Tesseract.Lookup lookup = Tesseract.locate(System.getenv());
        if (!lookup.found()) {
            return new Check("Tesseract", Kind.OCR, false, true, null, null, List.of(), List.of(), lookup.problem());
        }
        Tesseract tesseract = lookup.tesseract();
        List<String> missing = tesseract.missingLanguages(OcrSettings.DEFAULT_LANGUAGES + "+osd");
        return new Check("Tesseract", Kind.OCR, missing.isEmpty(), true, tesseract.version(), null,
                tesseract.languages().stream().sorted().toList(), missing, null);
    }

    /**
     * LibreOffice where convert finds it (JODConverter's lookup of the usual install folders, not only PATH), its
     * version asked of that very program: doctor and {@code convert --engine auto} always agree.
     */
    private static Check libreOffice() {
        LibreOfficePool found = LibreOfficePool.find(1, 1);
        if (found == null) {
            return Check.of("LibreOffice", Kind.OFFICE, false, false, null);
        }
        String version = firstLine(probe(List.of(found.executable().toString(), "--version")));
        return new Check("LibreOffice", Kind.OFFICE, true, false, version == null ? "" : version, found.home().toString(),
                List.of(), List.of(), null);
    }

    /** The command's output, or null when it is not installed, fails or hangs. */
    private static String probe(List<String> command) {
        try {
            Path output = Files.createTempFile("earchive-doctor", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
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
