package org.earchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.earchive.detect.TrustStore;
import picocli.CommandLine.Option;

/** {@code --trust-store DIR}: the roots signers' certificates are checked against, the same on every command. */
final class TrustStoreOption {

    @Option(names = "--trust-store", paramLabel = "DIR",
            description = "A folder of PEM or DER certificates (e.g. Vietnam's national root CA and the Government CA)"
                    + " that signers' certificate chains are checked against. Without it, signatures are still checked"
                    + " for integrity, and whether the signer is trusted is reported as not checked. None is shipped.")
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
