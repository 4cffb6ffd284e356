package org.earchive.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.earchive.validate.VeraPdfValidator;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamps into the jar, plus the engines that decide what the output is. */
public final class VersionProvider implements IVersionProvider {

    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    /** Tool name and version as written into every PDF (Producer, xmp:CreatorTool). */
    public static String producer() {
        return "earchive " + version();
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "earchive " + version(),
            "veraPDF " + VeraPdfValidator.version() + " (greenfield, in-process), Java " + Runtime.version(),
        };
    }
}
