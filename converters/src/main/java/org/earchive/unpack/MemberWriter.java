package org.earchive.unpack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.earchive.core.DocumentStatus;
import org.earchive.formats.ZipBombGuard;

/**
 * Writes a container's members into a scratch folder, one stream at a time, and holds every member to the limits
 * as its bytes arrive, whatever its headers declare: its own size, the input's total ({@link UnpackBudget}), and
 * its expansion (bytes out per byte in) once past {@link ZipBombGuard#RATIO_FLOOR}. A member over a limit is
 * removed and reported {@code corrupt} with the numbers; its partial bytes never reach a converter. Names come
 * from {@link MemberPaths}; a name that climbs out of the folder is refused before a byte is read.
 */
final class MemberWriter {

    /**
     * Writing to the scratch folder failed (a full disk): the output's trouble, not the container's, so readers let
     * it through rather than calling the container damaged.
     */
    static final class OutputFailure extends IOException {
        OutputFailure(IOException cause) {
            super("writing a member to the scratch folder failed: " + cause.getMessage(), cause);
        }
    }

    /**
     * How a member's copy ended: written; refused before a byte was read (the reader may go on); or cut short at a
     * limit, in the middle of its bytes (a streamed container, whose next member lies beyond the rest of these
     * bytes, stops there).
     */
    enum Outcome { WRITTEN, REFUSED, CUT }

    private final Path folder;
    private final UnpackBudget budget;
    private final MemberPaths paths = new MemberPaths();
    private final List<Member> members = new ArrayList<>();
    private final String what;
    private int position;
    private long writtenHere;
    private String stoppedBy;

    /** @param what the container's kind for sentences, "ZIP archive" */
    MemberWriter(Path folder, UnpackBudget budget, String what) {
        this.folder = folder;
        this.budget = budget;
        this.what = what;
    }

    /** False once the input holds as many members as it may; the container's reader stops there. */
    boolean nextMember() {
        position++;
        if (!budget.takeEntry()) {
            stop("it holds more files than earchive takes out of one input (" + budget.limits().maxEntries()
                    + ", nested archives included); the first " + budget.limits().maxEntries() + " were taken out");
            return false;
        }
        return true;
    }

    /**
     * Copies one member's bytes to scratch.
     *
     * @param compressed its compressed size when the container says it (ZIP), else -1: then the expansion is
     *                   judged on the whole container ({@code containerSize}) against everything written so far
     * @param declared   the size its header declares, or -1
     */
    Outcome write(String name, InputStream content, long compressed, long declared, long containerSize) throws IOException {
        if (MemberPaths.climbs(name)) {
            refuse(name, DocumentStatus.CORRUPT, "The member's name '" + name + "' climbs out of the " + what
                    + " ('..'); unpacked as named it would be written outside its folder, so earchive left it inside.");
            return Outcome.REFUSED;
        }
        MemberPaths.Chosen chosen = paths.next(name, position);
        ZipBombGuard.Limits limits = budget.limits();
        long allowed = Math.min(limits.maxEntryBytes(), budget.bytesLeft());
        if (declared > limits.maxEntryBytes()) {
            members.add(Member.refused(name, chosen.path(), DocumentStatus.CORRUPT, "The member declares "
                    + megabytes(declared) + "; earchive takes out members of at most " + megabytes(limits.maxEntryBytes())
                    + ", so it was left inside the " + what + "."));
            return Outcome.REFUSED;
        }
        Path file = folder.resolve(chosen.path());
        if (!file.normalize().startsWith(folder)) {
            throw new IllegalStateException("member path escaped its folder: " + file); // MemberPaths' promise
        }
        long written = 0;
        String refusal = null;
        byte[] buffer = new byte[64 * 1024];
        OutputStream out = open(file);
        try (out) {
            for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                written += n;
                refusal = overLimit(written, allowed, compressed, declared, containerSize);
                if (refusal != null) {
                    break;
                }
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    throw new OutputFailure(e);
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (refusal != null) {
            Files.delete(file);
            budget.spent(written);
            writtenHere += written;
            members.add(Member.refused(name, chosen.path(), DocumentStatus.CORRUPT, refusal));
            return Outcome.CUT;
        }
        budget.spent(written);
        writtenHere += written;
        members.add(Member.taken(name, chosen.path(), file, chosen.warning()));
        return Outcome.WRITTEN;
    }

    private static OutputStream open(Path file) throws OutputFailure {
        try {
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    private String overLimit(long written, long allowed, long compressed, long declared, long containerSize) {
        ZipBombGuard.Limits limits = budget.limits();
        if (declared >= 0 && written > declared) {
            return "The member declares " + declared + " bytes but expands to more; earchive stopped reading it there"
                    + " (a sign of a \"zip bomb\") and left it inside the " + what + ".";
        }
        if (written > ZipBombGuard.RATIO_FLOOR) {
            long base = compressed > 0 ? compressed : containerSize;
            long expanded = compressed > 0 ? written : writtenHere + written;
            if (base > 0 && expanded / base > limits.maxRatio()) {
                return "The member expands more than " + limits.maxRatio() + " times (" + megabytes(base) + " to over "
                        + megabytes(expanded) + "), far more than real documents do: earchive refused it as a"
                        + " \"zip bomb\" and left it inside the " + what + ".";
            }
        }
        if (written > allowed) {
            return written > limits.maxEntryBytes()
                    ? "The member expands to more than " + megabytes(limits.maxEntryBytes()) + ", earchive's limit for one"
                    + " member; it was left inside the " + what + "."
                    : "The members of this input expand to more than " + megabytes(limits.maxTotalBytes()) + " together,"
                    + " earchive's limit for one input; this one and any after it were left inside the " + what + ".";
        }
        return null;
    }

    /** A member that is not taken out, with its status and sentence. */
    void refuse(String name, DocumentStatus status, String sentence) {
        String path = MemberPaths.climbs(name) ? name : paths.next(name, position).path();
        members.add(Member.refused(name, path, status, sentence));
    }

    /** Stops the container here: the members before stand, the rest is not unpacked, and the container says why. */
    void stop(String why) {
        if (stoppedBy == null) {
            stoppedBy = why;
        }
    }

    Unpacked result() {
        return new Unpacked(members, stoppedBy);
    }

    /** False once the input's members have used all the bytes it may unpack to. */
    boolean budgetLeft() {
        return budget.bytesLeft() > 0;
    }

    /** The current member's 1-based position in the container. */
    int position() {
        return position;
    }

    String what() {
        return what;
    }

    static String megabytes(long bytes) {
        return bytes < (1 << 20) ? bytes + " bytes" : (bytes >> 20) + " MB";
    }
}
