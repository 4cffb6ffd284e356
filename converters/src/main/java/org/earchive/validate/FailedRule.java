package org.earchive.validate;

/**
 * One rule of the PDF/A standard that a file breaks, as veraPDF reports it.
 *
 * @param id          clause and test number, e.g. "6.2.4.3-2"
 * @param specification the standard, e.g. "ISO 19005-2:2011"
 * @param description what the rule requires
 * @param failures    how many objects in the file break it
 */
public record FailedRule(String id, String specification, String description, int failures) {
}
