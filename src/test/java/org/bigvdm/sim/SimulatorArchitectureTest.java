package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulator may use nothing of the app but the API model records and the safe file writes
 * ({@code org.bigvdm.files}, shared with the settings). A scan of the sources
 * (imports and fully qualified names) rather than ArchUnit: same answer in milliseconds.
 */
class SimulatorArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/bigvdm/sim");
    private static final Pattern APP_REFERENCE = Pattern.compile("\\b(org\\.bigvdm\\.[a-z.]+|javafx\\.|okhttp3\\.)");

    @Test
    void simulatorDependsOnlyOnTheApiModelAndFileWrites() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = APP_REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String ref = m.group(1);
                    if (!ref.startsWith("org.bigvdm.sim") && !ref.startsWith("org.bigvdm.api.model.")
                            && !ref.equals("org.bigvdm.api.model") && !ref.startsWith("org.bigvdm.files.")) {
                        offences.add(SOURCES.relativize(file) + ": " + ref);
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }

    @Test
    void everySimulatorPackageSaysWhatLivesThere() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            assertThat(dirs.filter(Files::isDirectory))
                    .allSatisfy(dir -> assertThat(dir.resolve("package-info.java")).exists());
        }
    }
}
