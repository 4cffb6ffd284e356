package org.earchive.cli;

/**
 * Whether a person watches the run on a terminal, and how wide it is. A run of its own asks its JVM
 * ({@code System.console()}, the progress bar's own look-up of the width); a job a warm worker runs for a client
 * is told by the client, whose terminal it is (docs/worker.md): the worker has none.
 *
 * @param console as {@code System.console() != null}: standard input and output on a terminal
 * @param columns the terminal's width, 0 when unknown (the progress bar then finds it itself)
 */
record Terminal(boolean console, int columns) {

    private static volatile Terminal ofJob;

    static Terminal current() {
        Terminal told = ofJob;
        return told != null ? told : new Terminal(System.console() != null, 0);
    }

    /** The client's terminal while the worker runs its job; null afterwards. One job at a time. */
    static void ofJob(Terminal terminal) {
        ofJob = terminal;
    }
}
