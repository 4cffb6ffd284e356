package org.earchive.pipeline;

/**
 * A front end's wish that a batch end early: Ctrl-C or SIGTERM at the command line, a service shutting down. The
 * batch starts no further document, lets the ones in progress finish (each within its time limit), journals them and
 * writes the reports of what was done; the documents it did not reach are converted by the next run of the same
 * command. Requested from any thread.
 */
public final class StopRequest {

    private volatile boolean requested;

    /** One that nobody will make: the batch runs to its end. */
    public static StopRequest never() {
        return new StopRequest();
    }

    public void request() {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }
}
