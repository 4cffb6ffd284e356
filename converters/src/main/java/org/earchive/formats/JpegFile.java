package org.earchive.formats;

import java.io.ByteArrayOutputStream;

/**
 * The few facts about a JPEG file that decide how it can be embedded unchanged: whether it is complete
 * (ends with the End Of Image marker), how many colour components it has, and its ICC profile (carried
 * in APP2 "ICC_PROFILE" segments, possibly split across several).
 */
public final class JpegFile {

    private static final int SOI = 0xD8, EOI = 0xD9, SOS = 0xDA, APP2 = 0xE2;

    public final boolean complete;
    private final int components;
    private final byte[] iccProfile;

    private JpegFile(boolean complete, int components, byte[] iccProfile) {
        this.complete = complete;
        this.components = components;
        this.iccProfile = iccProfile;
    }

    /** Colour components: 1 grey, 3 YCbCr/RGB, 4 CMYK (0 when no frame header was found). */
    public int components() {
        return components;
    }

    /** The embedded ICC profile, joined from its APP2 chunks, or null. */
    public byte[] iccProfile() {
        return iccProfile;
    }

    public static JpegFile read(byte[] bytes) {
        if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != SOI) {
            return new JpegFile(false, 0, null);
        }
        int components = 0;
        ByteArrayOutputStream icc = new ByteArrayOutputStream();
        int pos = 2;
        while (pos + 4 <= bytes.length) {
            if ((bytes[pos] & 0xFF) != 0xFF) {
                break;
            }
            int marker = bytes[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == SOS || marker == EOI) {
                break;
            }
            int length = ((bytes[pos + 2] & 0xFF) << 8) | (bytes[pos + 3] & 0xFF);
            int segment = pos + 4;
            if (isStartOfFrame(marker) && segment + 5 < bytes.length) {
                components = bytes[segment + 5] & 0xFF;
            }
            if (marker == APP2 && length > 16 && startsWithIccTag(bytes, segment)) {
                // "ICC_PROFILE\0", sequence number, count, then the chunk
                icc.write(bytes, segment + 14, Math.min(length - 16, bytes.length - segment - 14));
            }
            pos += 2 + length;
        }
        return new JpegFile(endsWithEoi(bytes), components, icc.size() > 0 ? icc.toByteArray() : null);
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static boolean startsWithIccTag(byte[] bytes, int at) {
        String tag = "ICC_PROFILE";
        if (at + tag.length() >= bytes.length) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            if (bytes[at + i] != tag.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Some scanners pad with zero bytes after EOI; a truncated file has no EOI at all. */
    private static boolean endsWithEoi(byte[] bytes) {
        int end = bytes.length;
        while (end > 2 && bytes[end - 1] == 0) {
            end--;
        }
        return end >= 2 && (bytes[end - 2] & 0xFF) == 0xFF && (bytes[end - 1] & 0xFF) == EOI;
    }
}
