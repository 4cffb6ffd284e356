package org.earchive.packaging;

import java.time.Instant;

/**
 * What an E-ARK SIP's METS says about who made it and when.
 *
 * @param organization    the submitting agent (E-ARK SIP requires one)
 * @param created         CREATEDATE and every CREATED: SOURCE_DATE_EPOCH for reproducible packages, otherwise now
 * @param softwareName    the creating software agent, "earchive"
 * @param softwareVersion its version, written as a SOFTWARE VERSION note
 */
public record SipOptions(String organization, Instant created, String softwareName, String softwareVersion) {
}
