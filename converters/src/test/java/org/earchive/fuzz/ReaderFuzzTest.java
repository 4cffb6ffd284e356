package org.earchive.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.core.DocumentStatus;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.detect.TikaDetector;
import org.earchive.packaging.PackageVerdict;
import org.earchive.packaging.PackageValidator;

/**
 * Fuzz targets for the readers that meet a file before anything else does: detect's PDF, office/ZIP, image and
 * e-mail inspection, and the package validator's ZIP reading. Whatever the bytes, each must end in a status and a
 * sentence; an exception out of them, or the {@code failed} status ("a bug in earchive"), is a finding.
 *
 * <p>{@code mvn -B verify} runs each target once per saved input under {@code ReaderFuzzTestInputs/} (a regression
 * run of a few seconds). To fuzz for real, see docs/hostile-files.md:
 * {@code JAZZER_FUZZ=1 mvn -B test -pl converters -am -Dtest=ReaderFuzzTest#pdf -Dsurefire.failIfNoSpecifiedTests=false};
 * a finding is saved beside the inputs, where it then stays as a regression input.
 */
class ReaderFuzzTest {

    private static final FileInspector INSPECTOR = new FileInspector(new TikaDetector());
    private static final Path SCRATCH = scratch();

    @FuzzTest(maxDuration = "5m")
    void pdf(byte[] bytes) {
        inspectAs("fuzz.pdf", bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void officeZip(byte[] bytes) {
        inspectAs("fuzz.docx", bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void image(byte[] bytes) {
        inspectAs("fuzz.tif", bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void mail(byte[] bytes) {
        inspectAs("fuzz.eml", bytes);
    }

    @FuzzTest(maxDuration = "5m")
    void packageZip(byte[] bytes) throws IOException {
        Path file = write("fuzz-package.zip", bytes);
        PackageVerdict verdict = new PackageValidator().validate(file);
        if (verdict == null) {
            throw new AssertionError("the validator gave no verdict");
        }
    }

    /** Detect's full look (type, hash, content), as {@code earchive detect} gives it. */
    private static void inspectAs(String name, byte[] bytes) {
        FileInspection inspection = INSPECTOR.inspect(write(name, bytes), name);
        if (inspection.failure() == DocumentStatus.FAILED) {
            throw new AssertionError(inspection.message());
        }
        if (!inspection.isOk() && (inspection.message() == null || inspection.message().isBlank())) {
            throw new AssertionError("status " + inspection.status() + " without a sentence");
        }
    }

    private static Path write(String name, byte[] bytes) {
        try {
            return Files.write(SCRATCH.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path scratch() {
        try {
            Path folder = Files.createTempDirectory("earchive-fuzz");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
