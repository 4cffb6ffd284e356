package org.earchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.earchive.detect.TrustStore;
import picocli.CommandLine.Option;

/** {@code --trust-store DIR}: the roots signers' certificates are checked against, the same on every command. */
final class TrustStoreOption {

    /** Described under "trust-store" in messages_vi/en.properties. */
    @Option(names = "--trust-store", paramLabel = "DIR")
    Path folder;

    /** @return the folder, or null; checked now so that a bad folder stops the command before any work */
    Path get() {
        try {
            TrustStore.fromFolder(folder);
            return folder;
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
