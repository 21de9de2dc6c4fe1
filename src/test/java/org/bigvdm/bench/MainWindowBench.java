package org.bigvdm.bench;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.Job;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.PeriodicTask;
import org.bigvdm.service.RunningOperations;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.Work;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.overview.EstateOverview;
import org.bigvdm.service.session.Identity;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.settings.Settings;
import org.bigvdm.testutil.FakeAuthApi;
import org.bigvdm.testutil.MemoryTokenStore;
import org.bigvdm.testutil.TestSessions;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.main.AccountActions;
import org.bigvdm.ui.main.DiscActions;
import org.bigvdm.ui.main.MainViewModel;
import org.bigvdm.ui.main.MainWindow;
import org.bigvdm.ui.main.Notifications;
import org.bigvdm.ui.overview.OverviewViewModel;

/**
 * Not a test: measures the main window on a large estate from the simulator, headless (Monocle),
 * and prints medians and p95s. Targets from issue 18 (issue 4 had looser ones at 1,000 servers):
 * <ul>
 *   <li>(a) overview answer received → tree reconciled, first server's discs in the table and a
 *       layout pulse done: &le; 150 ms, for a first load into a new window and for a refresh;</li>
 *   <li>(b) each filter keystroke, FX-thread work (rebuild + reconcile + the layout pulse): p95 &le; 16 ms;</li>
 *   <li>(c) the FX thread's longest busy stretch while a 2 s overview request is pending: p95 &le; 16 ms;</li>
 *   <li>(d) heap in use after a full GC with the estate on screen: &le; 400 MiB;</li>
 *   <li>(e) selecting "All accounts" or an account &rarr; its overview (issue 17) worked out and laid
 *       out: &le; 100 ms.</li>
 * </ul>
 * The simulator runs in a process of its own ({@code SimulatorMain} on this class path), so its
 * garbage collection and JSON writing never pause the measured JVM. Run (from the project
 * folder; {@code docs/perf.sh} runs it at 10,000 servers with the launcher's JVM options):
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
 * java -cp target/test-classes:target/classes:$(cat target/bench.classpath) org.bigvdm.bench.MainWindowBench \
 *     --vms 10000 --runs 10
 * </pre>
 * ({@code -Dbench.vms=N -Dbench.runs=N} work too; defaults 1,000 servers and 20 runs.) The last
 * lines, {@code result <name> <value>}, are what {@code docs/perf.sh} reads.
 * "Answer received" is when the API call returned its parsed accounts on the worker thread; the
 * window is the real MainWindow with the real ViewModels and services (only the sign-in and demo
 * plumbing of the app's assembly are left out).
 */
public final class MainWindowBench {
    /** The bench opens no dialog and switches no account. */
    private static final DiscActions NO_DIALOGS = new DiscActions() {
        @Override
        public void create(ServerEntry server) {
        }

        @Override
        public void resize(DiscRow disc) {
        }

        @Override
        public void relabel(DiscRow disc) {
        }

        @Override
        public void purge(DiscRow disc) {
        }
    };
    private static final AccountActions NO_ACCOUNTS = new AccountActions() {
        @Override
        public void signIn() {
        }

        @Override
        public void signOut() {
        }

        @Override
        public void tryDemo() {
        }
    };
    private static final long SEED = 7;
    private static final String LOADING = "Loading servers";

    static {
        // headless, before any JavaFX class loads
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    private final SimulatorProcess sim;
    private final SessionService session;
    private final TimingRunner runner;
    private Stage stage;
    private MainViewModel vm;
    private OverviewViewModel overview;
    private EstateService estate;
    private Scene scene;
    private final AccessRights access = new AccessRights();
    private final List<Double> keySync = new ArrayList<>();
    private final List<Double> keyPulse = new ArrayList<>();
    /** Per overview sample: FX work of the selection (tree, table), overview arrived, its layout pulse (ms). */
    private final List<double[]> overviewParts = new ArrayList<>();
    private final List<double[]> overviewAccountParts = new ArrayList<>();

    private MainWindowBench(SimulatorProcess sim) throws Exception {
        this.sim = sim;
        this.runner = new TimingRunner(new ExecutorTaskRunner(Platform::runLater));
        Endpoints endpoints = Endpoints.single(sim.baseUri());
        this.session = new TestSessions(new FakeAuthApi(),
                tokens -> new HttpBrainClient(ClientConfig.defaults(endpoints, "bench"), tokens))
                .service(new MemoryTokenStore(), Settings.defaults(), TestSessions.NO_TOOL, access, runner);
        session.use(Identity.demo(endpoints, "demo"), sim.signIn("demo", "demo"));
    }

    public static void main(String[] args) throws Exception {
        int vms = option(args, "vms", 1000);
        // a bare number first is the run count, as before sizes were arguments (-Dexec.args=20)
        int runs = args.length == 1 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : option(args, "runs", 20);
        // started before the toolkit, so that its estate is generated while JavaFX starts
        try (SimulatorProcess sim = SimulatorProcess.start(vms, SEED)) {
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> started.complete(null));
            started.get(30, TimeUnit.SECONDS);
            Platform.setImplicitExit(false);
            sim.awaitReady();
            try {
                new MainWindowBench(sim).run(runs);
            } finally {
                Platform.exit();
            }
        }
        System.exit(0);
    }

