package org.earchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The check every command makes before it starts: each input path the user named exists and can be read. */
final class InputPaths {

    private InputPaths() {
    }

    /** @throws CommandException with exit code 3 and one sentence for the first bad path */
    static void require(List<Path> paths, Messages messages) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandException(ExitCodes.INPUT_MISSING, messages.get("input.notFound", path));
            }
            if (!Files.isReadable(path)) {
                throw new CommandException(ExitCodes.INPUT_MISSING, messages.get("input.unreadable", path));
            }
        }
    }
}
