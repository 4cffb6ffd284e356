package org.earchive.core;

import java.util.Locale;

/** Which engine lays out office documents. */
public enum OfficeEngine {
    /** LibreOffice when it is installed, else the Java engine. */
    AUTO,
    /** LibreOffice, and it is an error when it is not installed. */
    LIBREOFFICE,
    /** The Java engine (Tika + the HTML renderer), always available. */
    JAVA;

    /** "libreoffice" as well as "LIBREOFFICE". */
    public static OfficeEngine parse(String value) {
        for (OfficeEngine engine : values()) {
            if (engine.name().equalsIgnoreCase(value.trim())) {
                return engine;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + value + "': use auto, libreoffice or java");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