    /** {@code --name N} among the program arguments, else {@code -Dbench.name=N}, else the default. */
    private static int option(String[] args, String name, int otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--" + name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return Integer.getInteger("bench." + name, otherwise);
    }

    private void run(int runs) throws Exception {
        fx(() -> {
            PrimerLight theme = new PrimerLight();
            Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
            stage = new Stage();
            stage.setWidth(1100);
            stage.setHeight(700);
            stage.show();
        });
        newWindow(null);
        Sample first = load();
        String firstServer = fxGet(() -> estate.estate().servers().get(0).key());
        int discs = fxGet(() -> estate.estate().servers().stream().mapToInt(s -> s.vm().discs().size()).sum());
        System.out.println("tree cell heights: " + fxGet(() -> scene.getRoot().lookupAll(".tree-cell").stream()
                .map(n -> ((Region) n).getHeight()).distinct().toList()));
        System.out.printf("estate: %d servers, %d discs; first load in a cold JVM: %s%n",
                fxGet(() -> estate.estate().serverCount()), discs, first);

        // (a) first load into a new window, and a refresh of a window already showing everything
        List<Sample> cold = new ArrayList<>();
        List<Sample> warm = new ArrayList<>();
        List<Sample> changed = new ArrayList<>();
        List<Sample> reread = new ArrayList<>();
        for (int i = 0; i < 5 + runs; i++) {
            newWindow(firstServer);
            Sample c = load();
            Sample w = load();
            changeOneServer();
            Sample ch = load();
            Sample one = serverReadAgain();
            if (i >= 5) {
                cold.add(c);
                warm.add(w);
                changed.add(ch);
                reread.add(one);
            }
        }
        int rows = fxGet(() -> vm.table().rows().size());
        System.out.printf("(a) answer received -> tree + table (%d rows) + layout pulse, target <= 150 ms%n", rows);
        Stats answer = reportSamples("    first load, new window", cold);
        Stats refresh = reportSamples("    refresh, same window  ", warm);
        Stats refreshChanged = reportSamples("    refresh, 1 disc renamed", changed);
        Stats rereadStats = reportSamples("    after a write: the server read again", reread);
        // (e) selecting "All accounts" or an account -> its overview on screen
        String firstAccount = fxGet(() -> NodeKeys.account(estate.estate().accounts().get(0).id()));
        List<Double> overAll = new ArrayList<>();
        List<Double> overAccount = new ArrayList<>();
        for (int i = 0; i < 3 + runs; i++) {
            double all = overviewShown(NodeKeys.ALL, firstServer);
            double account = overviewShown(firstAccount, firstServer);
            if (i >= 3) {
                overAll.add(all);
                overAccount.add(account);
            }
        }
        System.out.printf("(e) select node -> overview worked out off the FX thread and laid out, target <= 100 ms%n");
        Stats overviewAll = report("    All accounts          ", overAll.stream().mapToDouble(Double::doubleValue).toArray());
        report("      of which selection (table rows) on FX", overviewParts.stream().mapToDouble(p -> p[0]).toArray());
        report("      overview arrived after", overviewParts.stream().mapToDouble(p -> p[1]).toArray());
        report("      its layout pulse    ", overviewParts.stream().mapToDouble(p -> p[2]).toArray());
        Stats overviewAccount = report("    one account           ",
                overAccount.stream().mapToDouble(Double::doubleValue).toArray());
        report("      of which selection (table rows) on FX", overviewAccountParts.stream().mapToDouble(p -> p[0]).toArray());
        report("      overview arrived after", overviewAccountParts.stream().mapToDouble(p -> p[1]).toArray());
        report("      its layout pulse    ", overviewAccountParts.stream().mapToDouble(p -> p[2]).toArray());
        fx(() -> vm.tree().selectedKeyProperty().set(firstServer));
        pulse();
        long heapMib = heapAfterGcMib();
        System.out.printf("(d) heap in use after a full GC, the estate on screen: %d MiB, target <= 400 MiB%n", heapMib);

        // (b) filter keystrokes: type a few server names one character at a time, then clear
        List<String> words = fxGet(() -> {
            List<ServerEntry> all = estate.estate().servers();
            int n = all.size();
            return List.of(all.get(n * 12 / 100).vm().name(), all.get(n * 48 / 100).vm().name(),
                    all.get(n * 78 / 100).vm().name(), all.get(n * 95 / 100).vm().name(), "zz-none");
        });
        keySync.clear();
        keyPulse.clear();
        List<Double> keyBusy = new ArrayList<>();
        List<Double> keyClear = new ArrayList<>();
        for (int round = 0; round < 1 + Math.max(1, runs / 5); round++) {
            for (String word : words) {
                for (int n = 1; n <= word.length(); n++) {
                    double ms = keystroke(word.substring(0, n));
                    if (round > 0) {
                        keyBusy.add(ms);
                    }
                }
                double ms = keystroke("");
                if (round > 0) {
                    keyClear.add(ms);
                }
            }
        }
        System.out.printf("(b) filter keystroke: rebuild + reconcile + layout pulse on the FX thread, target p95 <= 16 ms%n");
        Stats typing = report("    typing a character    ", keyBusy.stream().mapToDouble(Double::doubleValue).toArray());
        Stats clearing = report("    clearing (all back)   ", keyClear.stream().mapToDouble(Double::doubleValue).toArray());
        report("      all: rebuild+reconcile", keySync.stream().mapToDouble(Double::doubleValue).toArray());
        report("      all: layout pulse   ", keyPulse.stream().mapToDouble(Double::doubleValue).toArray());

        // (c) longest FX-thread stall while a 2 s overview request is pending
        sim.latency(Duration.ofSeconds(2));
        List<Double> pending = new ArrayList<>();
        List<Double> withApply = new ArrayList<>();
        int slowRuns = Math.max(5, runs / 2);
        for (int i = 0; i < slowRuns + 1; i++) {
            // a refresh that finds nothing new applies nothing: each slow load brings one change
            changeOneServer();
            double[] gaps = slowLoad();
            if (i > 0) {
                pending.add(gaps[0]);
                withApply.add(gaps[1]);
            }
        }
        sim.latency(Duration.ZERO);
        System.out.printf("(c) FX thread's longest stall (2 ms probes) while a 2 s overview is pending, target p95 <= 16 ms%n");
        Stats stall = report("    while pending         ", pending.stream().mapToDouble(Double::doubleValue).toArray());
        Stats stallApply = report("    incl. applying answer ", withApply.stream().mapToDouble(Double::doubleValue).toArray());
        fx(() -> stage.close());
        runner.close();

        // for docs/perf.sh: one "result <name> <value>" a line
        int servers = fxGet(() -> estate.estate().serverCount());
        result("servers", servers);
        result("discs", discs);
        result("answer_median_ms", answer.median());
        result("refresh_median_ms", refresh.median());
        result("refresh_changed_median_ms", refreshChanged.median());
        result("server_reread_median_ms", rereadStats.median());
        result("keystroke_p95_ms", typing.p95());
        result("clear_p95_ms", clearing.p95());
        result("stall_p95_ms", stall.p95());
        result("stall_apply_p95_ms", stallApply.p95());
        result("heap_mib", heapMib);
        result("overview_all_median_ms", overviewAll.median());
        result("overview_account_median_ms", overviewAccount.median());
    }

