package org.earchive.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What has arrived in the watched folder and is complete. An item is a file or a folder at the top of the folder;
 * it is complete when a marker {@code NAME.done} stands beside it (the sender says so), or when its size and
 * modification time (a folder's: every file's) have not changed for the settle time: a copy still being written
 * keeps changing. Hidden names, the markers, and what copy tools write while they work ({@code .part}, {@code .tmp},
 * {@code .crdownload}, Office's {@code ~$} lock files) are never items.
 */
final class Arrivals {

    static final String MARKER = ".done";

    private final Path folder;
    private final Duration settle;
    private final Map<String, Seen> seen = new HashMap<>();

    /** A signature and since when it has not changed. */
    private record Seen(String signature, Instant since) {
    }

    Arrivals(Path folder, Duration settle) {
        this.folder = folder;
        this.settle = settle;
    }

    /** The items complete at NOW, in name order. */
    List<Path> complete(Instant now) throws IOException {
        List<Path> ready = new ArrayList<>();
        Map<String, Seen> still = new HashMap<>();
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted().toList();
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (!isItem(name)) {
                continue;
            }
            if (Files.exists(folder.resolve(name + MARKER))) {
                ready.add(entry);
                continue;
            }
            String signature;
            try {
                signature = signature(entry);
            } catch (IOException vanished) {
                continue; // renamed or removed while looked at: the next scan sees what it became
            }
            Seen before = seen.get(name);
            Seen current = before != null && before.signature().equals(signature) ? before : new Seen(signature, now);
            still.put(name, current);
            if (!current.since().plus(settle).isAfter(now) && before != null) {
                ready.add(entry);
            }
        }
        seen.clear();
        seen.putAll(still);
        return ready;
    }

    /** Forgets an item taken, so that a new one of the same name starts its settle time afresh. */
    void taken(String name) {
        seen.remove(name);
    }

    static boolean isItem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && !lower.endsWith(MARKER) && !lower.endsWith(".part")
                && !lower.endsWith(".tmp") && !lower.endsWith(".crdownload") && !lower.endsWith(".partial");
    }

    /** Size and modification time of a file; of every file in a folder, with their names. */
    private static String signature(Path entry) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isDirectory()) {
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        }
        StringBuilder signature = new StringBuilder();
        try (Stream<Path> walk = Files.walk(entry)) {
            for (Path path : walk.sorted().toList()) {
                BasicFileAttributes each = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                signature.append(entry.relativize(path)).append(':').append(each.size()).append('@')
                        .append(each.lastModifiedTime().toMillis()).append('\n');
            }
        }
        return signature.toString();
    }
}
