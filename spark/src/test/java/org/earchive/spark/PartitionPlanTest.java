package org.earchive.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionPlanTest {

    @Test
    void aLargeScanGetsATaskOfItsOwnAndLettersShareTasks() {
        List<InputFile> documents = new ArrayList<>();
        documents.add(file(0, 500L * 1024 * 1024)); // a 500-page scan
        for (int i = 1; i <= 200; i++) {
            documents.add(file(i, 20 * 1024));
        }
        List<List<InputFile>> tasks = PartitionPlan.pack(documents, 2);
        assertEquals(List.of(documents.get(0)), tasks.get(0));
        assertEquals(201, tasks.stream().mapToInt(List::size).sum(), "every document in exactly one task");
        assertTrue(tasks.size() >= 2 * PartitionPlan.TASKS_PER_SLOT, "enough tasks to keep both cores busy: " + tasks.size());
        assertTrue(tasks.stream().allMatch(t -> t.size() <= PartitionPlan.MAX_DOCUMENTS));
    }

    private static InputFile file(int index, long size) {
        return new InputFile(index, "file:///in/" + index, index + ".txt", size, 0, null, null);
    }
}
