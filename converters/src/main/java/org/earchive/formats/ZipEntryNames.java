package org.earchive.formats;

/**
 * Whether a ZIP entry's name may be unpacked under a folder without escaping it ("zip slip"): no absolute path
 * (Unix, Windows drive or UNC), no backslash (a Windows path separator that unpacks differently on each
 * system), and no ".." segment. The one rule for package checks and for anything that unpacks uploads.
 */
public final class ZipEntryNames {

    private ZipEntryNames() {
    }

    /** @return true when NAME stays inside the folder it is unpacked into */
    public static boolean safe(String name) {
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*") || name.contains("\\")
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
