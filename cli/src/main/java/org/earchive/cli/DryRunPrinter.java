package org.earchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.earchive.pipeline.BatchPlan;

/** Prints a {@code convert --dry-run} plan: counts, then the inputs that would not simply be converted. */
final class DryRunPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final boolean json;

    DryRunPrinter(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    void print(BatchPlan plan, Path output) {
        if (json) {
            out.println(toJson(plan).toPrettyString());
            out.flush();
            return;
        }
        out.printf("Plan for %s (dry run: nothing written): %d entr%s.%n", output, plan.entries().size(),
                plan.entries().size() == 1 ? "y" : "ies");
        for (Map.Entry<BatchPlan.Action, Integer> count : plan.countByAction().entrySet()) {
            out.printf("  %6d %s%n", count.getValue(), describe(count.getKey()));
        }
        out.println("By type:");
        for (Map.Entry<String, Integer> count : plan.countByType().entrySet()) {
            out.printf("  %6d %s%n", count.getValue(), count.getKey());
        }
        for (BatchPlan.Entry entry : plan.entries()) {
            if (entry.reason() != null) {
                out.printf("%-13s %s%n              %s%n", entry.action().id(), entry.source(), entry.reason());
            }
        }
        out.flush();
    }

    private static String describe(BatchPlan.Action action) {
        return switch (action) {
            case CONVERT -> "to convert (new)";
            case CONVERT_AGAIN -> "to convert again (failed before, changed, or --force)";
            case UNCHANGED -> "unchanged since the last run (carried over, not converted)";
            case SKIP -> "skipped (not records: system files, links out of the input)";
        };
    }

    private static ObjectNode toJson(BatchPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode actions = root.putObject("actions");
        plan.countByAction().forEach((action, count) -> actions.put(action.id(), count));
        ObjectNode types = root.putObject("types");
        plan.countByType().forEach(types::put);
        ArrayNode entries = root.putArray("documents");
        for (BatchPlan.Entry entry : plan.entries()) {
            entries.addObject().put("source", entry.source()).put("action", entry.action().id())
                    .put("mime", entry.mime()).put("reason", entry.reason());
        }
        return root;
    }
}
