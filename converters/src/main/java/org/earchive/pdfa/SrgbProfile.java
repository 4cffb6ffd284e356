package org.earchive.pdfa;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/** The sRGB ICC profile that ships with the JDK: the OutputIntent of every PDF/A earchive writes. */
public final class SrgbProfile {

    private static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private SrgbProfile() {
    }

    public static byte[] bytes() {
        return BYTES.clone();
    }

    public static final String NAME = "sRGB IEC61966-2.1";
}
