package org.earchive.spark;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Fixity;
import org.earchive.pipeline.JournalEntry;

/**
 * Whether an earlier run's journal line for a document still stands, by the rule of the CLI's re-runs (the
 * pipeline's {@code PreviousRun}), checked where the outputs live, on the target file system: it converted, with the
 * same fingerprint, from the same bytes, into outputs that are still there under the names this batch gives them and
 * with the bytes that run wrote; an e-mail's attachments settled. So a folder half converted by the CLI is finished
 * by Spark, and the reverse.
 */
final class CarryOver {

    /** Attachment outcomes a new try would not change (their own bytes decide them). */
    private static final Set<DocumentStatus> SETTLED_PART_OUTCOMES = EnumSet.of(DocumentStatus.CONVERTED,
            DocumentStatus.SKIPPED, DocumentStatus.CORRUPT, DocumentStatus.UNSUPPORTED, DocumentStatus.EMPTY_FILE,
            DocumentStatus.NOT_COMPLIANT, DocumentStatus.UNPACKED);

    private CarryOver() {
    }

    /**
     * @param expectedPdf the PDF's path relative to the output, as this batch's layout names it
     * @param local       the task's copy of the input
     * @param fingerprint this run's {@code Earchive#fingerprint()}
     * @param output      the output folder on the target
     */
    static boolean stands(JournalEntry previous, String expectedPdf, java.nio.file.Path local, String fingerprint,
                          FileSystem fs, Path output) {
        try {
            // a container (an archive, a mailbox) has no PDF of its own: its outputs are its members', checked below
            boolean container = previous != null && previous.result() != null
                    && previous.result().status() == DocumentStatus.UNPACKED;
            if (previous == null || previous.result() == null || !previous.result().status().isSuccess()
                    || !fingerprint.equals(previous.options())
                    || previous.outputs().isEmpty()
                    || (!container && !expectedPdf.equals(previous.outputs().get(0).path()))
                    || java.nio.file.Files.size(local) != previous.size()
                    || !Fixity.sha256(local).equals(previous.sha256())
                    || previous.parts().stream().anyMatch(part -> !SETTLED_PART_OUTCOMES.contains(part.status()))) {
                return false;
            }
            for (JournalEntry.Output written : previous.outputs()) {
                if (!written.sha256().equals(TargetFiles.sha256(fs, new Path(output, written.path())))) {
                    return false;
                }
            }
            return true;
        } catch (IOException unreadable) {
            return false; // converting again reports the trouble
        }
    }
}
