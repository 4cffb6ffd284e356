package org.earchive.packaging;

/**
 * One thing wrong with a package, said so a person can act on it.
 *
 * @param file    the file concerned, relative to the package root, or "" for the package as a whole
 * @param check   which check found it: "bagit", "veraPDF", "PREMIS 3 XSD", ...
 * @param message one sentence
 */
public record PackageProblem(String file, String check, String message) {
}
