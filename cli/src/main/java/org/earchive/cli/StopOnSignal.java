package org.earchive.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.earchive.pipeline.StopRequest;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) and SIGTERM while a batch runs. The first asks the batch to stop: no further document starts, the
 * ones in progress finish, the journal and the reports are written, and the run ends with exit code 130 saying how
 * to finish. A second one ends earchive at once (still 130; the shutdown hooks remove half-written files and stop
 * LibreOffice). The JDK has no public API for signals; {@code sun.misc.Signal} is the one every JVM tool uses.
 */
@SuppressWarnings("restriction")
final class StopOnSignal implements AutoCloseable {

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private StopOnSignal() {
    }

    static StopOnSignal install(StopRequest stop, PrintWriter err, Messages messages) {
        StopOnSignal installed = new StopOnSignal();
        SignalHandler handler = signal -> {
            if (stop.requested()) {
                System.exit(ExitCodes.INTERRUPTED);
            }
            stop.request();
            err.println(messages.get("convert.stopping"));
            err.flush();
        };
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal signal = new Signal(name);
                installed.previous.put(signal, Signal.handle(signal, handler));
            } catch (IllegalArgumentException unsupported) {
                // a platform without this signal (or a JVM started with -Xrs): the default behaviour stays
            }
        }
        return installed;
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
