package org.earchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.MetadataInputException;
import org.earchive.pipeline.BatchReport;
import picocli.CommandLine.Option;

/** The clerk's metadata files, for convert and for the conversion package makes first. */
final class MetadataOptions {

    @Option(names = "--metadata", paramLabel = "FILE.csv|FILE.xlsx")
    Path csv;

    @Option(names = "--metadata-defaults", paramLabel = "FILE")
    Path defaults;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    boolean given() {
        return csv != null || defaults != null;
    }

    /** @throws UsageException naming every bad cell by row and column */
    ClerkMetadata read() {
        try {
            return ClerkMetadata.read(csv, defaults);
        } catch (MetadataInputException e) {
            Messages messages = Messages.of(mixee);
            List<String> lines = new ArrayList<>(e.errors().stream().map(String::valueOf).map(messages::sentence).toList());
            lines.add(messages.get("metadata.nothingConverted"));
            throw new UsageException(lines);
        } catch (IOException e) {
            throw new UsageException(Messages.of(mixee).get("metadata.unreadable", Messages.of(mixee).sentence(e.getMessage())));
        }
    }

    /** A row whose path names no input is most likely a typo the clerk wants to know about. */
    static void warnAboutUnmatchedRows(PrintWriter err, Messages messages, ClerkMetadata clerk, BatchReport report) {
        Set<String> sources = new HashSet<>();
        report.documents().forEach(d -> sources.add(ClerkMetadata.normalisePath(d.source())));
        for (String path : clerk.paths()) {
            if (!sources.contains(path)) {
                err.println("earchive: " + messages.get("metadata.unmatchedRow", path));
            }
        }
    }
}
