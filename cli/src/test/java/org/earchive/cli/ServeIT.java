package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code earchive serve} end to end over HTTP on this computer: a text file in, a PDF/A out that {@code validate}
 * accepts; a folder as a ZIP; a SIP received; bad uploads answered with the right status and a sentence (in
 * Vietnamese unless English is asked for), written nowhere; tokens that keep jobs apart; a full queue; SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeIT {

    private static final String CLERK = "token-of-the-records-office-0001";
    private static final String OTHER = "token-of-another-office-00000002";
    private static final long MAX_UPLOAD = 1 << 20;

    @TempDir
    static Path root;

    static Path cwd;
    static Path work;
    static ServeProcess serve;
    /** What a killed service's LibreOffice left in the work folder's tmp/. */
    static Path killedServicesProfile;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        cwd = Files.createDirectories(root.resolve("cwd"));
        work = cwd.resolve("work");
        killedServicesProfile = Files.createDirectories(work.resolve("tmp").resolve("lu1234.tmp").resolve("user"));
        Files.writeString(killedServicesProfile.resolve("registrymodifications.xcu"), "<items/>", StandardCharsets.UTF_8);
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (Path path = killedServicesProfile; !path.equals(work.resolve("tmp")); path = path.getParent()) {
            Files.setLastModifiedTime(path, anHourAgo);
        }
        serve = ServeProcess.start(cwd, work, "--token", CLERK, "--token", OTHER, "--max-upload", "1M", "--jobs", "1",
                "--queue", "3");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    @Order(1)
    void aTextFileComesBackAsPdfaThatValidateAccepts() throws Exception {
        byte[] text = Files.readAllBytes(Fixtures.samples().resolve("bao-cao-tong-ket.txt"));
        HttpResponse<String> posted = serve.post("/convert?name=" + "b%C3%A1o%20c%C3%A1o.txt", CLERK, text);
        assertEquals(202, posted.statusCode(), posted.body());
        String id = ServeProcess.JSON.readTree(posted.body()).path("id").asText();
        assertEquals("/jobs/" + id, posted.headers().firstValue("Location").orElse(""));

        JsonNode job = serve.await(id, CLERK);
        assertEquals("done", job.path("state").asText(), job.toString());
        assertEquals(1, job.path("progress").path("done").asInt());
        JsonNode document = job.path("documents").get(0);
        assertEquals("báo cáo.txt", document.path("source").asText());
        assertEquals("converted", document.path("status").asText(), job.toString());
        assertEquals("PDF/A-2u", document.path("pdfaLevel").asText());

        String href = null;
        for (JsonNode output : document.path("outputs")) {
            if (output.path("path").asText().endsWith(".pdf")) {
                href = output.path("href").asText();
            }
        }
        HttpResponse<byte[]> pdf = serve.download(href, CLERK);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        Path saved = root.resolve("downloaded/báo cáo.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, pdf.body());
        Cli validate = Cli.run("validate", saved);
        assertEquals(ExitCodes.OK, validate.exitCode(), validate::toString);
        try (PDDocument read = Loader.loadPDF(saved.toFile())) {
            String extracted = new PDFTextStripper().getText(read);
            String firstLine = Files.readString(Fixtures.samples().resolve("bao-cao-tong-ket.txt")).strip().lines()
                    .findFirst().orElseThrow().strip();
            assertTrue(extracted.contains(firstLine), "the PDF holds the text sent: " + firstLine);
        }

        HttpResponse<String> report = serve.get("/jobs/" + id + "/report?format=json", CLERK);
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("\"converted\""), report.body());
        HttpResponse<String> html = serve.get("/jobs/" + id + "/report", CLERK);
        assertTrue(html.body().contains("báo cáo.txt"), "report.html names the document");

        Map<String, byte[]> zip = unzip(serve.download("/jobs/" + id + "/result.zip", CLERK).body());
        assertTrue(zip.keySet().containsAll(List.of("báo cáo.pdf", "báo cáo.xml", "báo cáo.premis.xml", "report/report.html")),
                zip.keySet().toString());
        assertFalse(zip.keySet().stream().anyMatch(name -> name.contains("journal")), "earchive's state stays out: " + zip.keySet());

        // another token's jobs do not exist for this one, and no token at all is refused
        assertEquals(404, serve.get("/jobs/" + id, OTHER).statusCode());
        assertEquals(404, serve.download(href, OTHER).statusCode());
        assertFalse(serve.get("/jobs", OTHER).body().contains(id));
        assertTrue(serve.get("/jobs", CLERK).body().contains(id));
    }

    @Test
    @Order(2)
    void aZipOfAFolderIsConvertedAsAFolder() throws Exception {
        byte[] zip = zip(Map.of(
                "hồ sơ 2024/công văn.txt", "Công văn số 12/UBND về việc tổng kết năm 2024.\n".getBytes(StandardCharsets.UTF_8),
                "hồ sơ 2024/phụ lục/bảng kê.txt", "Bảng kê tài liệu nộp lưu.\n".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> posted = serve.post("/convert?name=ho-so-2024.zip", CLERK, zip);
        assertEquals(202, posted.statusCode(), posted.body());
        JsonNode job = serve.await(ServeProcess.JSON.readTree(posted.body()).path("id").asText(), CLERK);
        assertEquals("done", job.path("state").asText(), job.toString());
        assertEquals(2, job.path("progress").path("planned").asInt());
        List<String> sources = new ArrayList<>();
        job.path("documents").forEach(d -> {
            sources.add(d.path("source").asText());
            assertEquals("converted", d.path("status").asText(), d.toString());
        });
        // one top folder: the documents keep the folder's own name
        assertEquals(List.of("hồ sơ 2024/công văn.txt", "hồ sơ 2024/phụ lục/bảng kê.txt"),
                sources.stream().sorted().toList());
    }

    @Test
    @Order(3)
    void aSipIsReceivedIntoAnAipWithAReceipt() throws Exception {
        Path in = Files.createDirectories(root.resolve("sip-in"));
        Files.copy(Fixtures.samples().resolve("bao-cao-tong-ket.txt"), in.resolve("bao-cao-tong-ket.txt"));
        Path metadata = Files.writeString(root.resolve("tai-lieu.csv"),
                "path,fileCode,docOrdinal\nbao-cao-tong-ket.txt,H49.64.33.2025.01,1\n", StandardCharsets.UTF_8);
        Path hoso = Files.writeString(root.resolve("ho-so.csv"),
                "fileCode,title,maintenance,mode\nH49.64.33.2025.01,Hồ sơ tổng kết năm 2024,01,01\n", StandardCharsets.UTF_8);
        Path converted = root.resolve("sip-converted");
        assertEquals(0, Cli.run("convert", in, "--out", converted, "--metadata", metadata, "--quiet").exitCode());
        Path sips = root.resolve("sips");
        Cli pack = Cli.run("package", converted, "--out", sips, "--profile", "tt05-sip-hoso", "--organization",
                "UBND xã Hòa Bình", "--files", hoso, "--json");
        assertEquals(0, pack.exitCode(), pack::toString);
        Path sip = sips.resolve(ServeProcess.JSON.readTree(pack.out()).path("packages").get(0).path("objectId").asText());
        byte[] zip = zipFolder(sip);

        HttpResponse<String> posted = serve.post("/ingest?name=" + sip.getFileName() + ".zip", CLERK, zip);
        assertEquals(202, posted.statusCode(), posted.body());
        String id = ServeProcess.JSON.readTree(posted.body()).path("id").asText();
        JsonNode job = serve.await(id, CLERK);
        assertEquals("done", job.path("state").asText(), job.toString());
        assertEquals("accepted", job.path("ingest").path("outcome").asText(), job.toString());
        HttpResponse<byte[]> receipt = serve.download("/jobs/" + id + "/report?format=pdf", CLERK);
        assertEquals(200, receipt.statusCode());
        assertTrue(new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        Map<String, byte[]> aip = unzip(serve.download("/jobs/" + id + "/result.zip", CLERK).body());
        assertTrue(aip.keySet().stream().anyMatch(name -> name.endsWith("/METS.xml")), aip.keySet().toString());
        assertTrue(aip.keySet().stream().anyMatch(name -> name.startsWith("receipts/")), aip.keySet().toString());
    }

    @Test
    @Order(4)
    void badUploadsGetTheirStatusAndASentenceAndLeaveNothingBehind() throws Exception {
        // not a ZIP, named as one: in Vietnamese by default, in English when the browser prefers it
        HttpResponse<String> notZip = serve.post("/convert?name=ho-so.zip", CLERK, "this is text".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notZip.statusCode());
        assertEquals("notZip", error(notZip).path("error").asText());
        assertTrue(error(notZip).path("message").asText().startsWith("Tệp gửi lên không phải tệp ZIP"), notZip.body());
        HttpResponse<String> notZipEn = serve.post("/convert?name=ho-so.zip", CLERK, "this is text".getBytes(StandardCharsets.UTF_8),
                "Accept-Language", "en-US,en;q=0.9,vi;q=0.5");
        assertTrue(error(notZipEn).path("message").asText().startsWith("The upload is not a ZIP file"), notZipEn.body());
        assertEquals(400, serve.post("/ingest?name=SIP.zip", CLERK, "plain".getBytes(StandardCharsets.UTF_8)).statusCode());

        // a ZIP bomb: 64 MB of zeros in a few tens of kilobytes
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("ho-so/zeros.txt"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(bomb.size() < MAX_UPLOAD, "the bomb fits under the upload limit: " + bomb.size());
        HttpResponse<String> bombed = serve.post("/convert?name=bomb.zip&lang=en", CLERK, bomb.toByteArray());
        assertEquals(422, bombed.statusCode(), bombed.body());
        assertEquals("zipBomb", error(bombed).path("error").asText());
        assertTrue(error(bombed).path("message").asText().contains("ZIP bomb"), bombed.body());

        // an entry that climbs out of the folder
        byte[] slip = zip(Map.of("ho-so/ok.txt", "ok".getBytes(StandardCharsets.UTF_8),
                "../../escaped.txt", "out".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> slipped = serve.post("/convert?name=slip.zip&lang=en", CLERK, slip);
        assertEquals(422, slipped.statusCode(), slipped.body());
        assertEquals("zipPath", error(slipped).path("error").asText());
        assertTrue(error(slipped).path("message").asText().contains("'../../escaped.txt'"), slipped.body());

        // more than --max-upload
        byte[] large = new byte[(int) MAX_UPLOAD + 300_000];
        HttpResponse<String> tooLarge = serve.post("/convert?name=large.txt&lang=en", CLERK, large);
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertTrue(error(tooLarge).path("message").asText().contains("at most 1 MB"), tooLarge.body());

        // an empty file
        assertEquals(400, serve.post("/convert?name=empty.txt", CLERK, new byte[0]).statusCode());

        // no token, a wrong token
        HttpResponse<String> none = serve.post("/convert?name=a.txt&lang=en", null, "a".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, none.statusCode());
        assertEquals("unauthorized", error(none).path("error").asText());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        HttpResponse<String> wrong = serve.post("/convert?name=a.txt", "not-a-token-of-this-service", "a".getBytes(StandardCharsets.UTF_8));
        assertEquals(401, wrong.statusCode());
        assertEquals("Mã truy cập này không được dịch vụ earchive này chấp nhận.", error(wrong).path("message").asText());
        assertEquals(401, serve.get("/jobs", null).statusCode());
        assertEquals(404, serve.get("/jobs/0123456789abcdef0123456789abcdef", CLERK).statusCode());

        // nothing escaped, and every refused upload was removed
        try (Stream<Path> everything = Files.walk(root)) {
            assertFalse(everything.anyMatch(p -> p.getFileName().toString().equals("escaped.txt")), "no file climbed out");
        }
        assertEquals(List.of(), jobsHolding("bomb.zip", "slip.zip", "large.txt", "empty.txt", "zeros.txt", "ok.txt"));
    }

    @Test
    @Order(5)
    void theClerkPageAndTheApiDescriptionAreServedByEarchive() throws Exception {
        HttpResponse<String> page = serve.get("/", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<html lang=\"vi\">") && page.body().contains("Chuyển đổi tài liệu sang PDF/A"));
        assertFalse(page.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing is loaded from elsewhere");
        assertTrue(serve.get("/?lang=en", null).body().contains("Convert records to PDF/A"));
        assertTrue(serve.get("/", null, "Accept-Language", "en-GB").body().contains("<html lang=\"en\">"));
        JsonNode openapi = ServeProcess.JSON.readTree(serve.get("/openapi.json", null).body());
        assertTrue(openapi.path("paths").has("/convert") && openapi.path("paths").has("/jobs/{id}/report"));
        assertEquals(200, serve.get("/app.js", null).statusCode());
    }

    @Test
    @Order(6)
    void whatAKilledServiceLeftInTmpIsRemovedAtStart() {
        assertFalse(Files.exists(killedServicesProfile.getParent()), "a dead service's LibreOffice profile is removed");
        assertTrue(Files.isDirectory(work.resolve("tmp")), "the folder itself stays: java.io.tmpdir points to it");
    }

    @Test
    @Order(6)
    void aSecondServiceOnTheSameWorkFolderIsRefused() throws Exception {
        Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--lang", "en", "serve", "--port", "0", "--work", work.toString())
                .redirectErrorStream(true).start();
        String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OUTPUT_NOT_WRITABLE, second.waitFor(), said);
        assertTrue(said.contains("Another earchive serve is using the work folder"), said);
        assertTrue(serve.get("/openapi.json", null).statusCode() == 200, "the first one goes on");
    }

    /** Runs last: it fills the queue. */
    @Test
    @Order(9)
    void aFullQueueIsRefusedWithRetryAfterAndSigtermStopsTheService() throws Exception {
        byte[] text = "Giấy mời họp.\n".getBytes(StandardCharsets.UTF_8);
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> refused = null;
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            HttpResponse<String> response = serve.post("/convert?name=giay-moi-" + i + ".txt&lang=en", OTHER, text);
            statuses.add(response.statusCode());
            if (response.statusCode() == 503) {
                refused = response;
            } else {
                accepted.add(ServeProcess.JSON.readTree(response.body()).path("id").asText());
            }
        }
        // one worker and three places in the queue: twelve uploads in a row cannot all be taken
        assertTrue(refused != null, "statuses: " + statuses);
        assertEquals("30", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(error(refused).path("message").asText().contains("busy"), refused.body());
        assertTrue(statuses.stream().allMatch(s -> s == 202 || s == 503), statuses.toString());
        for (String id : accepted) {
            assertEquals("done", serve.await(id, OTHER).path("state").asText());
        }

        // the service wrote only in its work folder: its own folder holds nothing else
        try (Stream<Path> files = Files.list(cwd)) {
            assertEquals(List.of(work), files.toList());
        }
        int status = serve.stop();
        assertEquals(143, status, "ended by SIGTERM, its shutdown finished: " + serve.log());
        assertTrue(serve.output().stream().anyMatch(line -> line.contains("earchive serve stopped")), serve.log());
    }

    private static JsonNode error(HttpResponse<String> response) throws IOException {
        return ServeProcess.JSON.readTree(response.body());
    }

    /** Job folders holding a file of one of these names. */
    private static List<Path> jobsHolding(String... names) throws IOException {
        List<String> wanted = List.of(names);
        try (Stream<Path> walk = Files.walk(work.resolve("jobs"))) {
            return walk.filter(p -> wanted.contains(p.getFileName().toString())).toList();
        }
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipFolder(Path folder) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                entries.put(folder.getFileName() + "/" + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return zip(entries);
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
