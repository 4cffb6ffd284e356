package org.earchive.detect;

/**
 * One page's class and the evidence for it.
 *
 * @param page      1-based page number
 * @param marks     what the content stream draws
 * @param pageClass the class decided from the marks
 * @param rendered  true when the marks alone were ambiguous and the page was rendered to decide
 */
public record PageEvidence(int page, PageMarks marks, DocumentClass pageClass, boolean rendered) {
}
