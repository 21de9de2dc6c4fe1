package org.bigvdm.app;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.main.MainViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --self-check}: waits until the tree and the first server's discs are on screen, prints
 * the milliseconds since the process started and exits 0; on any error or after a time-out it
 * prints the reason and exits non-zero. Installers and benchmarks rely on this line.
 */
final class SelfCheck {
    private static final Logger LOG = LoggerFactory.getLogger(SelfCheck.class);
    private static final long TIMEOUT_SECONDS = 90;

    private final MainViewModel vm;
    private final EstateService estate;
    private boolean finished;

    SelfCheck(MainViewModel vm, EstateService estate) {
        this.vm = vm;
        this.estate = estate;
    }

    /**
     * Prints {@code self-check: first frame in N ms} once the window's first frame is drawn: call on
     * the FX thread just before the stage is shown. Counted like the data line (see {@link Frames}).
     */
    static void printFirstFrame() {
        Frames.atSecondFrame(() -> {
            System.out.println("self-check: first frame in " + sinceStart() + " ms");
            printCpu("the first frame");
            System.out.flush();
        });
    }

    /**
     * Prints {@code self-check: main window in N ms} once the real window, built in the first
     * frame's skeleton's place, is drawn: call on the FX thread just after it is built.
     */
    static void printWindowBuilt() {
        Frames.atSecondFrame(() -> {
            System.out.println("self-check: main window in " + sinceStart() + " ms");
            System.out.flush();
        });
    }

    /**
     * CPU time spent so far, on the FX thread (where it runs) and in the whole process: it tells
     * start-up work apart from waiting for the cores of a loaded machine.
     */
    private static void printCpu(String until) {
        System.out.println("self-check: CPU until " + until + ": FX thread "
                + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms, process "
                + processCpuMillis() + " ms");
    }

    /** -1 where the runtime has no jdk.management (the installers' trimmed runtime). */
    private static long processCpuMillis() {
        try {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() / 1_000_000 : -1;
        } catch (LinkageError e) {
            return -1;
        }
    }

    private static long sinceStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Call on the FX thread before the first load starts. */
    void arm() {
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "self-check-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.schedule(() -> Platform.runLater(() -> fail("timed out after " + TIMEOUT_SECONDS + " s")),
                TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> fail(e.toString())));
        estate.errorProperty().addListener((o, a, error) -> {
            if (error != null) {
                fail(error.oneLine());
            }
        });
        estate.loadedOnceProperty().addListener((o, a, loaded) -> {
            if (loaded) {
                selectFirstServer();
            }
        });
    }

    private void selectFirstServer() {
        ServerEntry first = estate.estate().servers().stream()
                .filter(s -> !s.vm().deleted() && !s.vm().discs().isEmpty())
                .findFirst().orElse(null);
        if (first == null) {
            fail("no server with discs to show");
            return;
        }
        vm.tree().selectedKeyProperty().set(first.key());
        if (vm.table().rows().isEmpty()) {
            fail("the first server's discs did not show");
            return;
        }
        // wait for two rendered frames so "on screen" means painted, not just in the model
        Frames.atSecondFrame(() -> succeed(first));
    }

    private void succeed(ServerEntry first) {
        if (finished) {
            return;
        }
        finished = true;
        long ms = sinceStart();
        System.out.println("self-check: ok, window ready in " + ms + " ms ("
                + estate.estate().serverCount() + " servers, " + vm.table().rows().size()
                + " discs on " + first.vm().name() + ")");
        printCpu("the window with data");
        System.out.flush();
        Platform.exit();
    }

    private void fail(String reason) {
        if (finished) {
            return;
        }
        finished = true;
        LOG.error("self-check failed: {}", reason);
        System.err.println("self-check: FAILED: " + reason);
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

}
