package org.earchive.metadata;

import org.earchive.core.DescriptionProfile;

/**
 * How a run describes its documents.
 *
 * @param profile the descriptive metadata written as {@code X.xml}
 * @param clerk   the clerk's defaults and per-document values
 */
public record MetadataSettings(DescriptionProfile profile, ClerkMetadata clerk) {

    public static MetadataSettings defaults() {
        return new MetadataSettings(DescriptionProfile.TT05, ClerkMetadata.none());
    }
}
