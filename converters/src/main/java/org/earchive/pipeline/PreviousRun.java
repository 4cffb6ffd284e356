package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Fixity;

/**
 * Whether an earlier run's result for an input still stands, so this run need not convert it again: it was
 * converted, with the same options, from an input with the same bytes, into outputs that are still there,
 * under the names this run would give them, with the bytes that run wrote. Anything else is redone, so a
 * failure is always retried and a PDF someone edited or deleted is always rewritten.
 *
 * <p>An e-mail stands with its attachments: their outputs are among the entry's. An attachment that failed for
 * a reason its own bytes decide (damaged, a format earchive does not convert, empty, not PDF/A) would fail the
 * same way again, so it does not make the message be redone; one that might go another way on a new try
 * (encrypted, when a password may now be given; an error; a timeout) does.
 */
final class PreviousRun {

    private static final java.util.Set<DocumentStatus> SETTLED_PART_OUTCOMES = java.util.EnumSet.of(
            DocumentStatus.CONVERTED, DocumentStatus.SKIPPED, DocumentStatus.CORRUPT, DocumentStatus.UNSUPPORTED,
            DocumentStatus.EMPTY_FILE, DocumentStatus.NOT_COMPLIANT, DocumentStatus.UNPACKED);

    private PreviousRun() {
    }

    /** False also when the input or an output cannot be read: converting again reports the trouble. */
    static boolean stillStands(JournalEntry previous, SourceDocument document, String options, OutputLayout layout) {
        try {
            return check(previous, document, options, layout);
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean check(JournalEntry previous, SourceDocument document, String options, OutputLayout layout)
            throws IOException {
        String expectedOutput = layout.outputRoot().relativize(layout.pdf(document)).toString().replace('\\', '/');
        // a container has no PDF of its own: its members' outputs are all its outputs, each checked below
        boolean container = previous != null && previous.result() != null
                && previous.result().status() == DocumentStatus.UNPACKED;
        if (previous == null || previous.result() == null || !previous.result().status().isSuccess()
                || !options.equals(previous.options())
                // the PDF first, then what was written beside it (metadata, a signed original): all still checked below
                || previous.outputs().isEmpty()
                || (!container && !expectedOutput.equals(previous.outputs().get(0).path()))
                || Files.size(document.path()) != previous.size()
                || !Fixity.sha256(document.path()).equals(previous.sha256())
                || previous.parts().stream().anyMatch(part -> !SETTLED_PART_OUTCOMES.contains(part.status()))) {
            return false;
        }
        for (JournalEntry.Output output : previous.outputs()) {
            Path file = layout.outputRoot().resolve(output.path());
            if (!Files.isRegularFile(file) || !Fixity.sha256(file).equals(output.sha256())) {
                return false;
            }
        }
        return true;
    }
}
