package org.earchive.convert.image;

import java.util.ArrayList;
import java.util.List;

/**
 * What Thông tư 05/2025/TT-BNV, Điều 8 asks of a scan that a page image can show: a resolution of at least
 * 200 dpi (300 dpi for maps and technical drawings, which earchive cannot tell apart from other pages, so
 * it checks the general minimum). Colour is never reduced by earchive, so "colour as the original" is
 * the scanner's to keep. Pages are collected as they are read and judged once for the whole document.
 */
final class Tt05ScanRules {

    static final String RULE = "Thông tư 05/2025/TT-BNV, Điều 8";
    static final float MIN_DPI = 200f;
    /** Resolutions are stored as fractions (pixels per centimetre, millimetres per pixel): allow rounding. */
    private static final float TOLERANCE = 0.5f;
    private static final int MAX_LISTED = 10;

    private final List<Integer> lowPages = new ArrayList<>();
    private final List<Integer> unknownPages = new ArrayList<>();
    private float lowest = Float.MAX_VALUE;

    void page(int number, float dpiX, float dpiY, boolean dpiAssumed) {
        if (dpiAssumed) {
            unknownPages.add(number);
            return;
        }
        float dpi = Math.min(dpiX, dpiY);
        if (dpi < MIN_DPI - TOLERANCE) {
            lowPages.add(number);
            lowest = Math.min(lowest, dpi);
        }
    }

    /** One sentence per way the scan falls short of the rule; empty when it meets it. */
    List<String> shortfalls(int pageCount) {
        List<String> sentences = new ArrayList<>();
        if (!lowPages.isEmpty()) {
            sentences.add(subject(lowPages, pageCount) + (lowPages.size() == 1 ? " is" : " are") + " scanned at "
                    + Math.round(lowest) + " dpi, below the " + Math.round(MIN_DPI) + " dpi minimum of " + RULE
                    + ": scan again at " + Math.round(MIN_DPI) + " dpi or more.");
        }
        if (!unknownPages.isEmpty()) {
            sentences.add(subject(unknownPages, pageCount) + (unknownPages.size() == 1 ? " records" : " record")
                    + " no resolution, so the " + Math.round(MIN_DPI) + " dpi minimum of " + RULE + " cannot be confirmed.");
        }
        return sentences;
    }

    private static String subject(List<Integer> pages, int pageCount) {
        if (pageCount == 1) {
            return "The page";
        }
        List<String> listed = pages.stream().limit(MAX_LISTED).map(String::valueOf).toList();
        String more = pages.size() > MAX_LISTED ? " and " + (pages.size() - MAX_LISTED) + " more" : "";
        return (pages.size() == 1 ? "Page " : "Pages ") + String.join(", ", listed) + more;
    }
}
