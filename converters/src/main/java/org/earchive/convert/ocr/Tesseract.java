package org.earchive.convert.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Tesseract command line, found once per run: where it is, its version and the languages it has data
 * for. Each call runs one short-lived process for one page image.
 */
public final class Tesseract {

    /** The environment variable that names the executable when it is not {@code tesseract} on PATH. */
    public static final String EXECUTABLE_VARIABLE = "EARCHIVE_TESSERACT";
    /** What a clerk installs on Debian or Ubuntu to make scans searchable in Vietnamese. */
    public static final String INSTALL_HINT = "install tesseract-ocr and tesseract-ocr-vie";
    /** Tesseract's orientation and script detection data; without it pages are read as they come. */
    static final String OSD = "osd";

    private static final Duration PROBE_LIMIT = Duration.ofSeconds(20);
    /**
     * One thread per Tesseract process: pages already run in parallel, and OpenMP threads on top of that
     * only contend for the same cores (OCRmyPDF does the same). It also makes results reproducible.
     */
    private static final Map<String, String> ENVIRONMENT = Map.of("OMP_THREAD_LIMIT", "1");
    private static final Pattern ROTATE = Pattern.compile("(?m)^Rotate:\\s*(\\d+)");
    private static final Pattern CONFIDENCE = Pattern.compile("(?m)^Orientation confidence:\\s*([0-9.]+)");

    private final String executable;
    private final String version;
    private final Set<String> languages;

    private Tesseract(String executable, String version, Set<String> languages) {
        this.executable = executable;
        this.version = version;
        this.languages = Set.copyOf(languages);
    }

    /** Either Tesseract, ready to run, or the sentence that says why OCR is not possible and how to fix it. */
    public record Lookup(Tesseract tesseract, String problem) {
        public boolean found() {
            return tesseract != null;
        }
    }

    /**
     * Finds Tesseract: {@value #EXECUTABLE_VARIABLE} if the environment sets it, else {@code tesseract} on PATH.
     *
     * @param environment the process environment (a parameter so that tests can pass their own)
     */
    public static Lookup locate(Map<String, String> environment) {
        String configured = environment.get(EXECUTABLE_VARIABLE);
        String executable = configured == null || configured.isBlank() ? "tesseract" : configured.strip();
        String where = configured == null || configured.isBlank() ? "on PATH" : "at " + executable + " (" + EXECUTABLE_VARIABLE + ")";
        try {
            ExternalProcess.Outcome versionRun = ExternalProcess.run(List.of(executable, "--version"), ENVIRONMENT, PROBE_LIMIT);
            if (!versionRun.succeeded()) {
                return new Lookup(null, "Tesseract " + where + " does not run (" + versionRun.lastLine() + "): " + INSTALL_HINT + ".");
            }
            ExternalProcess.Outcome listRun = ExternalProcess.run(List.of(executable, "--list-langs"), ENVIRONMENT, PROBE_LIMIT);
            Set<String> languages = new LinkedHashSet<>();
            if (listRun.succeeded()) {
                // the first line is a heading ("List of available languages in ..."), then one name a line
                listRun.output().lines().skip(1).map(String::strip).filter(l -> l.matches("[A-Za-z0-9_]+"))
                        .forEach(languages::add);
            }
            String version = versionRun.output().lines().findFirst().orElse("tesseract").strip();
            return new Lookup(new Tesseract(executable, version, languages), null);
        } catch (IOException e) {
            return new Lookup(null, "Tesseract was not found " + where + ": " + INSTALL_HINT
                    + (configured == null ? "" : ", or correct " + EXECUTABLE_VARIABLE) + ".");
        } catch (ExternalProcess.TimedOut e) {
            return new Lookup(null, "Tesseract " + where + " did not answer within " + PROBE_LIMIT.toSeconds()
                    + " s: reinstall tesseract-ocr.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Lookup(null, "Looking for Tesseract was interrupted.");
        }
    }

    /** "tesseract 5.3.0". */
    public String version() {
        return version;
    }

    public Set<String> languages() {
        return languages;
    }

    /** The languages of a {@code vie+eng} style list that have no data installed, in the order given. */
    public List<String> missingLanguages(String languageList) {
        List<String> missing = new ArrayList<>();
        for (String language : languageList.split("\\+")) {
            if (!languages.contains(language)) {
                missing.add(language);
            }
        }
        return missing;
    }

    boolean canDetectOrientation() {
        return languages.contains(OSD);
    }

    /**
     * How far the page must be turned clockwise to stand upright, from Tesseract's orientation detection
     * ({@code --psm 0}), judged on at least {@code characters} characters (Tesseract's default is 50); null
     * when Tesseract cannot tell (too little text on the page).
     */
    Orientation orientation(Path image, int dpi, int characters, Duration limit)
            throws IOException, ExternalProcess.TimedOut, InterruptedException {
        ExternalProcess.Outcome run = ExternalProcess.runDyingWithEarchive(List.of(executable, image.toString(), "stdout",
                "-l", OSD, "--psm", "0", "--dpi", Integer.toString(dpi), "-c", "min_characters_to_try=" + characters),
                ENVIRONMENT, limit);
        Matcher rotate = ROTATE.matcher(run.output());
        Matcher confidence = CONFIDENCE.matcher(run.output());
        if (!run.succeeded() || !rotate.find() || !confidence.find()) {
            return null;
        }
        return new Orientation(Integer.parseInt(rotate.group(1)) % 360, Double.parseDouble(confidence.group(1)));
    }

    /**
     * Recognises the text of one page image and returns the hOCR file Tesseract wrote ({@code outputBase.hocr}).
     *
     * @throws OcrException when Tesseract fails on the page
     */
    Path hocr(Path image, Path outputBase, String languageList, int dpi, Duration limit)
            throws IOException, ExternalProcess.TimedOut, InterruptedException, OcrException {
        ExternalProcess.Outcome run = ExternalProcess.runDyingWithEarchive(List.of(executable, image.toString(), outputBase.toString(),
                "-l", languageList, "--dpi", Integer.toString(dpi), "hocr"), ENVIRONMENT, limit);
        Path hocr = outputBase.resolveSibling(outputBase.getFileName() + ".hocr");
        if (!run.succeeded() || !Files.isRegularFile(hocr)) {
            throw new OcrException("Tesseract failed (exit " + run.exitCode() + ": " + run.lastLine() + ")");
        }
        return hocr;
    }
}
