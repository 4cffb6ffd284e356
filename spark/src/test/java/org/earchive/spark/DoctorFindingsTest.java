package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.earchive.api.Doctor;
import org.earchive.api.Doctor.Kind;
import org.junit.jupiter.api.Test;

/** Executors' checks side by side: the same finding once, a difference named with its executors. */
class DoctorFindingsTest {

    private static Doctor.Check java() {
        return new Doctor.Check("Java", Kind.RUNTIME, true, false, "Java 17.0.15", null, List.of(), List.of(), null);
    }

    private static Doctor.Check tesseract(String version, List<String> languages, List<String> missing) {
        return new Doctor.Check("Tesseract", Kind.OCR, missing.isEmpty(), true, version, null, languages, missing, null);
    }

    private static Doctor.Check office(boolean found, String home) {
        return new Doctor.Check("LibreOffice", Kind.OFFICE, found, false, found ? "LibreOffice 7.4.7.2" : null, home,
                List.of(), List.of(), null);
    }

    @Test
    void executorsThatAgreeGiveOneLinePerComponentAndExitZero() {
        DoctorFindings findings = DoctorFindings.of(List.of(
                new ExecutorDoctor("1", "node-a", List.of(java(), office(true, "/usr/lib/libreoffice"))),
                new ExecutorDoctor("2", "node-b", List.of(java(), office(true, "/opt/libreoffice"))),
                new ExecutorDoctor("1", "node-a", List.of(java(), office(true, "/usr/lib/libreoffice")))));
        assertEquals(2, findings.executorCount(), "a second task on executor 1 is not a third executor");
        assertEquals(List.of(), findings.disagreements(), "an install folder is not a difference");
        List<String> lines = findings.lines();
        assertEquals("2 executors answered: 1 (node-a), 2 (node-b).", lines.get(0));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("LibreOffice")).count(), String.join("\n", lines));
        assertTrue(lines.contains("Every executor found the same."), String.join("\n", lines));
        assertEquals(SparkConvert.OK, SparkDoctor.exitCode(findings));
    }

    @Test
    void anotherTesseractOrAMissingLanguageIsNamedWithItsExecutors() {
        List<String> languages = List.of("eng", "osd", "vie");
        DoctorFindings findings = DoctorFindings.of(List.of(
                new ExecutorDoctor("1", "node-a", List.of(java(), tesseract("tesseract 5.3.0", languages, List.of()))),
                new ExecutorDoctor("2", "node-b", List.of(java(), tesseract("tesseract 5.3.0", languages, List.of()))),
                new ExecutorDoctor("3", "node-c", List.of(java(),
                        tesseract("tesseract 4.1.1", List.of("eng", "osd"), List.of("vie"))))));
        assertEquals(List.of("Tesseract"), findings.disagreements());
        String text = String.join("\n", findings.lines());
        assertTrue(text.contains("tesseract 5.3.0; languages: eng osd vie  [1 (node-a), 2 (node-b)]"), text);
        assertTrue(text.contains("MISSING  tesseract 4.1.1; languages: eng osd (missing vie)  [3 (node-c)]"), text);
        assertTrue(text.contains("Executors differ in: Tesseract."), text);
        assertTrue(findings.essentialsEverywhere(), "OCR is optional: scans stay image-only");
        assertEquals(SparkConvert.SOME_DOCUMENTS_FAILED, SparkDoctor.exitCode(findings));
    }

    @Test
    void anExecutorWithoutLibreOfficeLacksAnEssential() {
        DoctorFindings findings = DoctorFindings.of(List.of(
                new ExecutorDoctor("1", "node-a", List.of(java(), office(true, "/usr/lib/libreoffice"))),
                new ExecutorDoctor("2", "node-b", List.of(java(), office(false, null)))));
        assertFalse(findings.essentialsEverywhere());
        String text = String.join("\n", findings.lines());
        assertTrue(text.contains("MISSING  not found  [2 (node-b)]"), text);
        assertEquals(SparkConvert.INTERNAL_ERROR, SparkDoctor.exitCode(findings));
    }
}
