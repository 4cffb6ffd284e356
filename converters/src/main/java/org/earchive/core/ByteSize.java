package org.earchive.core;

import java.util.Locale;

/** A size as people write it: "512M", "2G", "300k", "64MiB" or plain bytes (an upload limit, a cache). */
public final class ByteSize {

    private ByteSize() {
    }

    /**
     * @return the size in bytes, at least 1
     * @throws IllegalArgumentException with a sentence saying how to write one
     */
    public static long parse(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
        long unit = 1;
        if (text.endsWith("K") || text.endsWith("M") || text.endsWith("G")) {
            unit = switch (text.charAt(text.length() - 1)) {
                case 'K' -> 1L << 10;
                case 'M' -> 1L << 20;
                default -> 1L << 30;
            };
            text = text.substring(0, text.length() - 1);
        }
        try {
            long size = Long.parseLong(text.strip()) * unit;
            if (size < 1) {
                throw new NumberFormatException();
            }
            return size;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a size: write it like 512M, 2G or 300k");
        }
    }
}
