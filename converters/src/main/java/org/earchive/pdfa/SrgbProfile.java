package org.earchive.pdfa;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/** The sRGB ICC profile that ships with the JDK: the OutputIntent of every PDF/A earchive writes. */
public final class SrgbProfile {

    private static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

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
