package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A clerk whose machine speaks Vietnamese reads Vietnamese; scripts read the same bytes in every language. */
class LanguageIT {

    private static final Map<String, String> VIETNAMESE_MACHINE = Map.of("LANG", "vi_VN.UTF-8");

    @ParameterizedTest
    @ValueSource(strings = {"", "convert", "detect", "metadata", "package", "validate", "doctor"})
    void helpIsVietnameseOnAVietnameseMachine(String command) {
        Cli cli = command.isEmpty() ? Cli.runIn(VIETNAMESE_MACHINE, "--help") : Cli.runIn(VIETNAMESE_MACHINE, command, "--help");
        assertEquals(0, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("Cách dùng: earchive"), cli::toString);
        assertTrue(cli.out().contains("Mã kết thúc:"), cli::toString);
        assertTrue(cli.out().contains("có tài liệu bị lỗi hoặc không đạt chuẩn"), cli::toString);
        assertFalse(cli.out().contains("Exit codes:"), cli::toString);
        assertFalse(cli.out().contains("Show this help message"), cli::toString);
    }

    @Test
    void vietnameseHelpUsesTheArchivesTerms() {
        String convert = Cli.runIn(VIETNAMESE_MACHINE, "convert", "--help").out();
        String pack = Cli.runIn(VIETNAMESE_MACHINE, "package", "--help").out();
        String all = convert + pack + Cli.runIn(VIETNAMESE_MACHINE, "validate", "--help").out()
                + Cli.runIn(VIETNAMESE_MACHINE, "metadata", "template", "--help").out();
        for (String term : new String[] {"hồ sơ", "tài liệu", "văn bản", "tài liệu gốc", "bản số hóa", "gói tin",
                "gói tin nộp lưu", "siêu dữ liệu", "chuẩn PDF/A", "Thông tư 05/2025/TT-BNV", "trích yếu"}) {
            assertTrue(all.replaceAll("\\s+", " ").contains(term), "the Vietnamese help says '" + term + "'");
        }
    }

    @Test
    void langEnglishWinsOverAVietnameseMachineAndSpeaksAsBefore() {
        Cli vietnameseMachine = Cli.runIn(Map.of("LANG", "vi_VN.UTF-8", "EARCHIVE_LANG", "vi"), "convert", "--help", "--lang", "en");
        Cli englishMachine = Cli.run("convert", "--help");
        assertEquals(englishMachine.out(), vietnameseMachine.out());
        assertTrue(englishMachine.out().contains("Convert files and folders (recursively) to PDF/A"), englishMachine::toString);
        assertTrue(englishMachine.out().contains("Exit codes:"), englishMachine::toString);
    }

    @Test
    void earchiveLangChoosesOnAnEnglishMachine() {
        Cli cli = Cli.runIn(Map.of("LANG", "en_US.UTF-8", "EARCHIVE_LANG", "vi"), "--help");
        assertTrue(cli.out().contains("Mã kết thúc:"), cli::toString);
    }

    @Test
    void anUnknownLanguageIsABadCommandLine() {
        Cli cli = Cli.run("--lang", "fr", "doctor");
        assertEquals(ExitCodes.USAGE, cli.exitCode(), cli::toString);
    }

    @Test
    void theConfigFileGivesDefaultsAndTheLanguage(@TempDir Path home) throws Exception {
        Path config = home.resolve(".config/earchive/earchive.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "lang=vi\njobs=0\n", StandardCharsets.UTF_8);
        Cli cli = Cli.runIn(Map.of("LANG", "C", "HOME", home.toString()), "detect", Fixtures.samples());
        // jobs=0 from the file reached the option: refused as --jobs 0 would be, in Vietnamese
        assertEquals(ExitCodes.USAGE, cli.exitCode(), cli::toString);
        Cli overridden = Cli.runIn(Map.of("LANG", "C", "HOME", home.toString()), "detect", Fixtures.samples(), "--jobs", "1");
        assertEquals(0, overridden.exitCode(), overridden::toString);
        assertTrue(overridden.out().contains("ĐƯỜNG DẪN"), overridden::toString);
        Cli doctor = Cli.runIn(Map.of("LANG", "C", "HOME", home.toString()), "doctor");
        assertTrue(doctor.out().contains("Tệp cấu hình: " + config + " (jobs, lang)"), doctor::toString);
    }

    @Test
    void aKeyThatNamesNoOptionIsRefused(@TempDir Path folder) throws Exception {
        Path config = folder.resolve("nightly.properties");
        Files.writeString(config, "jobz=2\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("--config", config, "doctor");
        assertEquals(ExitCodes.USAGE, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("jobz"), cli::toString);
    }

    @Test
    void detectJsonIsTheSameInEveryLanguage() {
        Cli english = Cli.run("detect", Fixtures.samples(), "--json", "-j", "1");
        Cli vietnamese = Cli.runIn(VIETNAMESE_MACHINE, "detect", Fixtures.samples(), "--json", "-j", "1");
        assertEquals(0, english.exitCode(), english::toString);
        // every byte but the time each inspection took
        assertEquals(english.out().replaceAll("\"durationMs\":\\d+", ""), vietnamese.out().replaceAll("\"durationMs\":\\d+", ""));
    }

    /** The report printed by --json, without what differs from run to run (times). */
    @Test
    void convertJsonIsTheSameInEveryLanguage(@TempDir Path work) throws Exception {
        Cli english = Cli.run("convert", Fixtures.bad(), "--out", work.resolve("en"), "--json", "-j", "1");
        Cli vietnamese = Cli.runIn(VIETNAMESE_MACHINE, "convert", Fixtures.bad(), "--out", work.resolve("vi"), "--json", "-j", "1");
        assertEquals(ExitCodes.SOME_DOCUMENTS_FAILED, english.exitCode(), english::toString);
        assertEquals(withoutTimes(english.out()), withoutTimes(vietnamese.out()));
        assertEquals(withoutTimes(Files.readString(work.resolve("en/.earchive/report.json"))),
                withoutTimes(Files.readString(work.resolve("vi/.earchive/report.json"))));
    }

    private static JsonNode withoutTimes(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        ((ObjectNode) root).remove(java.util.List.of("started", "finished"));
        root.get("documents").forEach(d -> ((ObjectNode) d).remove("durationMs"));
        return root;
    }
}
