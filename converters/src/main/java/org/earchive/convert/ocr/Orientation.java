package org.earchive.convert.ocr;

/**
 * What Tesseract's orientation detection says about a page.
 *
 * @param clockwise  degrees (0, 90, 180 or 270) the page must be turned clockwise to be read upright;
 *                   the same sense as a PDF page's {@code /Rotate}
 * @param confidence Tesseract's orientation confidence (not a probability; around 15-25 on clear text)
 */
record Orientation(int clockwise, double confidence) {
}
