package org.earchive.core;

import java.util.Locale;
import org.earchive.schemas.SchemaCatalog;

/** The descriptive metadata written as {@code X.xml} beside each PDF. */
public enum DescriptionProfile {
    /** TT 05/2025 per-document description ({@code EAD_doc}, SIP variant). */
    TT05(SchemaCatalog.Known.TT05_EAD_DOC),
    /** Dublin Core 1.1 elements under a {@code simpledc} root. */
    DC(SchemaCatalog.Known.SIMPLE_DC);

    private final SchemaCatalog.Known schema;

    DescriptionProfile(SchemaCatalog.Known schema) {
        this.schema = schema;
    }

    public SchemaCatalog.Known schema() {
        return schema;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "tt05" or "dc", as on the command line. */
    public static DescriptionProfile parse(String id) {
        for (DescriptionProfile profile : values()) {
            if (profile.id().equalsIgnoreCase(id.trim())) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown metadata profile '" + id + "': use tt05 or dc");
    }
}