    private static void result(String name, double value) {
        System.out.printf(java.util.Locale.ROOT, "result %s %.0f%n", name, value);
    }

    /** Heap in use after a full collection: what the estate and the window really hold. */
    private static long heapAfterGcMib() {
        collectGarbage();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    /** A fresh service, ViewModels and window on the stage, with this node selected (or none). */
    private void newWindow(String selectedKey) throws Exception {
        fx(() -> {
            if (vm != null) {
                vm.autoRefreshProperty().set(false);
            }
            estate = new EstateService(session, runner, Clock.systemDefaultZone());
            ChangeService changes = new ChangeService(session, estate, access, runner, Clock.systemDefaultZone());
            vm = new MainViewModel(
                    new MainViewModel.Services(estate, access, changes, session, runner.operations(),
                            new PeriodicTask(Platform::runLater)),
                    new MainViewModel.Ports(NO_DIALOGS, NO_ACCOUNTS, text -> { }, () -> { }), new Notifications(),
                    ZoneId.systemDefault());
            vm.tree().selectedKeyProperty().set(selectedKey);
            MainWindow window = new MainWindow(vm);
            overview = new OverviewViewModel(estate.estateProperty(), vm.tree(), vm.table(), runner);
            window.addOverview(overview);
            scene = new Scene(window);
            scene.getStylesheets().add(MainWindow.class.getResource("/org/bigvdm/ui/app.css").toExternalForm());
            stage.setScene(scene);
        });
        pulse();
    }

    /**
     * Renames the first disc of the server in the middle of the estate on the simulator (away and
     * back on alternate calls), so the next load brings one changed server among 10,000.
     */
    private void changeOneServer() throws Exception {
        changeOneServer(fxGet(() -> estate.estate().servers().size() / 2));
    }

    /** Renames the first disc of the first server with discs from {@code from} in tree order; returns it. */
    private ServerEntry changeOneServer(int from) throws Exception {
        ServerEntry target = fxGet(() -> estate.estate().servers().stream().skip(from)
                .filter(e -> !e.vm().discs().isEmpty()).findFirst().orElseThrow());
        String label = target.vm().discs().get(0).label();
        // b-vda, c-vda, b-vda...: never back to vda (a device name, which the rules refuse as a new label)
        String next = label.startsWith("b-") ? "c-" + label.substring(2)
                : "b-" + (label.startsWith("c-") ? label.substring(2) : label);
        session.api().relabelDisc(target.ref(), label, next);
        return target;
    }

    /**
     * What follows each write: the server written to (the selected one) is read again and put into
     * the estate; times from its answer to a laid-out window.
     */
    private Sample serverReadAgain() throws Exception {
        ServerEntry written = changeOneServer(0);
        CompletableFuture<Sample> done = new CompletableFuture<>();
        runner.nextTitle = "Reading ";
        runner.nextLoad = new Hooks(done);
        fx(() -> estate.refreshServer(written.ref(), fresh -> { }));
        Sample sample = done.get(60, TimeUnit.SECONDS);
        runner.nextTitle = LOADING;
        return sample;
    }

    /** One overview load through the real service; times from answer to a laid-out window. */
    private Sample load() throws Exception {
        CompletableFuture<Sample> done = new CompletableFuture<>();
        runner.nextLoad = new Hooks(done);
        fx(() -> estate.refreshAll());
        return done.get(60, TimeUnit.SECONDS);
    }

    /**
     * Selects {@code key} (after {@code away}, so the selection changes) and times the FX thread's
     * work, the worker's sums and the layout pulse until the overview is on screen.
     */
    private double overviewShown(String key, String away) throws Exception {
        fx(() -> vm.tree().selectedKeyProperty().set(away));
        pulse();
        CompletableFuture<Double> done = new CompletableFuture<>();
        long[] synced = new long[1];
        fx(() -> {
            long t0 = System.nanoTime();
            javafx.beans.value.ChangeListener<EstateOverview> shown = new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends EstateOverview> o, EstateOverview a,
                                    EstateOverview ov) {
                    if (ov != null && ov.key().equals(key)) {
                        overview.overviewProperty().removeListener(this);
                        long arrived = System.nanoTime();
                        afterNextLayout((pre, post) -> {
                            (NodeKeys.ALL.equals(key) ? overviewParts : overviewAccountParts).add(new double[] {(synced[0] - t0) / 1e6, (arrived - t0) / 1e6,
                                    (post - pre) / 1e6});
                            done.complete((post - t0) / 1e6);
                        });
                    }
                }
            };
            overview.overviewProperty().addListener(shown);
            vm.tree().selectedKeyProperty().set(key);
            synced[0] = System.nanoTime();
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** Sets the filter on the FX thread and measures that work plus the layout pulse it causes. */
    private double keystroke(String text) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        fx(() -> {
            long t0 = System.nanoTime();
            vm.tree().filterProperty().set(text);
            long sync = System.nanoTime() - t0;
            afterNextLayout((pre, post) -> {
                keySync.add(sync / 1e6);
                keyPulse.add((post - pre) / 1e6);
                done.complete((sync + post - pre) / 1e6);
            });
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** Max probe delay (ms) while a slow load is pending, and until its answer was laid out. */
    private double[] slowLoad() throws Exception {
        ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();
        AtomicLong maxPending = new AtomicLong();
        AtomicLong maxAll = new AtomicLong();
        CompletableFuture<Sample> done = new CompletableFuture<>();
        Hooks hooks = new Hooks(done);
        runner.nextLoad = hooks;
        probes.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                long delay = System.nanoTime() - posted;
                maxAll.accumulateAndGet(delay, Math::max);
                if (hooks.answerAt == 0) {
                    maxPending.accumulateAndGet(delay, Math::max);
                }
            });
        }, 0, 2, TimeUnit.MILLISECONDS);
        try {
            fx(() -> estate.refreshAll());
            done.get(60, TimeUnit.SECONDS);
            fx(() -> { });
        } finally {
            probes.shutdownNow();
        }
        return new double[] {maxPending.get() / 1e6, maxAll.get() / 1e6};
    }

