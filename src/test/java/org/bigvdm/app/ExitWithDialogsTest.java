package org.bigvdm.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding 7 of issue 12: the JVM crashed with SIGSEGV in GTK ({@code destroy_and_delete_ctx})
 * when the app exited while a dialog was open. This starts the real app (demo estate) in a child
 * JVM on a real GTK display (Xvfb, not Monocle: the crash was in GTK's glass), opens dialogs with
 * the hidden {@code -Dbigvdm.exitProbe} hook ({@link ExitProbe}), quits as File › Quit does, and
 * expects exit code 0, no {@code hs_err} file, and the settings saved as the window was left.
 * With the fix taken out, both runs crashed (exit 134, an {@code hs_err} file) every time they were tried.
 *
 * <p>Needs {@code xvfb-run} (or a {@code DISPLAY}) and GTK 3; {@code .ci/run} installs them. It
 * is skipped only when neither an X server nor GTK can be had at all.
 */
class ExitWithDialogsTest {
    private static final long PROCESS_SECONDS = 180; // 6-11 s each on a 2-core machine under a load of 22

    private static List<String> display;

    @BeforeAll
    static void needsXAndGtk() {
        boolean gtk = Stream.of("/usr/lib/x86_64-linux-gnu/libgtk-3.so.0", "/usr/lib/aarch64-linux-gnu/libgtk-3.so.0",
                "/usr/lib64/libgtk-3.so.0", "/usr/lib/libgtk-3.so.0").anyMatch(p -> Files.exists(Path.of(p)));
        Assumptions.assumeTrue(gtk, "GTK 3 is not installed (apt-get install libgtk-3-0)");
        if (onPath("xvfb-run")) {
            display = List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24");
        } else {
            Assumptions.assumeTrue(System.getenv("DISPLAY") != null,
                    "no xvfb-run and no DISPLAY (apt-get install xvfb xauth)");
            display = List.of();
        }
    }

    /**
     * Every kind of dialog open at once (the modal ones nested, as each opens from the one
     * before's event loop: sign-in, the four disc dialogs, About, the Backups pane's schedule
     * editor and the shutdown confirmation), then the sign-in dialog alone, the case that was seen: a self-check ending while
     * it was up.
     */
    @ParameterizedTest(name = "quit with {0} open")
    @CsvSource(delimiter = ';', value = {
            "signin,create,resize,relabel,purge,about,#addSchedule,#shutDownButton; 8",
            "signin; 1"})
    void quitsCleanlyWithDialogsOpen(String dialogs, int expectedOpen, @TempDir Path home) throws Exception {
        Path out = home.resolve("out.txt");
        List<String> command = new ArrayList<>(display);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dbigvdm.home=" + home, "-Dbigvdm.keyring=off", "-Duser.home=" + home,
                "-D" + ExitProbe.PROPERTY + "=" + dialogs + ":300",
                "-XX:ErrorFile=" + home.resolve("hs_err_pid%p.log"),
                // quicker to start on a busy machine; neither touches how the toolkit exits
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--demo"));
        Process child = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        long start = System.nanoTime();
        boolean ended = child.waitFor(PROCESS_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        System.out.printf("exit with %s open: exit %s after %d ms%n", dialogs, ended ? child.exitValue() : "none",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));

        assertThat(ended).as("ended within %d s; output:%n%s", PROCESS_SECONDS, output).isTrue();
        assertThat(output).as("the dialogs were open when it quit")
                .contains("exit-probe: quitting with " + expectedOpen + " dialog(s) open");
        assertThat(crashReports(home)).as("hs_err files; output:%n%s", output).isEmpty();
        assertThat(output).doesNotContain("SIGSEGV", "A fatal error has been detected");
        assertThat(child.exitValue()).as("exit code; output:%n%s", output).isZero();
        Path settings = home.resolve("config").resolve("settings.json");
        assertThat(settings).as("settings saved on the way out").exists();
        assertThat(Files.readString(settings)).contains("\"selectedNodePath\"", "\"window\"", "\"columnWidths\"");
    }

    private static List<Path> crashReports(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("hs_err")).toList();
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
