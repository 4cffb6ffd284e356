package org.earchive.pdfa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * The sRGB ICC profile of every PDF/A earchive writes: its OutputIntent, and Ghostscript's and the HTML
 * renderer's. A compact version 4 profile of our own (about 480 bytes, {@link CompactSrgbProfile}) rather than
 * the JDK's 3,144 bytes: it maps colours as the JDK's does, and every PDF carries it.
 */
public final class SrgbProfile {

    private static final byte[] BYTES = CompactSrgbProfile.bytes();

    private SrgbProfile() {
    }

    public static byte[] bytes() {
        return BYTES.clone();
    }

    public static final String NAME = "sRGB IEC61966-2.1";

    /** A new OutputIntent of {@code document} with this profile, named as PDF/A validators expect. */
    public static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        return outputIntent(document, BYTES);
    }

    /**
     * The OutputIntent a PDF/A-1 file needs: PDF 1.4 knows ICC profiles up to version 2, so the compact version 4
     * profile is refused there (veraPDF rule 6.2.2-1) and the JDK's own sRGB profile, version 2, stands in.
     */
    public static PDOutputIntent versionTwoOutputIntent(PDDocument document) throws IOException {
        return outputIntent(document, java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
    }

    /** Whether an ICC profile is an RGB one of version 4 or later (its header: major version at 8, space at 16). */
    static boolean isVersionFourRgb(byte[] profile) {
        return profile.length >= 20 && profile[8] >= 4
                && new String(profile, 16, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RGB ");
    }

    private static PDOutputIntent outputIntent(PDDocument document, byte[] profile) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(NAME);
        intent.setOutputCondition(NAME);
        intent.setOutputConditionIdentifier(NAME);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}
