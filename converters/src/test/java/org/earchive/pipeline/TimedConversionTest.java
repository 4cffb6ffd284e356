package org.earchive.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.earchive.core.Cancellation;
import org.junit.jupiter.api.Test;

/**
 * A Spark task's time limit counts as the batch's does: from the start of the part now running, so an e-mail whose
 * attachments each finish in time is converted whole, and a part that runs past the limit is given up.
 */
class TimedConversionTest {

    private static final Duration LIMIT = Duration.ofMillis(1500);

    @Test
    void partsThatEachFinishInTimeAreNotGivenUpTogether() {
        List<String> late = new CopyOnWriteArrayList<>();
        List<String> done = TimedConversion.within(LIMIT, "thu.eml", () -> {
            List<String> parts = new ArrayList<>();
            for (int part = 1; part <= 4; part++) { // 4 x 500 ms: more than the limit in all, a third of it each
                Cancellation.restartClock();
                Thread.sleep(500);
                parts.add("part " + part);
            }
            return parts;
        }, late::addAll, () -> List.of("timeout"));
        assertEquals(List.of("part 1", "part 2", "part 3", "part 4"), done);
        assertTrue(late.isEmpty());
    }

    @Test
    void aPartPastTheLimitIsGivenUpAndItsLateResultsDiscarded() throws Exception {
        List<String> late = new CopyOnWriteArrayList<>();
        List<String> done = TimedConversion.within(LIMIT, "thu.eml", () -> {
            Cancellation.restartClock();
            Thread.sleep(100);
            Cancellation.restartClock();
            long until = System.nanoTime() + LIMIT.toNanos() * 3;
            while (System.nanoTime() < until) { // a reader that never looks at its interruption
                Thread.onSpinWait();
            }
            return List.of("written too late");
        }, late::addAll, () -> List.of("timeout"));
        assertEquals(List.of("timeout"), done);
        for (int wait = 0; wait < 300 && late.isEmpty(); wait++) {
            Thread.sleep(50);
        }
        assertEquals(List.of("written too late"), late, "what the given-up work wrote afterwards is handed back to be removed");
    }
}
