package org.earchive.detect;

import java.io.IOException;
import java.nio.file.Path;

/** Identifies files. Implementations are thread-safe. */
public interface Detector {

    Detection detect(Path file) throws IOException;
}
