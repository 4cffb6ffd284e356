package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.earchive.pipeline.InputCollector;
import org.earchive.pipeline.InputFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk over Hadoop's listing (HDFS, S3A) finds what the CLI's walk finds, skipped entries and reasons included. */
class InputListingTest {

    @TempDir
    Path in;

    @Test
    void hadoopWalkAgreesWithTheCliWalk() throws Exception {
        for (String name : List.of("a.txt", "Thumbs.db", "~$don.docx", ".an.txt", "quyết định số 1.txt", "sub/b.html",
                ".git/config", "nhap/c.txt", "sub/sâu/d.txt", "out/old.pdf")) {
            Path file = in.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, name);
        }
        InputFilter filter = new InputFilter(List.of(), List.of("nhap/**"));
        List<String> cli = new InputCollector().walk(List.of(in), in.resolve("out"), filter).stream()
                .map(d -> d.displayPath() + " | " + d.skipReason()).toList();

        FileSystem fs = TargetFiles.of(new org.apache.hadoop.fs.Path(in.toUri()), new Configuration());
        List<InputFile> listed = InputListing.walk(fs, fs.makeQualified(new org.apache.hadoop.fs.Path(in.toUri())),
                fs.makeQualified(new org.apache.hadoop.fs.Path(in.resolve("out").toUri())), filter);
        assertEquals(cli, listed.stream().map(f -> f.relative() + " | " + f.skipReason()).toList());
        for (InputFile file : listed) {
            assertEquals(in.resolve(file.relative()), Path.of(java.net.URI.create(file.uri())),
                    "the URI a task opens is the file, whatever its name");
        }
    }
}
