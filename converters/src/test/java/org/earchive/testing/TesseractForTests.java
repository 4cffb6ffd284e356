package org.earchive.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.earchive.core.OcrSettings;
import org.earchive.convert.ocr.TesseractOcr;

/**
 * Real Tesseract for tests that need it. Where it is not installed those tests are skipped with the reason;
 * CI sets {@code EARCHIVE_REQUIRE_TESSERACT=1}, so there a missing Tesseract fails them instead.
 */
public final class TesseractForTests {

    private static final TesseractOcr OCR = TesseractOcr.start(OcrSettings.defaults(2), System.getenv());

    private TesseractForTests() {
    }

    public static TesseractOcr require() {
        if (!OCR.available()) {
            String reason = "needs Tesseract with vie and eng: " + OCR.notSearchableReason();
            if ("1".equals(System.getenv("EARCHIVE_REQUIRE_TESSERACT"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        return OCR;
    }

    public static TesseractOcr at(String executable, OcrSettings settings) {
        return TesseractOcr.start(settings, Map.of(org.earchive.convert.ocr.Tesseract.EXECUTABLE_VARIABLE, executable));
    }
}
