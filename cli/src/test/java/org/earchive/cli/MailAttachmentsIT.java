package org.earchive.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.fixtures.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of e-mails, as a clerk converts it: attachments are documents in the report, on screen, in the log. */
class MailAttachmentsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void attachmentsAreReportedAsDocumentsAndADamagedOneNeedsAttention() throws Exception {
        Path out = work.resolve("out");
        Path log = work.resolve("events.jsonl");
        Cli convert = Cli.run("convert", Fixtures.root().resolve("mail"), "--out", out, "--engine", "java",
                "--profile", "dc", "--jobs", 2, "--log-format", "json", "--log-file", log);

        assertEquals(1, convert.exitCode(), "a damaged attachment is a document that failed: " + convert);
        assertTrue(convert.out().contains("16 document(s)"), convert::toString);
        assertTrue(!convert.out().contains("warning"), "a forged name is listed, not acted on: " + convert);
        assertTrue(convert.out().contains("corrupt") && convert.out().contains("thu-co-dinh-kem.eml#hong.docx"),
                convert::toString);
        JsonNode report = JSON.readTree(out.resolve(".earchive/report.json").toFile());
        int attachments = 0;
        for (JsonNode document : report.get("documents")) {
            if (document.get("source").asText().contains("#")) {
                attachments++;
                assertTrue(document.get("facts").has("part-of"), document.toString());
            } else {
                assertEquals("converted", document.get("status").asText(), document.toString());
                assertEquals("PDF/A-3u", document.get("pdfaLevel").asText());
            }
        }
        assertEquals(3 + 11, attachments, "every attachment of both messages is a row");
        assertTrue(Files.readString(log).contains("\"source\":\"thu-co-dinh-kem.eml#hong.docx\""),
                "the event log names the attachment");

        Cli validate = Cli.run("validate", out, "--json");
        assertEquals(0, validate.exitCode(), "every PDF in the output, attachments' too, is PDF/A: " + validate);
        assertEquals(2 + 2 + 11, validate.out().lines().count(), validate::toString);

        Cli plan = Cli.run("convert", Fixtures.root().resolve("mail"), "--out", out, "--engine", "java",
                "--profile", "dc", "--dry-run", "--json");
        assertEquals(0, plan.exitCode(), plan::toString);
        assertEquals(2, JSON.readTree(plan.out()).get("actions").get("unchanged").asInt(), plan::toString);
    }
}
