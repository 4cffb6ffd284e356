package org.earchive.unpack;

import org.earchive.formats.ZipBombGuard;

/**
 * What one input may unpack to, all nesting levels together: an archive inside an archive draws on the same
 * budget, so a "42.zip" (five levels of sixteen archives each) cannot multiply its way past the limits. The limits
 * are {@link ZipBombGuard}'s, which every ZIP-based document already passes: {@link ZipBombGuard.Limits#CONTAINER}.
 * One budget serves one input, converted on one thread.
 */
public final class UnpackBudget {

    /** How many containers deep members are still taken out: an archive, an archive in it, and two more. */
    public static final int MAX_DEPTH = 4;

    private final ZipBombGuard.Limits limits;
    private int entries;
    private long bytes;

    public UnpackBudget(ZipBombGuard.Limits limits) {
        this.limits = limits;
    }

    /**
     * Why a container {@code depth} levels deep is not opened: its members stay inside it.
     *
     * @param what how the container is called ("ZIP archive", "mailbox")
     */
    public static String tooDeep(String what, int depth) {
        return "This " + what + " lies " + depth + " archives or messages deep; earchive unpacks at most " + MAX_DEPTH
                + " levels (a guard against archives that unpack into themselves), so its members stay inside it.";
    }

    public static UnpackBudget standard() {
        return new UnpackBudget(ZipBombGuard.Limits.CONTAINER);
    }

    public ZipBombGuard.Limits limits() {
        return limits;
    }

    /** Counts one more member; false when the input already holds as many as it may. */
    boolean takeEntry() {
        if (entries >= limits.maxEntries()) {
            return false;
        }
        entries++;
        return true;
    }

    /** Bytes the members written so far may still add, all levels together. */
    long bytesLeft() {
        return limits.maxTotalBytes() - bytes;
    }

    void spent(long written) {
        bytes += written;
    }

    int entries() {
        return entries;
    }
}
