package org.earchive.pdfa;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an ICC version 4 display profile of sRGB (IEC 61966-2-1) in about 530 bytes, built from the standard's
 * own numbers: the sRGB primaries and D65 white adapted to the profile connection space's D50 by the Bradford
 * transform, and the sRGB tone curve as a parametric curve (ICC type 3), exact rather than sampled.
 *
 * <p>Every PDF/A carries its output intent profile once; the JDK's sRGB profile is 3,144 bytes (2.4 KB
 * compressed), which is a tenth of a one-page bilevel scan. The three tone curves share one tag, as the ICC
 * allows. Version 4 suits PDF/A-2 and 3 (ISO 32000-1 names ICC.1:2004-10; veraPDF asks for a version below 5).
 */
final class CompactSrgbProfile {

    /** The ICC profile connection space's illuminant, D50, as the ICC writes it (s15Fixed16 0xF6D6, 0x10000, 0xD32D). */
    private static final double[] D50 = {0.9642, 1.0, 0.8249};
    /** sRGB's chromaticities: red, green, blue, white (D65). */
    private static final double[][] PRIMARIES = {{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}};
    private static final double[] D65 = {0.3127, 0.3290};
    private static final double[][] BRADFORD = {
            {0.8951, 0.2664, -0.1614},
            {-0.7502, 1.7135, 0.0367},
            {0.0389, -0.0685, 1.0296}};
    /** sRGB's tone curve, Y = ((X + 0.055) / 1.055)^2.4 from 0.04045 up and X / 12.92 below: g, a, b, c, d. */
    private static final double[] TONE_CURVE = {2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045};

    private CompactSrgbProfile() {
    }

    static byte[] bytes() {
        double[][] adapt = chromaticAdaptation();
        int[][] columns = fixedColumns(multiply(adapt, rgbToXyz()));
        Tags tags = new Tags();
        tags.add("desc", multiLocalized("sRGB IEC61966-2.1"));
        tags.add("cprt", multiLocalized("Public domain"));
        tags.add("wtpt", xyz(fixed(D50[0]), fixed(D50[1]), fixed(D50[2])));
        tags.add("chad", s15Fixed16Array(adapt));
        tags.add("rXYZ", xyz(columns[0][0], columns[1][0], columns[2][0]));
        tags.add("gXYZ", xyz(columns[0][1], columns[1][1], columns[2][1]));
        tags.add("bXYZ", xyz(columns[0][2], columns[1][2], columns[2][2]));
        byte[] curve = parametricCurve();
        tags.add("rTRC", curve);
        tags.share("gTRC", "rTRC");
        tags.share("bTRC", "rTRC");
        return withProfileId(tags.profile(header()));
    }

