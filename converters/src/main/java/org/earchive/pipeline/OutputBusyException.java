package org.earchive.pipeline;

import java.io.IOException;

/**
 * The output cannot take this run: another earchive run holds it, or the disk is full or refuses writes. The
 * message is one sentence for the user; the command turns it into exit code 4.
 */
public final class OutputBusyException extends IOException {

    private static final long serialVersionUID = 1L;

    public OutputBusyException(String sentence) {
        super(sentence);
    }

    public OutputBusyException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
