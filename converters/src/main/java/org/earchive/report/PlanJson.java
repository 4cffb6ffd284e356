package org.earchive.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.earchive.pipeline.BatchPlan;

/**
 * A dry run's plan as JSON, the same from {@code earchive convert --dry-run --json} and from the Spark driver:
 * {@code actions} and {@code types} counted, then every entry with its {@code source}, {@code action}, {@code mime}
 * and {@code reason}.
 */
public final class PlanJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanJson() {
    }

    public static ObjectNode of(BatchPlan plan) {
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
