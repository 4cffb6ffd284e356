package org.earchive.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.earchive.core.ConversionException;
import org.earchive.core.DocumentStatus;
import org.earchive.core.Folders;
import org.earchive.detect.FileInspection;
import org.earchive.detect.FileInspector;
import org.earchive.unpack.Containers;
import org.earchive.unpack.Member;
import org.earchive.unpack.UnpackBudget;
import org.earchive.unpack.Unpacked;

/**
 * detect's look inside archives and mailboxes, as convert will see them: each member taken out to a scratch folder
 * with convert's limits, inspected as a file of its own under the label convert's report gives it
 * ({@code ho-so.zip#bao-cao.docx}), the scratch removed. A container inside a container is opened too, down to
 * {@link UnpackBudget#MAX_DEPTH} levels, all drawing on the outer file's one budget, as in convert.
 */
public final class ContainerInspection {

    private final FileInspector inspector;
    private final Path scratchRoot;

    /** Members taken out under the system's temporary folder. */
    public ContainerInspection(FileInspector inspector) {
        this(inspector, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** @param scratchRoot the folder members are taken out under, each container in a folder of its own */
    public ContainerInspection(FileInspector inspector, Path scratchRoot) {
        this.inspector = inspector;
        this.scratchRoot = scratchRoot;
    }

    /** The media types opened as containers: what {@link FileInspector}'s {@code containerTypes} should be. */
    public static Set<String> containerTypes() {
        return Set.copyOf(Containers.mediaTypes());
    }

    /**
     * The file's inspection followed by its members', in the container's order; the file's alone when it is not a
     * container or could not be inspected.
     */
    public List<FileInspection> inspect(Path file, String label) {
        List<FileInspection> rows = new ArrayList<>();
        FileInspection inspection = inspector.inspect(file, label);
        rows.add(inspection);
        if (inspection.isContainer() && inspection.isOk()) {
            openInto(rows, inspection, file, UnpackBudget.standard(), 0);
        }
        return rows;
    }

    private void openInto(List<FileInspection> rows, FileInspection container, Path file, UnpackBudget budget, int depth) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory(Files.createDirectories(scratchRoot), "earchive-detect-");
            Unpacked unpacked = Containers.unpack(file, container.detection(), scratch, budget, "");
            container.members(unpacked.members().size(), unpacked.stoppedBy());
            for (Member member : unpacked.members()) {
                String label = container.path() + "#" + member.safePath();
                if (!member.isTaken()) {
                    rows.add(FileInspection.memberLeftInside(label, member.refusedAs(), member.sentence()));
                    continue;
                }
                FileInspection inside = inspector.inspect(member.file(), label);
                rows.add(inside);
                if (inside.isContainer() && inside.isOk()) {
                    if (depth + 1 < UnpackBudget.MAX_DEPTH) {
                        openInto(rows, inside, member.file(), budget, depth + 1);
                    } else { // as convert says it
                        inside.notOpened(DocumentStatus.CORRUPT,
                                UnpackBudget.tooDeep(Containers.what(inside.detection().mime()), depth + 1));
                    }
                }
            }
        } catch (ConversionException e) {
            container.notOpened(e.status(), e.sentence());
        } catch (IOException e) {
            container.notOpened(DocumentStatus.UNREADABLE, "The container cannot be opened (" + e.getMessage() + ").");
        } finally {
            if (scratch != null) {
                try {
                    Folders.delete(scratch);
                } catch (IOException ignored) {
                    // a scratch folder left in the temporary directory harms nothing the clerk owns
                }
            }
        }
    }
}
