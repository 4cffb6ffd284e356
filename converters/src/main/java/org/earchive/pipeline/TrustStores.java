package org.earchive.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.earchive.core.RunContext;
import org.earchive.detect.TrustStore;

/** The run's trust store, read from the folder its context names. */
final class TrustStores {

    private TrustStores() {
    }

    /**
     * @throws UncheckedIOException when the folder cannot be read: front ends check it first
     *                              ({@link TrustStore#fromFolder}) so that a run never starts with a bad one
     */
    static TrustStore of(RunContext context) {
        try {
            return TrustStore.fromFolder(context.trustStore());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
