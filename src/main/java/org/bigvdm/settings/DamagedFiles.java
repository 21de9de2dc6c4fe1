package org.bigvdm.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A file of ours that exists but does not hold what it should is never overwritten or deleted:
 * it is moved aside as {@code <name>.corrupt-<UTC time>} beside itself, so whatever is still in
 * it (settings, other accounts' tokens) can be recovered by hand, and a fresh file takes its place.
 */
final class DamagedFiles {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private DamagedFiles() {
    }

    /** Moves {@code file} aside and returns where it went. */
    static Path keepAside(Path file, Clock clock) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        Files.move(file, aside);
        return aside;
    }
}
