package org.earchive.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.earchive.core.DescriptionProfile;
import org.earchive.core.Fixity;
import org.earchive.core.OcrSettings;
import org.earchive.core.OfficeEngine;
import org.earchive.core.Presentation;
import org.earchive.core.LegacyEncodingChoice;
import org.earchive.core.RequestedLevel;
import org.earchive.core.RunContext;
import org.earchive.metadata.ClerkMetadata;
import org.earchive.metadata.MetadataInputException;

/**
 * What the driver was asked for, in a form that travels to the executors: each one builds the same
 * {@link RunContext} and clerk's metadata from it as {@code earchive convert} builds from its options, so a
 * document converts to the same bytes on any machine. The clerk's files travel as their bytes (executors do not
 * see the driver's disk).
 *
 * @param producer              tool name and version written into every PDF
 * @param sourceDateEpochSeconds SOURCE_DATE_EPOCH on the driver, or null
 * @param password              tried on documents that need one ("" for none); sent to the executors, never written
 * @param jobsPerExecutor       documents an executor converts at once (its cores): LibreOffice processes and
 *                              Tesseract processes it may start
 * @param clerkCsv              the {@code --metadata} file's bytes, or null
 * @param clerkDefaults         the {@code --metadata-defaults} file's bytes, or null
 * @param timeoutMillis         the longest one document may take before it is given up as {@code timeout}
 * @param language              "vi" or "en": the reports' language (and an e-mail's header block in its PDF)
 * @param timeZone              the zone the reports show times in, e.g. "Asia/Ho_Chi_Minh"
 * @param level                 {@code --level} ("2b", "3u"...), or null for earchive's choice
 * @param ua                    {@code --ua}: PDF/UA-1 as well
 * @param embedOriginal         {@code --embed-original}: the source in its PDF/A-3
 * @param legacyEncoding        {@code --legacy-encoding}: auto, tcvn3, vni, viscii or off
 * @param trustedCertificates   the {@code --trust-store} folder's certificates (DER), or an empty list for none
 */
public record JobSettings(String producer, Long sourceDateEpochSeconds, String password, String ocrLanguages,
                          long ocrTimeoutSeconds, boolean tt05Strict, String profile, String officeEngine,
                          int jobsPerExecutor, boolean force, byte[] clerkCsv, byte[] clerkDefaults,
                          long timeoutMillis, String language, String timeZone, String level, boolean ua,
                          boolean embedOriginal, String legacyEncoding, List<byte[]> trustedCertificates)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public Duration timeout() {
        return Duration.ofMillis(timeoutMillis);
    }

    /** Checked on the driver, so that a bad option stops the run before any task starts. */
    public RunContext context() {
        return new RunContext(producer, sourceDateEpochSeconds == null ? null : Instant.ofEpochSecond(sourceDateEpochSeconds),
                password, new OcrSettings(ocrLanguages, Duration.ofSeconds(ocrTimeoutSeconds), jobsPerExecutor), tt05Strict,
                DescriptionProfile.parse(profile), OfficeEngine.parse(officeEngine))
                .withPresentation(new Presentation(java.util.Locale.forLanguageTag(language), Presentation.zone(timeZone)))
                .withLevel(RequestedLevel.of(level, ua, embedOriginal))
                .withLegacyEncoding(LegacyEncodingChoice.parse(legacyEncoding));
    }

    /** The clerk's metadata, read from copies written to {@code scratch}. */
    public ClerkMetadata clerk(Path scratch) throws IOException, MetadataInputException {
        if (clerkCsv == null && clerkDefaults == null) {
            return ClerkMetadata.none();
        }
        Files.createDirectories(scratch);
        Path csv = clerkCsv == null ? null : Files.write(scratch.resolve("metadata.csv"), clerkCsv);
        Path defaults = clerkDefaults == null ? null : Files.write(scratch.resolve("metadata-defaults.properties"), clerkDefaults);
        return ClerkMetadata.read(csv, defaults);
    }

    /**
     * The trust store as a folder on this machine: the certificates written into {@code scratch} (one folder per
     * job's settings), or null when none was given. Signatures are then checked against exactly the certificates
     * the driver read, and the run's fingerprint, made from them and not from the folder, is the driver's.
     */
    public Path trustStore(Path scratch) throws IOException {
        if (trustedCertificates == null || trustedCertificates.isEmpty()) {
            return null;
        }
        Files.createDirectories(scratch);
        for (int i = 0; i < trustedCertificates.size(); i++) {
            Files.write(scratch.resolve(String.format(java.util.Locale.ROOT, "trusted-%03d.der", i + 1)), trustedCertificates.get(i));
        }
        return scratch;
    }

    /** Equal for settings that give equal engines: an executor keeps one {@code Earchive} per key. */
    public String key() {
        String whole = producer + "\n" + sourceDateEpochSeconds + "\n" + password + "\n" + ocrLanguages + "\n"
                + ocrTimeoutSeconds + "\n" + tt05Strict + "\n" + profile + "\n" + officeEngine + "\n" + jobsPerExecutor
                + "\n" + language + "\n" + timeZone + "\n" + level + "\n" + ua + "\n" + embedOriginal + "\n" + legacyEncoding
                + "\n" + (clerkCsv == null ? "-" : Fixity.sha256(clerkCsv)) + "\n"
                + (clerkDefaults == null ? "-" : Fixity.sha256(clerkDefaults))
                + "\n" + (trustedCertificates == null ? "-" : String.join(",", trustedCertificates.stream().map(Fixity::sha256).toList()));
        return Fixity.sha256(whole.getBytes(StandardCharsets.UTF_8));
    }
}
