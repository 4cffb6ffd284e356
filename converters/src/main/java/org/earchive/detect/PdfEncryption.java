package org.earchive.detect;

import java.util.Locale;

/** Whether a PDF is encrypted, and what that means for someone who wants to read it. */
public enum PdfEncryption {
    NONE,
    /** Opens without a password, but the author restricted printing, copying or changing it. */
    PERMISSIONS_ONLY,
    /** Cannot be opened without the password. */
    PASSWORD_REQUIRED;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
