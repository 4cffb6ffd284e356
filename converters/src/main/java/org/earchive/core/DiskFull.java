package org.earchive.core;

/**
 * Whether an I/O error is the disk (or the user's quota) running out of space. Java has no exception of its own for
 * it: the system's message is all there is ("No space left on device", ENOSPC; "Disk quota exceeded", EDQUOT, on
 * Linux and macOS; "There is not enough space on the disk" on Windows), anywhere in the chain of causes.
 */
public final class DiskFull {

    private DiskFull() {
    }

    public static boolean is(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")
                    || message.contains("not enough space on the disk")) {
                return true;
            }
        }
        return false;
    }
}
