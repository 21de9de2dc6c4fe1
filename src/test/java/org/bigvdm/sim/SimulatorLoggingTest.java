package org.bigvdm.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12, finding 6: {@code --simulator} wrote its log into the user's real state folder.
 * A simulator run on its own now logs to stderr only, or also to {@code --log-file FILE}.
 * Runs the real main in a child JVM, with a home of its own, and stops it once it serves.
 */
class SimulatorLoggingTest {
    @TempDir
    Path home;

    @Test
    void logsToStderrAndLeavesTheStateFolderAlone() throws Exception {
        List<String> stderr = runUntilServing(null);
        assertThat(stderr).anySatisfy(line -> assertThat(line).contains("BigV simulator serving"));
        try (var left = Files.list(home)) {
            assertThat(left).isEmpty(); // no logs folder, no state folder, nothing
        }
    }

    @Test
    void aLogFileIsWrittenWhenAskedFor() throws Exception {
        Path log = home.resolve("sim.log");
        runUntilServing(log, "--log-file", log.toString());
        assertThat(Files.readString(log)).contains("BigV simulator serving");
        try (var left = Files.list(home)) {
            assertThat(left).containsExactly(log);
        }
    }

    /**
     * Runs the simulator until it says it serves. The console line comes before the file's, so
     * with {@code logFile} the child is stopped only once the file holds it too (or 10 s passed).
     */
    private List<String> runUntilServing(Path logFile, String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dbigvdm.home=" + home, "-Duser.home=" + home,
                SimulatorMain.class.getName(), "--port", "0"));
        command.addAll(List.of(extra));
        Process child = new ProcessBuilder(command).start();
        List<String> stderr = new ArrayList<>();
        try {
            CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
                try (var err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = err.readLine()) != null) {
                        synchronized (stderr) {
                            stderr.add(line);
                        }
                        if (line.contains("BigV simulator serving")) {
                            return;
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            serving.get(20, TimeUnit.SECONDS);
            if (logFile != null) {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> Files.exists(logFile) && Files.readString(logFile).contains("BigV simulator serving"));
            }
        } finally {
            child.destroy();
            child.waitFor(10, TimeUnit.SECONDS);
        }
        synchronized (stderr) {
            return List.copyOf(stderr);
        }
    }
}
