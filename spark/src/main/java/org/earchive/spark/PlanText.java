package org.earchive.spark;

import java.util.Map;
import org.earchive.pipeline.BatchPlan;

/** A dry run's plan for a person, in the words {@code earchive convert --dry-run} uses in English. */
final class PlanText {

    private static final Map<BatchPlan.Action, String> COUNTED = Map.of(
            BatchPlan.Action.CONVERT, "to convert (new)",
            BatchPlan.Action.CONVERT_AGAIN, "to convert again (failed before, changed, or --force)",
            BatchPlan.Action.UNCHANGED, "unchanged since the last run (carried over, not converted)",
            BatchPlan.Action.SKIP, "skipped (not records: system files, links out of the input)");

    private PlanText() {
    }

    /** Counts by action and by type, then each entry that has a reason (skipped, converted again, a container). */
    static String of(BatchPlan plan, String output) {
        StringBuilder text = new StringBuilder("Plan for " + output + " (dry run: nothing written): "
                + plan.entries().size() + (plan.entries().size() == 1 ? " entry." : " entries.") + "\n");
        plan.countByAction().forEach((action, count) -> text.append(String.format("  %6d %s%n", count, COUNTED.get(action))));
        text.append("By type:\n");
        plan.countByType().forEach((type, count) -> text.append(String.format("  %6d %s%n", count, type)));
        int width = "convert-again".length() + 1;
        for (BatchPlan.Entry entry : plan.entries()) {
            if (entry.reason() != null) {
                String label = entry.action().id();
                text.append(label).append(" ".repeat(width - label.length())).append(entry.source()).append('\n')
                        .append(" ".repeat(width)).append(entry.reason()).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }
}