    private void afterNextLayout(PulseTimes then) {
        long[] pre = new long[1];
        Runnable[] listeners = new Runnable[2];
        listeners[0] = () -> {
            pre[0] = System.nanoTime();
            scene.removePreLayoutPulseListener(listeners[0]);
        };
        listeners[1] = () -> {
            long post = System.nanoTime();
            scene.removePostLayoutPulseListener(listeners[1]);
            then.accept(pre[0], post);
        };
        scene.addPreLayoutPulseListener(listeners[0]);
        scene.addPostLayoutPulseListener(listeners[1]);
        Platform.requestNextPulse();
    }

    private void pulse() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        fx(() -> afterNextLayout((a, b) -> done.complete(null)));
        done.get(30, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface PulseTimes {
        void accept(long pre, long post);
    }

    /** Times of one load: answer parsed on the worker, FX callback begun and ended, pulse. */
    private record Sample(double totalMs, double applyMs, double pulseMs, double gcMs, double workerMs) {
        @Override
        public String toString() {
            return String.format("%.1f ms (FX apply %.1f, pulse %.1f, GC %.0f; before it, on the worker %.1f)",
                    totalMs, applyMs, pulseMs, gcMs, workerMs);
        }
    }

    /** Time the collectors stopped the program so far (ms): Serial stops every thread, the FX one too. */
    private static long gcMillis() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory
                .getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private final class Hooks {
        final CompletableFuture<Sample> done;
        volatile long workAt;
        volatile long answerAt;
        volatile long gcAtAnswer;

        Hooks(CompletableFuture<Sample> done) {
            this.done = done;
        }
    }

    /** The app's runner, with clocks around the next overview load. */
    private final class TimingRunner implements TaskRunner {
        private final ExecutorTaskRunner delegate;
        volatile Hooks nextLoad;
        /** The title the next hooked task starts with. */
        volatile String nextTitle = LOADING;

        TimingRunner(ExecutorTaskRunner delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> Job submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                              Consumer<? super Throwable> onFailure) {
            Hooks hooks = title.startsWith(nextTitle) ? nextLoad : null;
            if (hooks == null) {
                return delegate.submit(title, work, onSuccess, onFailure);
            }
            nextLoad = null;
            return delegate.submit(title, () -> {
                hooks.workAt = System.nanoTime();
                T result = work.run();
                hooks.answerAt = System.nanoTime();
                hooks.gcAtAnswer = gcMillis();
                return result;
            }, result -> {
                long start = System.nanoTime();
                onSuccess.accept(result);
                long applied = System.nanoTime();
                afterNextLayout((pre, post) -> hooks.done.complete(new Sample((applied - hooks.answerAt
                        + post - pre) / 1e6, (applied - start) / 1e6, (post - pre) / 1e6,
                        gcMillis() - hooks.gcAtAnswer, (hooks.answerAt - hooks.workAt) / 1e6)));
            }, failure -> {
                onFailure.accept(failure);
                hooks.done.completeExceptionally(failure);
            });
        }

        @Override
        public RunningOperations operations() {
            return delegate.operations();
        }

        void close() {
            delegate.close();
        }
    }

    /** The total of each sample and its parts, a line each; returns the totals' figures. */
    private static Stats reportSamples(String what, List<Sample> samples) {
        Stats total = report(what, samples.stream().mapToDouble(Sample::totalMs).toArray());
        report("      of which FX apply   ", samples.stream().mapToDouble(Sample::applyMs).toArray());
        report("      of which pulse      ", samples.stream().mapToDouble(Sample::pulseMs).toArray());
        report("      GC pauses in it     ", samples.stream().mapToDouble(Sample::gcMs).toArray());
        report("      before it: read, built on the worker", samples.stream().mapToDouble(Sample::workerMs).toArray());
        return total;
    }

    private static Stats report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        Stats stats = new Stats(s[s.length / 2], s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)]);
        System.out.printf("%s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (n=%d)%n", what,
                stats.median(), stats.p95(), s[s.length - 1], s.length);
        return stats;
    }

    private record Stats(double median, double p95) {
    }

    private static void fx(Runnable r) throws Exception {
        fxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T fxGet(Supplier<T> s) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(s.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }
}
