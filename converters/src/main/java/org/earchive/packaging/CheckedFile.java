package org.earchive.packaging;

/**
 * One file inside a package that was checked on its own (a PDF by veraPDF, a PREMIS file by its XSD).
 *
 * @param file   relative to the package root
 * @param check  "veraPDF PDF/A-2b", "PREMIS 3 XSD"
 * @param passed whether it passed
 * @param detail what failed, or "" when it passed
 */
public record CheckedFile(String file, String check, boolean passed, String detail) {
}
