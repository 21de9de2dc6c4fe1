package org.bigvdm.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.journal.Journal;
import org.bigvdm.service.journal.JournalEntry;
import org.bigvdm.service.journal.JournalStore;
import org.bigvdm.ui.activity.ActivityView;
import org.bigvdm.ui.activity.ActivityViewModel;

/**
 * Not a test: how long the Activity panel takes to open on a journal of 100,000 entries (twelve
 * month files), headless (Monocle), from "open" to the first rows laid out, how long one filter
 * keystroke holds the FX thread, and when its filtered rows are shown. Prints medians; run from the project folder:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) org.bigvdm.bench.ActivityBench [entries] [runs]
 * </pre>
 */
public final class ActivityBench {
    private ActivityBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;

        Path dir = Files.createTempDirectory("activity-bench");
        long t = System.nanoTime();
        new JournalStore(dir).appendAll(entries(entries));
        System.out.printf("wrote %,d entries in %d ms (%,d bytes)%n", entries, ms(t), size(dir));

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        Platform.setImplicitExit(false);   // each run closes its window; the toolkit stays for the next
        started.get();
        double[] open = new double[runs];
        double[] keystroke = new double[runs];
        double[] results = new double[runs];
        for (int i = 0; i < runs; i++) {
            double[] one = openOnce(dir);
            open[i] = one[0];
            keystroke[i] = one[1];
            results[i] = one[2];
            System.out.printf("run %d: open %.0f ms, filter keystroke on the FX thread %.1f ms, filtered rows shown"
                    + " after %.0f ms%n", i + 1, one[0], one[1], one[2]);
        }
        System.out.printf("result activity_open_ms_median %.0f%n", median(open));
        System.out.printf("result activity_filter_keystroke_ms_median %.1f%n", median(keystroke));
        System.out.printf("result activity_filter_results_ms_median %.0f%n", median(results));
        Platform.exit();
        System.exit(0);
    }

    /** One cold open (a new ViewModel reads the files again) and one filter keystroke. */
    private static double[] openOnce(Path dir) throws Exception {
        ExecutorTaskRunner runner = new ExecutorTaskRunner(Platform::runLater);
        CompletableFuture<double[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Journal journal = new Journal(new JournalStore(dir), Runnable::run, Platform::runLater, Clock.systemUTC());
            ActivityViewModel vm = new ActivityViewModel(journal, runner, (k, d) -> true, s -> { },
                    ZoneId.systemDefault());
            ActivityView view = new ActivityView(vm);
            Stage stage = new Stage();
            Scene scene = new Scene(view, 1200, 320);
            stage.setScene(scene);
            stage.show();
            long start = System.nanoTime();
            vm.openProperty().set(true);
            Runnable[] check = new Runnable[1];
            double[] keyMs = new double[1];
            double[] open = new double[1];
            check[0] = () -> {
                if (!view.table().getItems().isEmpty() && open[0] == 0) {
                    open[0] = (System.nanoTime() - start) / 1e6;
                }
                if (open[0] > 0 && !vm.statusProperty().get().toLowerCase(java.util.Locale.ROOT).contains("reading")) {
                    scene.removePostLayoutPulseListener(check[0]);
                    double openMs = open[0];
                    System.out.printf("  all months read after %.0f ms%n", (System.nanoTime() - start) / 1e6);
                    long k = System.nanoTime();
                    vm.shown().addListener((javafx.collections.ListChangeListener<Object>) c -> {
                        double resultsMs = (System.nanoTime() - k) / 1e6;
                        stage.close();
                        runner.close();
                        done.complete(new double[] {openMs, keyMs[0], resultsMs});
                    });
                    vm.filterTextProperty().set("db1");
                    keyMs[0] = (System.nanoTime() - k) / 1e6;
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            vm.statusProperty().addListener(o -> Platform.requestNextPulse());
        });
        return done.get(300, TimeUnit.SECONDS);
    }

    private static List<JournalEntry> entries(int n) {
        List<JournalEntry> list = new ArrayList<>(n);
        Instant first = Instant.parse("2025-12-01T00:00:00Z");
        long step = Duration.ofDays(365).toSeconds() / n;
        String[] servers = {"web1", "web2", "db1", "build", "files"};
        JournalEntry.Outcome[] outcomes = JournalEntry.Outcome.values();
        for (int i = 0; i < n; i++) {
            String server = servers[i % servers.length];
            long size = 25600 + 1024L * (i % 50);
            list.add(new JournalEntry(first.plusSeconds(step * i), JournalEntry.Event.CHANGE, "alice",
                    "https://uk0.bigv.io", "acme", "default", server, "server:1:2:" + (i % 5), (long) i, "disc-" + i,
                    "RESIZE_DISC", "Resize disc disc-" + i + " on " + server + ": size " + size + " → " + (size + 1024),
                    Map.of("size", size + 1024), Map.of("size", size), Map.of("size", size + 1024),
                    outcomes[i % 7 == 0 ? 1 : 0], ""));
        }
        return list;
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long size(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
