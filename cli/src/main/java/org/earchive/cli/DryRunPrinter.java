package org.earchive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.earchive.pipeline.BatchPlan;
import org.earchive.report.PlanJson;

/** Prints a {@code convert --dry-run} plan: counts, then the inputs that would not simply be converted. */
final class DryRunPrinter {

    private final PrintWriter out;
    private final Messages messages;
    private final boolean json;

    DryRunPrinter(PrintWriter out, Messages messages, boolean json) {
        this.out = out;
        this.messages = messages;
        this.json = json;
    }

    void print(BatchPlan plan, Path output) {
        if (json) {
            out.println(PlanJson.of(plan).toPrettyString());
            out.flush();
            return;
        }
        out.println(messages.get(plan.entries().size() == 1 ? "dryrun.plan.one" : "dryrun.plan.other", output,
                plan.entries().size()));
        for (Map.Entry<BatchPlan.Action, Integer> count : plan.countByAction().entrySet()) {
            out.printf("  %6d %s%n", count.getValue(), messages.get("dryrun.action." + count.getKey().id()));
        }
        out.println(messages.get("dryrun.byType"));
        for (Map.Entry<String, Integer> count : plan.countByType().entrySet()) {
            out.printf("  %6d %s%n", count.getValue(), count.getKey());
        }
        int width = 0;
        for (BatchPlan.Action action : BatchPlan.Action.values()) {
            width = Math.max(width, messages.get("dryrun.label." + action.id()).length());
        }
        String indent = " ".repeat(width + 1);
        for (BatchPlan.Entry entry : plan.entries()) {
            if (entry.reason() != null) {
                String action = messages.get("dryrun.label." + entry.action().id());
                out.println(action + " ".repeat(width + 1 - action.length()) + entry.source());
                out.println(indent + messages.reportTexts().sentence(entry.reason()));
            }
        }
        out.flush();
    }
}
