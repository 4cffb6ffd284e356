package org.earchive.pipeline;

import org.earchive.core.SlashedPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.earchive.core.AtomicFiles;

/**
 * Where a document's files are made and put: scratch files in the state folder, moved into the output tree only
 * once judged, so a crash never leaves a half-written file under a real name.
 */
final class Placement {

    private final OutputLayout layout;

    Placement(OutputLayout layout) {
        this.layout = layout;
    }

    Path newScratchFile() throws IOException {
        Path folder = layout.stateFolder().resolve("tmp");
        Files.createDirectories(folder);
        return folder.resolve(UUID.randomUUID() + ".pdf" + AtomicFiles.PART_SUFFIX);
    }

    /** The PDF under its name, or its NOT-COMPLIANT name; the other one, left by an earlier run, is removed. */
    Path placePdf(Path scratch, SourceDocument document, boolean compliant) throws IOException {
        Path target = compliant ? layout.pdf(document) : layout.notCompliantPdf(document);
        Path stale = compliant ? layout.notCompliantPdf(document) : layout.pdf(document);
        AtomicFiles.place(scratch, target);
        Files.deleteIfExists(stale);
        return target;
    }

    /** The signed source, copied beside its PDF/A the same way the PDF is placed. */
    Path keepSignedOriginal(SourceDocument document) throws IOException {
        Path scratch = newScratchFile();
        try {
            Files.copy(document.path(), scratch, StandardCopyOption.REPLACE_EXISTING);
            Path target = layout.signedOriginal(document);
            AtomicFiles.place(scratch, target);
            return target;
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    /** The path as the report and the journal name it: relative to the output folder, with '/'. */
    String shown(Path placed) {
        return SlashedPaths.of(layout.outputRoot().relativize(placed));
    }
}
