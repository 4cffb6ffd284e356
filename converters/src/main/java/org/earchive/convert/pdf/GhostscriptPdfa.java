package org.earchive.convert.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.earchive.pdfa.SrgbProfile;

/**
 * Ghostscript's pdfwrite PDF/A-2b conversion, the ladder's third rung: it redraws every page, which cures
 * what repair cannot (device colour without a matching output intent, broken fonts) at the price of the
 * original structure, so earchive only reaches for it when repair failed and checks the result like any other.
 * Run as a separate process with a time limit; never given more than read access to the input and its own
 * scratch folder (-dSAFER).
 */
public final class GhostscriptPdfa {

    private static final long TIMEOUT_SECONDS = 600;

    private final String executable;

    private GhostscriptPdfa(String executable) {
        this.executable = executable;
    }

    @Override
    public String toString() {
        return "Ghostscript at " + executable;
    }

    /** Ghostscript from EARCHIVE_GHOSTSCRIPT or the PATH, or null when it is not installed. */
    public static GhostscriptPdfa find() {
        String configured = System.getenv("EARCHIVE_GHOSTSCRIPT");
        if (configured != null && !configured.isBlank()) {
            return Files.isExecutable(Path.of(configured)) ? new GhostscriptPdfa(configured) : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, "gs");
            if (Files.isExecutable(candidate)) {
                return new GhostscriptPdfa(candidate.toString());
            }
        }
        return null;
    }

    /**
     * Converts {@code source} to {@code target} as PDF/A-2b in sRGB.
     *
     * @return null on success, else what Ghostscript said went wrong
     */
    String convert(Path source, Path target) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(target.getParent(), "gs-");
        try {
            Path icc = Files.write(work.resolve("srgb.icc"), SrgbProfile.bytes());
            Path definitions = Files.writeString(work.resolve("pdfa-def.ps"), definitions(icc), StandardCharsets.US_ASCII);
            Path log = work.resolve("gs.log");
            List<String> command = new ArrayList<>(List.of(executable, "-q", "-dSAFER",
                    "--permit-file-read=" + work.toAbsolutePath() + "/",
                    "-dPDFA=2", "-dBATCH", "-dNOPAUSE", "-dNOOUTERSAVE",
                    "-sColorConversionStrategy=RGB", "-sProcessColorModel=DeviceRGB", "-dPDFACompatibilityPolicy=1",
                    "-sDEVICE=pdfwrite", "-sOutputFile=" + target.toAbsolutePath(),
                    definitions.toAbsolutePath().toString(), source.toAbsolutePath().toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "Ghostscript took longer than " + TIMEOUT_SECONDS + " s";
            }
            if (process.exitValue() != 0 || !Files.exists(target) || Files.size(target) == 0) {
                String said = Files.readString(log, StandardCharsets.ISO_8859_1).strip();
                return "Ghostscript failed (exit " + process.exitValue() + (said.isEmpty() ? "" : ": "
                        + said.lines().limit(3).reduce((a, b) -> a + " " + b).orElse("")) + ")";
            }
            return null;
        } finally {
            try (var files = Files.list(work)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(work);
        }
    }

    /** The PostScript prologue Ghostscript's documentation asks for: the output intent with an sRGB profile. */
    private static String definitions(Path icc) {
        String profile = icc.toAbsolutePath().toString().replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
        return "%!\n"
                + "/ICCProfile (" + profile + ") def\n"
                + "[/_objdef {icc_PDFA} /type /stream /OBJ pdfmark\n"
                + "[{icc_PDFA} << /N 3 >> /PUT pdfmark\n"
                + "[{icc_PDFA} ICCProfile (r) file /PUT pdfmark\n"
                + "[/_objdef {OutputIntent_PDFA} /type /dict /OBJ pdfmark\n"
                + "[{OutputIntent_PDFA} << /Type /OutputIntent /S /GTS_PDFA1 /DestOutputProfile {icc_PDFA}"
                + " /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) >> /PUT pdfmark\n"
                + "[{Catalog} << /OutputIntents [ {OutputIntent_PDFA} ] >> /PUT pdfmark\n";
    }
}
