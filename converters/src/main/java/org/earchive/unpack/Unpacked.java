package org.earchive.unpack;

import java.util.List;

/**
 * What came out of one container.
 *
 * @param members  every member in the container's order, taken out or not
 * @param stoppedBy null when the whole container was read; else why earchive stopped before its end (a limit of
 *                  {@link UnpackBudget} reached, a stream that cannot be read on): the members before it stand
 */
public record Unpacked(List<Member> members, String stoppedBy) {

    public Unpacked {
        members = List.copyOf(members);
    }
}
