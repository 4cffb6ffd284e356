package org.earchive.packaging;

import java.time.LocalDate;

/**
 * What bag-info.txt says beside what the bag computes itself.
 *
 * @param organization Source-Organization, or null to leave it out
 * @param baggingDate  Bagging-Date: from SOURCE_DATE_EPOCH for reproducible bags, otherwise today
 * @param software     Bag-Software-Agent, e.g. "earchive 0.1.0"
 */
public record BagOptions(String organization, LocalDate baggingDate, String software) {
}
