package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clerk page as a clerk uses it, in a real browser (headless Chromium, driven over its DevTools protocol):
 * sign in with the token, choose a file and then a folder, watch the jobs finish, read each document's result
 * and the report in the page. Skipped with the reason where Chromium is missing; required where
 * EARCHIVE_REQUIRE_CHROMIUM=1 (.ci/run sets it and installs Chromium).
 */
class ClerkPageIT {

    private static final String TOKEN = "token-of-the-records-office-0001";

    @TempDir
    Path root;

    @Test
    void aClerkSendsAFileAndAFolderAndReadsTheReportInThePage() throws Exception {
        Optional<Path> chromium = DevTools.chromium();
        if (chromium.isEmpty() && "1".equals(System.getenv("EARCHIVE_REQUIRE_CHROMIUM"))) {
            fail("EARCHIVE_REQUIRE_CHROMIUM=1 but Chromium is not on PATH (apt-get install chromium)");
        }
        assumeTrue(chromium.isPresent(), "headless Chromium is not installed (apt-get install chromium); .ci/run installs it");

        Path cwd = Files.createDirectories(root.resolve("serve"));
        Path upload = Files.createDirectories(root.resolve("chosen"));
        Path file = Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), upload.resolve("báo cáo tổng kết.txt"));
        Path folder = Files.createDirectories(upload.resolve("hồ sơ 01"));
        Files.writeString(folder.resolve("giấy mời.txt"), "Giấy mời họp tổng kết năm 2024.\n");
        Files.writeString(Files.createDirectories(folder.resolve("phụ lục")).resolve("danh sách.txt"), "Danh sách đại biểu.\n");

        try (ServeProcess serve = ServeProcess.start(cwd, cwd.resolve("work"), "--token", TOKEN, "--jobs", "1");
             DevTools browser = DevTools.start(chromium.get(), root.resolve("profile"))) {
            browser.navigate(serve.uri("/").toString());
            assertEquals("vi", browser.evaluate("document.documentElement.lang").asText());
            assertTrue(browser.evaluate("document.body.innerText").asText().contains("Chuyển đổi tài liệu sang PDF/A"));

            // the token asked for, once: it becomes a cookie the page's requests carry
            browser.waitFor("!document.getElementById('signin').hidden");
            browser.evaluate("document.getElementById('token').value = '" + TOKEN + "';"
                    + " document.getElementById('token-form').requestSubmit(); true");
            browser.waitFor("document.getElementById('signin').hidden");

            browser.chooseFiles("#files", List.of(file));
            browser.waitFor("document.querySelector('.job.done')");
            String job = browser.evaluate("document.querySelector('.job.done').innerText").asText();
            assertTrue(job.contains("báo cáo tổng kết.txt") && job.contains("đã chuyển đổi (PDF/A-2u)"), job);
            assertTrue(job.contains("báo cáo tổng kết.pdf"), "the PDF/A is offered for download: " + job);

            // the report, read in the page
            browser.evaluate("document.querySelector('.job.done .show-report').click(); true");
            browser.waitFor("(() => { const f = document.querySelector('.job.done iframe.report');"
                    + " return f && f.contentDocument && f.contentDocument.body && f.contentDocument.body.innerText.includes('PDF/A-2u'); })()");
            String report = browser.evaluate("document.querySelector('.job.done iframe.report').contentDocument.body.innerText").asText();
            assertTrue(report.contains("báo cáo tổng kết.txt"), report);

            // a folder, sent as a ZIP the page makes
            browser.chooseFiles("#folder", List.of(folder));
            browser.waitFor("document.querySelectorAll('.job.done').length === 2");
            String folderJob = browser.evaluate("document.querySelector('.job.done').innerText").asText();
            assertTrue(folderJob.contains("hồ sơ 01.zip") && folderJob.contains("2 / 2 tài liệu"), folderJob);
            assertTrue(folderJob.contains("hồ sơ 01/phụ lục/danh sách.txt") && folderJob.contains("giấy mời.txt"), folderJob);
            assertTrue(browser.evaluate("document.querySelector('.job.done a.download').getAttribute('href')").asText()
                    .endsWith("/result.zip"));
        }
    }
}