    /** The 128-byte header, its size and profile ID filled in later. */
    private static byte[] header() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0);                 // size
            out.writeInt(0);                 // preferred CMM: none
            out.writeInt(0x04300000);        // version 4.3
            out.writeBytes("mntr");          // a display profile
            out.writeBytes("RGB ");
            out.writeBytes("XYZ ");
            for (int part : new int[] {2026, 12, 6, 0, 0, 0}) {
                out.writeShort(part);        // a fixed date: the same bytes in every build
            }
            out.writeBytes("acsp");
            out.write(new byte[24]);         // platform, flags, manufacturer, model, attributes
            out.writeInt(0);                 // rendering intent: perceptual
            for (double value : D50) {
                out.writeInt(fixed(value));
            }
            out.write(new byte[4 + 16 + 28]); // creator, profile ID, reserved
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The MD5 of the profile with its flags, rendering intent and ID zeroed (ICC.1 7.2.18), written as its ID. */
    private static byte[] withProfileId(byte[] profile) {
        try {
            byte[] copy = profile.clone();
            Arrays.fill(copy, 44, 48, (byte) 0);
            Arrays.fill(copy, 64, 68, (byte) 0);
            Arrays.fill(copy, 84, 100, (byte) 0);
            System.arraycopy(MessageDigest.getInstance("MD5").digest(copy), 0, profile, 84, 16);
            return profile;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks MD5", e);
        }
    }

    /** XYZ of D65-referred linear sRGB: each column is a primary scaled so that the three add up to the white. */
    private static double[][] rgbToXyz() {
        double[][] primaries = new double[3][3];
        for (int i = 0; i < 3; i++) {
            double x = PRIMARIES[i][0];
            double y = PRIMARIES[i][1];
            primaries[0][i] = x / y;
            primaries[1][i] = 1;
            primaries[2][i] = (1 - x - y) / y;
        }
        double[] scale = multiply(invert(primaries), xyzOf(D65));
        for (int row = 0; row < 3; row++) {
            for (int i = 0; i < 3; i++) {
                primaries[row][i] *= scale[i];
            }
        }
        return primaries;
    }

    /** Bradford's transform from D65 to D50, which the ICC asks display profiles to use and to record in chad. */
    private static double[][] chromaticAdaptation() {
        double[] source = multiply(BRADFORD, xyzOf(D65));
        double[] target = multiply(BRADFORD, D50);
        double[][] cone = new double[3][3];
        for (int i = 0; i < 3; i++) {
            cone[i][i] = target[i] / source[i];
        }
        return multiply(invert(BRADFORD), multiply(cone, BRADFORD));
    }

    /**
     * The matrix in s15Fixed16, each row nudged on its largest entry so that the three columns add up to D50
     * exactly: white (1, 1, 1) then lands on the connection space's white, not a unit off it.
     */
    private static int[][] fixedColumns(double[][] matrix) {
        int[][] fixed = new int[3][3];
        for (int row = 0; row < 3; row++) {
            int largest = 0;
            int sum = 0;
            for (int i = 0; i < 3; i++) {
                fixed[row][i] = fixed(matrix[row][i]);
                sum += fixed[row][i];
                largest = matrix[row][i] > matrix[row][largest] ? i : largest;
            }
            fixed[row][largest] += fixed(D50[row]) - sum;
        }
        return fixed;
    }

    private static double[] xyzOf(double[] xy) {
        return new double[] {xy[0] / xy[1], 1, (1 - xy[0] - xy[1]) / xy[1]};
    }

    private static int fixed(double value) {
        return (int) Math.round(value * 65536);
    }

    private static byte[] xyz(int x, int y, int z) {
        return typed("XYZ ", x, y, z);
    }

    private static byte[] s15Fixed16Array(double[][] matrix) {
        int[] values = new int[9];
        for (int i = 0; i < 9; i++) {
            values[i] = fixed(matrix[i / 3][i % 3]);
        }
        return typed("sf32", values);
    }

    private static byte[] parametricCurve() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBytes("para");
            out.writeInt(0);
            out.writeShort(3);               // function type 3: (aX + b)^g from d up, cX below
            out.writeShort(0);
            for (double parameter : TONE_CURVE) {
                out.writeInt(fixed(parameter));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** multiLocalizedUnicodeType with one record, en-US, which version 4 asks for desc and cprt. */
    private static byte[] multiLocalized(String text) {
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBytes("mluc");
            out.writeInt(0);
            out.writeInt(1);                 // records
            out.writeInt(12);                // record size
            out.writeBytes("enUS");
            out.writeInt(utf16.length);
            out.writeInt(28);                // where the text starts, from the tag's start
            out.write(utf16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] typed(String type, int... values) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBytes(type);
            out.writeInt(0);
            for (int value : values) {
                out.writeInt(value);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] product = new double[3][3];
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                for (int k = 0; k < 3; k++) {
                    product[row][column] += a[row][k] * b[k][column];
                }
            }
        }
        return product;
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] product = new double[3];
        for (int row = 0; row < 3; row++) {
            for (int k = 0; k < 3; k++) {
                product[row] += a[row][k] * v[k];
            }
        }
        return product;
    }

    private static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] inverse = new double[3][3];
        for (int row = 0; row < 3; row++) {
            for (int column = 0; column < 3; column++) {
                int r1 = (column + 1) % 3;
                int r2 = (column + 2) % 3;
                int c1 = (row + 1) % 3;
                int c2 = (row + 2) % 3;
                inverse[row][column] = (m[r1][c1] * m[r2][c2] - m[r1][c2] * m[r2][c1]) / det;
            }
        }
        return inverse;
    }

    /** The tag table and its data, each element on a four-byte boundary; a shared tag points at the same bytes. */
    private static final class Tags {
        private final List<String> signatures = new ArrayList<>();
        private final Map<String, byte[]> data = new HashMap<>();
        private final Map<String, String> sharedWith = new HashMap<>();

        void add(String signature, byte[] element) {
            signatures.add(signature);
            data.put(signature, element);
        }

        void share(String signature, String owner) {
            signatures.add(signature);
            sharedWith.put(signature, owner);
        }

        byte[] profile(byte[] header) {
            int offset = header.length + 4 + 12 * signatures.size();
            Map<String, Integer> offsets = new HashMap<>();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String signature : signatures) {
                byte[] element = data.get(signature);
                if (element != null) {
                    offsets.put(signature, offset + body.size());
                    body.writeBytes(element);
                    while (body.size() % 4 != 0) {
                        body.write(0);
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.write(header);
                out.writeInt(signatures.size());
                for (String signature : signatures) {
                    String owner = sharedWith.getOrDefault(signature, signature);
                    out.writeBytes(signature);
                    out.writeInt(offsets.get(owner));
                    out.writeInt(data.get(owner).length);
                }
                out.write(body.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byte[] profile = bytes.toByteArray();
            int size = profile.length;
            profile[0] = (byte) (size >>> 24);
            profile[1] = (byte) (size >>> 16);
            profile[2] = (byte) (size >>> 8);
            profile[3] = (byte) size;
            return profile;
        }
    }
}
