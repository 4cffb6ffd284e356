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
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(BYTES));
        intent.setInfo(NAME);
        intent.setOutputCondition(NAME);
        intent.setOutputConditionIdentifier(NAME);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }
}
