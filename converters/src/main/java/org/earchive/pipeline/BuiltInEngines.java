package org.earchive.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.earchive.detect.pronom.SignatureFiles;
import org.earchive.validate.VeraPdfValidator;

/** Versions of the libraries earchive embeds, for {@code --version}, {@code doctor} and reports. */
public final class BuiltInEngines {

    private BuiltInEngines() {
    }

    /** Engine name to version, e.g. "PDFBox" to "3.0.8". */
    public static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("veraPDF", VeraPdfValidator.version());
        versions.put("PDFBox", orUnknown(org.apache.pdfbox.util.Version.getVersion()));
        versions.put("Tika", orUnknown(org.apache.tika.Tika.class.getPackage().getImplementationVersion()));
        // PRONOM identification: DROID's code, and the signature files it reads (they decide the identifiers)
        SignatureFiles signatures = SignatureFiles.installed();
        versions.put("DROID", orUnknown(mavenVersion("uk.gov.nationalarchives", "droid-core")) + " ("
                + signatures.binary().name().replace(".xml", "") + ", " + signatures.container().name().replace(".xml", "") + ")");
        // openhtmltopdf's jar names no Implementation-Version; Maven's record of the build inside it does
        versions.put("openhtmltopdf", orUnknown(mavenVersion("io.github.openhtmltopdf", "openhtmltopdf-pdfbox")));
        return versions;
    }

    /** The version in a jar's {@code META-INF/maven/GROUP/ARTIFACT/pom.properties}, or null. */
    private static String mavenVersion(String group, String artifact) {
        String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = BuiltInEngines.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    private static String orUnknown(String version) {
        return version == null ? "unknown" : version;
    }
}
