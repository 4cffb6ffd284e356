package org.earchive.core;

import java.io.InterruptedIOException;

/**
 * One document's work, which whoever started it may give up (its time limit passed). Java cannot stop a thread: a
 * document past its limit is reported {@code timeout} and its result thrown away, but a thread busy parsing or
 * drawing goes on using a core and its memory until it looks. The loops earchive owns (the steps of a document, the
 * operators of each page it scans, draws or reads) call {@link #check()}, so a document given up stops within one
 * step or one page operator. A token rather than the thread's interruption alone: libraries that catch an
 * {@code InterruptedException} clear the flag (PDFBox rendering did), and a token given up stays given up.
 */
public final class Cancellation {

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();

    private volatile boolean givenUp;
    private volatile long clockStarted = System.nanoTime();

    /** The work on this thread, until {@link #release()}, is this token's. */
    public void bindToThisThread() {
        CURRENT.set(this);
    }

    /** This thread's work is done; it may take another document's. */
    public static void release() {
        CURRENT.remove();
    }

    /**
     * The work on this thread starts a document of its own inside the one it was given (an e-mail's attachment, an
     * archive's member): each is a row of the report and has the whole time limit, as every document has.
     */
    public static void restartClock() {
        Cancellation current = CURRENT.get();
        if (current != null) {
            current.clockStarted = System.nanoTime();
        }
    }

    /** Nanoseconds since the work, or the part of it now running, started. */
    public long nanosOnCurrentPart() {
        return System.nanoTime() - clockStarted;
    }

    /** Whoever waited for the work does not any more: it stops at its next check. */
    public void giveUp() {
        givenUp = true;
    }

    /** @throws InterruptedIOException when this thread's work was given up (or the thread interrupted) */
    public static void check() throws InterruptedIOException {
        Cancellation current = CURRENT.get();
        if ((current != null && current.givenUp) || Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("given up: the document took longer than its time limit");
        }
    }
}
