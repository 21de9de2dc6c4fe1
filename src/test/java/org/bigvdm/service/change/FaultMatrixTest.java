package org.bigvdm.service.change;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.bigvdm.api.ClientConfig;
import org.bigvdm.api.Endpoints;
import org.bigvdm.api.http.HttpBrainClient;
import org.bigvdm.api.http.HttpClients;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.DiscSpec;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.api.model.VmRef;
import org.bigvdm.service.AccessRights;
import org.bigvdm.service.Estate;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.ExecutorTaskRunner;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.UserError;
import org.bigvdm.service.change.ChangeOutcome.Status;
import org.bigvdm.service.session.SessionService;
import org.bigvdm.sim.BigVSimulator;
import org.bigvdm.sim.SimulatorOptions;
import org.bigvdm.sim.fault.Faults;
import org.bigvdm.sim.testing.Await;
import org.bigvdm.testutil.Tally;
import org.bigvdm.testutil.TestSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.LoggerFactory;

/**
 * Every write the app makes, against every fault the simulator injects, through the service
 * layer as the app wires it: {@link ChangeService} with the real {@link HttpBrainClient}, an
 * {@link ExecutorTaskRunner} whose "UI thread" is a thread of this test. Per cell:
 * <ul>
 *   <li>the UI thread never blocks: starting the change returns at once, no task on it runs
 *       long, and no HTTP request is ever made from it;</li>
 *   <li>the user gets exactly one answer, and its words are one clear line (the
 *       {@link UserError} text): no JSON, no stack trace;</li>
 *   <li>nothing is re-sent: the simulator received each of the write's requests once (most send
 *       one; a shutdown two), and no other write;</li>
 *   <li>after the re-read the estate shows the simulator's true state of every server the change
 *       touched, and whether the change happened is what the fault implies;</li>
 *   <li>the session token appears neither in the message nor in anything logged.</li>
 * </ul>
 *
 * <p>Time-outs: the client here waits {@link #READ} for an answer, so the "timeout" cell (a
 * server that never handles the request) and the "5 s latency" cell (a server that makes the
 * change at once and answers 5 s later) both end as an unknown outcome after that long, settled
 * by the re-read: nothing done in the first, the change made in the second. A cell therefore
 * costs at most about {@link #READ}. Cells run {@link #LANES} at a time, each lane on a simulator
 * of its own (reset before every cell), so the waiting overlaps.
 *
 * <p>Data-driven: {@link #CASES} holds one {@link WriteCase} per {@link ChangeKind}, and
 * {@link #everyKindOfChangeHasACase()} fails for a kind without one. The matrix is printed as a
 * table and its figures written by {@link Tally} for docs/reliability.md.
 */
class FaultMatrixTest {
    /**
     * Cells run in this many lanes at once, each on a simulator of its own: most of a slow cell
     * is waiting for the client to give up, not work.
     */
    static final int LANES = 4;

    /** How long the matrix's client waits for an answer (the app waits 30 s). */
    static final Duration READ = Duration.ofMillis(1500);
    /** Longer than any task on the UI thread may take; a fault holds the answer 1.5–5 s. */
    static final long UI_BUDGET_MS = 250;

    private static final VmRef WWW1 = new VmRef("acme-web", "production", "www1"); // on: vda, uploads
    private static final VmRef WWW2 = new VmRef("acme-web", "production", "www2"); // on: root (2 backups), uploads
    private static final VmRef DB1 = new VmRef("acme-web", "production", "db1"); // on: pgdata has a schedule
    private static final VmRef BUILD = new VmRef("acme-web", "default", "build"); // off: root, cache
    private static final VmRef STAGING_DB = new VmRef("acme-web", "staging", "db"); // off: root, pgdata
    private static final VmRef OLDSHOP = new VmRef("acme-web", "staging", "oldshop"); // off and deleted

    /** The columns: each fault applies to the next request, which is the write. */
    enum FaultCase {
        BAD_REQUEST("400", f -> f.failNext(1, 400)),
        UNAUTHORIZED("401", f -> f.failNext(1, 401)),
        FORBIDDEN("403", f -> f.failNext(1, 403)),
        NOT_FOUND("404", f -> f.failNext(1, 404)),
        SERVER_ERROR("500", f -> f.failNext(1, 500)),
        UNAVAILABLE("503", f -> f.failNext(1, 503)),
        TIMEOUT("timeout", f -> f.hangNext(1, READ.multipliedBy(2))),
        RESET("conn reset", f -> f.dropNext(1)),
        MALFORMED("malformed 2xx", f -> f.malformedNext(1)),
        EMPTY("empty 2xx", f -> f.emptyNext(1)),
        LATENCY("5 s latency", f -> f.slowNext(1, Duration.ofSeconds(5)));

        final String title;
        final Consumer<Faults> inject;

        FaultCase(String title, Consumer<Faults> inject) {
            this.title = title;
            this.inject = inject;
        }
    }

    /**
     * One write: its kind, the HTTP methods of the requests it sends (one each, in order), whether
     * the client reads the answer's body (a purge does not), anything the simulator needs first
     * (say, a server switched off), and the request as the app would build it from the estate it
     * shows.
     */
    record WriteCase(ChangeKind kind, List<String> methods, boolean readsAnswer, boolean visible,
                     Consumer<BigVSimulator> setUp, Function<World, ChangeRequest<?>> request) {
        static WriteCase of(ChangeKind kind, String method, boolean readsAnswer,
                            Function<World, ChangeRequest<?>> request) {
            return new WriteCase(kind, List.of(method), readsAnswer, true, sim -> { }, request);
        }

        WriteCase withSetUp(Consumer<BigVSimulator> setUp) {
            return new WriteCase(kind, methods, readsAnswer, visible, setUp, request);
        }

        /** Sends these requests, each once, in this order (the first one meets the fault). */
        WriteCase sending(String... methods) {
            return new WriteCase(kind, List.of(methods), readsAnswer, visible, setUp, request);
        }

        /** A change that leaves nothing the estate shows (a reset reboots in place). */
        WriteCase invisible() {
            return new WriteCase(kind, methods, readsAnswer, false, setUp, request);
        }
    }

    /** What a case builds its request from: the estate the app shows, and the simulator behind it. */
    record World(Estate estate, BigVSimulator sim) {
        ServerEntry server(VmRef ref) {
            return estate.servers().stream().filter(s -> s.ref().equals(ref)).findFirst()
                    .orElseThrow(() -> new AssertionError("no server " + ref + " shown"));
        }

        ServerTarget target(VmRef ref) {
            return ServerTarget.of(server(ref));
        }

        /** A disc's backups as the simulator holds them, oldest first (the app reads them on demand). */
        List<Backup> backups(VmRef ref, String disc) {
            return sim.state().backupOperations().list(sim.state().vmId(ref.account(), ref.group(), ref.vm()), disc);
        }

        Disc disc(VmRef ref, String label) {
            ServerEntry server = server(ref);
            return server.vm().discs().stream().filter(d -> label.equals(d.label())).findFirst()
                    .orElseThrow(() -> new AssertionError("no disc " + label + " on " + server.vm().name()));
        }
    }

    static final List<WriteCase> CASES = List.of(
            WriteCase.of(ChangeKind.CREATE_DISC, "POST", true,
                    w -> DiscChanges.create(w.target(WWW1), new DiscSpec("matrix", 10240, "sata"))),
            WriteCase.of(ChangeKind.RESIZE_DISC, "PUT", true,
                    w -> DiscChanges.resize(w.target(WWW1), w.disc(WWW1, "uploads"), 204800)),
            WriteCase.of(ChangeKind.RELABEL_DISC, "PUT", true,
                    w -> DiscChanges.relabel(w.target(WWW1), w.disc(WWW1, "uploads"), "uploads-old")),
            WriteCase.of(ChangeKind.PURGE_DISC, "DELETE", false,
                    w -> DiscChanges.purge(w.target(WWW1), w.disc(WWW1, "uploads"))),
            WriteCase.of(ChangeKind.BACKUP_DISC, "POST", true,
                    w -> BackupChanges.takeBackup(w.target(WWW2), w.disc(WWW2, "root"))),
            WriteCase.of(ChangeKind.DELETE_BACKUP, "DELETE", false,
                    w -> BackupChanges.deleteBackup(w.target(WWW2), w.disc(WWW2, "root"), w.backups(WWW2, "root").get(0))),
            // a restore needs the server off: build is, and gets a backup of its cache first
            WriteCase.of(ChangeKind.RESTORE_BACKUP, "PUT", true,
                    w -> BackupChanges.restore(w.target(BUILD), w.disc(BUILD, "cache"), w.backups(BUILD, "cache").get(0)))
                    .withSetUp(sim -> sim.state().backupOperations().take(sim.state().vmId("acme-web", "default", "build"),
                            "cache")),
            WriteCase.of(ChangeKind.ADD_SCHEDULE, "POST", true,
                    w -> BackupChanges.addSchedule(w.target(WWW1), w.disc(WWW1, "uploads"),
                            new BackupScheduleSpec("00:00", 86400, 7))),
            WriteCase.of(ChangeKind.REMOVE_SCHEDULE, "DELETE", false,
                    w -> BackupChanges.removeSchedule(w.target(DB1), w.disc(DB1, "pgdata"),
                            w.disc(DB1, "pgdata").backupSchedules().get(0))),
            WriteCase.of(ChangeKind.START_SERVER, "PUT", false, w -> PowerChanges.start(w.server(BUILD))),
            // autoreboot off, then the powerdown signal; the guest would power off 5 min later
            WriteCase.of(ChangeKind.SHUTDOWN_SERVER, "PUT", false, w -> PowerChanges.shutdown(w.server(WWW1)))
                    .sending("PUT", "POST").withSetUp(sim -> sim.setPowerdownDelay(Duration.ofMinutes(5))),
            WriteCase.of(ChangeKind.STOP_SERVER, "PUT", false, w -> PowerChanges.stop(w.server(WWW1))),
            WriteCase.of(ChangeKind.RESTART_SERVER, "PUT", false, w -> PowerChanges.startAfterShutdown(w.server(BUILD))),
            WriteCase.of(ChangeKind.RESET_SERVER, "POST", false, w -> PowerChanges.reset(w.server(WWW1))).invisible(),
            WriteCase.of(ChangeKind.UNDELETE_SERVER, "PUT", false, w -> PowerChanges.undelete(w.server(OLDSHOP))),
            // both servers off, not the boot disc, a label free on the destination
            WriteCase.of(ChangeKind.MOVE_DISC, "PUT", true,
                    w -> MoveChanges.move(w.server(BUILD), w.disc(BUILD, "cache"), w.server(STAGING_DB))));

    /** How a cell must end: the status the caller hears, and whether the simulator made the change. */
    record Expected(Status status, boolean changed) {
    }

    static Expected expected(WriteCase write, FaultCase fault) {
        return switch (fault) {
            case BAD_REQUEST, UNAVAILABLE -> new Expected(Status.REFUSED, false);
            case UNAUTHORIZED -> new Expected(Status.SIGN_IN_NEEDED, false);
            case FORBIDDEN -> new Expected(Status.FORBIDDEN, false);
            case NOT_FOUND -> new Expected(Status.GONE, false);
            case SERVER_ERROR, TIMEOUT, RESET -> new Expected(Status.UNKNOWN, false);
            // the change was made; a garbled answer is unknown unless the client never reads it
            case MALFORMED -> new Expected(write.readsAnswer() ? Status.UNKNOWN : Status.DONE, write.visible());
            // an empty 2xx is read back with one GET
            case EMPTY -> new Expected(Status.DONE, write.visible());
            case LATENCY -> new Expected(Status.UNKNOWN, write.visible());
        };
    }

    /** What became of one cell. */
    record Cell(WriteCase write, FaultCase fault, Status status, List<String> problems, long millis,
                int requests) {
        boolean held() {
            return problems.isEmpty();
        }
    }

    private static final Map<ChangeKind, Map<FaultCase, Cell>> RESULTS = new ConcurrentHashMap<>();
    private static final LinkedBlockingQueue<BigVSimulator> SIMULATORS = new LinkedBlockingQueue<>();
    private static ExecutorService lanes;
    private static final Tally TALLY = Tally.of(FaultMatrixTest.class);
    private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
    private static final Logger ROOT = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private static final Logger APP = (Logger) LoggerFactory.getLogger("org.bigvdm");
    private static final Logger OKHTTP = (Logger) LoggerFactory.getLogger("okhttp3");

    @BeforeAll
    static void startTheLanes() {
        for (int i = 0; i < LANES; i++) {
            // as SimulatorExtension starts one: a powerdown takes 50 ms, a backup none
            SIMULATORS.add(BigVSimulator.start(SimulatorOptions.builder().port(0)
                    .powerdownDelay(Duration.ofMillis(50)).backupDelay(Duration.ZERO).build()));
        }
        AtomicInteger n = new AtomicInteger();
        lanes = Executors.newFixedThreadPool(LANES, r -> {
            Thread t = new Thread(r, "matrix-lane-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        LOG.start();
        ROOT.addAppender(LOG);
        APP.setLevel(Level.DEBUG); // everything the app could write into its log file, and more
        OKHTTP.setLevel(Level.DEBUG);
    }

    @AfterAll
    static void printTheMatrix() {
        lanes.shutdownNow();
        SIMULATORS.forEach(BigVSimulator::close);
        SIMULATORS.clear();
        ROOT.detachAppender(LOG);
        APP.setLevel(null);
        OKHTTP.setLevel(null);
        if (RESULTS.isEmpty()) {
            return;
        }
        System.out.println(table());
        List<Cell> cells = RESULTS.values().stream().flatMap(m -> m.values().stream()).toList();
        TALLY.add("cells tried", cells.size());
        TALLY.add("cells held", cells.stream().filter(Cell::held).count());
        TALLY.add("writes", RESULTS.size());
        TALLY.add("faults", FaultCase.values().length);
        TALLY.add("requests received by the simulator", cells.stream().mapToInt(Cell::requests).sum());
        TALLY.add("milliseconds, all cells", cells.stream().mapToLong(Cell::millis).sum());
        synchronized (LOG) {
            TALLY.add("log lines checked", LOG.list.size());
        }
        TALLY.write();
    }

    @Test
    void everyKindOfChangeHasACase() {
        Set<ChangeKind> covered = CASES.stream().map(WriteCase::kind).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(ChangeKind.class)));
        assertThat(EnumSet.complementOf(EnumSet.copyOf(covered)))
                .as("every ChangeKind needs a WriteCase in FaultMatrixTest.CASES (with the factory that makes it)")
                .isEmpty();
        assertThat(CASES).extracting(WriteCase::kind).doesNotHaveDuplicates();
    }

    /** Every cell starts at once in the lanes; each dynamic test then waits for its own. */
    @TestFactory
    Stream<DynamicTest> everyWriteAgainstEveryFault() {
        List<DynamicTest> tests = new ArrayList<>();
        for (WriteCase write : CASES) {
            for (FaultCase fault : FaultCase.values()) {
                Future<Cell> running = lanes.submit(() -> {
                    BigVSimulator sim = SIMULATORS.take();
                    try {
                        return run(sim, write, fault);
                    } finally {
                        SIMULATORS.add(sim);
                    }
                });
                tests.add(DynamicTest.dynamicTest(write.kind() + " × " + fault.title, () -> {
                    Cell cell = running.get(2, TimeUnit.MINUTES);
                    RESULTS.computeIfAbsent(write.kind(), k -> new EnumMap<>(FaultCase.class)).put(fault, cell);
                    assertThat(cell.problems()).as("%s × %s", write.kind(), fault.title).isEmpty();
                }));
            }
        }
        return tests.stream();
    }

    private static Cell run(BigVSimulator sim, WriteCase write, FaultCase fault) throws Exception {
        long start = System.nanoTime();
        sim.reset();
        String token = sim.tokenFor("demo");
        Expected expected = expected(write, fault);
        List<String> problems = new ArrayList<>();
        try (Wiring app = new Wiring(sim, token)) {
            write.setUp().accept(sim);
            app.loadEstate();
            Estate shownBefore = app.onUi(() -> app.estate.estate());
            ChangeRequest<?> request = write.request().apply(new World(shownBefore, sim));
            ServerEntry entry = shownBefore.server(request.change().server().serverId()).orElseThrow();
            List<Long> touched = request.change().servers().stream().map(ServerTarget::serverId).toList();
            Map<Long, String> before = truth(sim, touched);

            sim.requests().clear();
            fault.inject.accept(sim.faults());

            long callerNanos = app.onUi(() -> {
                long t = System.nanoTime();
                app.start(request);
                return System.nanoTime() - t;
            });
            FinishedChange finished = app.finished.poll(READ.multipliedBy(6).toMillis(), TimeUnit.MILLISECONDS);
            sim.faults().clear();
            if (finished == null) {
                problems.add("never finished");
                return new Cell(write, fault, null, problems, elapsed(start), sim.requests().all().size());
            }
            app.onUi(() -> null); // whatever the UI thread still had queued has run

            // one answer, one clear message
            ChangeOutcome<?> outcome = finished.outcome();
            if (app.answers.size() != 1) {
                problems.add("answered " + app.answers.size() + " times");
            }
            if (outcome.status() != expected.status()) {
                problems.add("ended " + outcome.status() + ", expected " + expected.status());
            }
            String message = outcome.error() == null ? "" : outcome.error().oneLine();
            problems.addAll(unclear(message, outcome.status()));
            if (!message.isEmpty() && message.contains(token)) {
                problems.add("the token is in the message");
            }

            // never re-sent
            Map<String, Integer> received = sim.requests().all();
            List<String> writes = received.keySet().stream().filter(k -> !k.startsWith("GET ")).toList();
            boolean eachOnce = writes.stream().allMatch(k -> received.get(k) == 1
                    && write.methods().contains(k.substring(0, k.indexOf(' '))));
            if (writes.isEmpty() || writes.size() > write.methods().size() || !eachOnce) {
                problems.add("writes received: " + writes.stream().map(k -> k + " ×" + received.get(k)).toList());
            }

            // the UI thread never waited
            if (callerNanos > TimeUnit.MILLISECONDS.toNanos(UI_BUDGET_MS)) {
                problems.add("starting the change held the UI thread " + callerNanos / 1_000_000 + " ms");
            }
            if (app.ui.longestMillis() > UI_BUDGET_MS) {
                problems.add("a UI task ran " + app.ui.longestMillis() + " ms");
            }
            if (app.requestsOnUi.get() > 0) {
                problems.add(app.requestsOnUi.get() + " HTTP request(s) made on the UI thread");
            }
            if (!app.ui.failures.isEmpty()) {
                problems.add("UI task failed: " + app.ui.failures);
            }

            // the estate shows the simulator's truth, and the change happened or not as the fault implies
            Map<Long, String> after = truth(sim, touched);
            boolean changed = !after.equals(before);
            if (changed != expected.changed()) {
                problems.add(changed ? "the simulator changed" : "the simulator did not change");
            }
            Map<Long, String> shown = app.onUi(() -> shown(app.estate, touched));
            if (!shown.equals(after)) {
                problems.add("the app shows " + shown + " but the simulator holds " + after);
            }
            int signIns = app.signInsAsked.get();
            if (signIns != (fault == FaultCase.UNAUTHORIZED ? 1 : 0)) {
                problems.add("sign-in asked " + signIns + " times");
            }
            if (fault == FaultCase.FORBIDDEN && !entry.vm().deleted() && app.onUi(() -> app.access.mayChange(entry))) {
                problems.add("a 403 on a server still there left its account writable");
            }

            // no secret in the log (everything logged so far, by every lane: this token is this cell's)
            List<String> logged;
            synchronized (LOG) {
                logged = LOG.list.stream().map(FaultMatrixTest::text).toList();
            }
            logged.stream().filter(line -> line.contains(token)).findFirst()
                    .ifPresent(line -> problems.add("the token is in the log: " + line));
            int requests = received.values().stream().mapToInt(Integer::intValue).sum();
            return new Cell(write, fault, outcome.status(), problems, elapsed(start), requests);
        }
    }

    /** Why a message is not one clear line for a person, or nothing. */
    private static List<String> unclear(String message, Status status) {
        List<String> why = new ArrayList<>();
        if (status == Status.DONE) {
            if (!message.isEmpty()) {
                why.add("a done change came with an error: " + message);
            }
            return why;
        }
        if (message.isBlank()) {
            why.add("no message");
        }
        if (message.contains("\n") || message.length() > 300) {
            why.add("not one short line: " + message);
        }
        if (message.contains("{") || message.contains("\":") || message.contains("<html")) {
            why.add("raw JSON or HTML: " + message);
        }
        if (message.contains("Exception") || message.contains("\tat ") || message.contains(".java:")) {
            why.add("a stack trace or exception name: " + message);
        }
        return why;
    }

    /** The touched servers as the simulator holds them, in the terms the app shows. */
    private static Map<Long, String> truth(BigVSimulator sim, List<Long> servers) {
        Map<Long, String> out = new java.util.TreeMap<>();
        for (long id : servers) {
            out.put(id, view(sim.state().vm(id)));
        }
        return out;
    }

    /** The touched servers as the app's estate shows them. UI thread. */
    private static Map<Long, String> shown(EstateService estate, List<Long> servers) {
        Map<Long, String> out = new java.util.TreeMap<>();
        for (long id : servers) {
            out.put(id, estate.estate().server(id).map(s -> view(s.vm())).orElse("(not shown)"));
        }
        return out;
    }

    private static String view(VirtualMachine vm) {
        String discs = vm.discs().stream().sorted(java.util.Comparator.comparingLong(Disc::id))
                .map(d -> d.id() + ":" + d.label() + ":" + d.size() + ":" + d.storageGrade() + ":backups "
                        + d.backupCount() + ":schedules " + d.backupSchedules().size())
                .collect(Collectors.joining(","));
        return vm.name() + (vm.powerOn() ? " on" : " off") + (vm.autorebootOn() ? " autoreboot" : "")
                + (vm.deleted() ? " deleted" : "") + " [" + discs + "]";
    }

    private static String text(ILoggingEvent e) {
        String thrown = e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy());
        return e.getFormattedMessage() + thrown;
    }

    private static long elapsed(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Rows: the writes; columns: the faults; each cell how it ended, ✗ where it did not hold. */
    static String table() {
        StringBuilder t = new StringBuilder("\nFault matrix (ChangeService + HttpBrainClient against the simulator; client waits ")
                .append(READ.toMillis()).append(" ms)\n");
        List<FaultCase> faults = List.of(FaultCase.values());
        t.append(String.format("| %-15s |", "write"));
        faults.forEach(f -> t.append(String.format(" %-14s |", f.title)));
        t.append('\n').append("|").append("-".repeat(17)).append("|");
        faults.forEach(f -> t.append("-".repeat(16)).append("|"));
        t.append('\n');
        int tried = 0;
        int held = 0;
        for (WriteCase write : CASES) {
            Map<FaultCase, Cell> row = RESULTS.getOrDefault(write.kind(), Map.of());
            t.append(String.format("| %-15s |", write.kind()));
            for (FaultCase f : faults) {
                Cell c = row.get(f);
                String text = c == null ? "-" : (c.status() == null ? "HUNG" : c.status().name()) + (c.held() ? "" : " ✗");
                t.append(String.format(" %-14s |", text));
                if (c != null) {
                    tried++;
                    held += c.held() ? 1 : 0;
                }
            }
            t.append('\n');
        }
        t.append(tried).append(" cells tried, ").append(held).append(" held\n");
        RESULTS.values().stream().flatMap(m -> m.values().stream()).filter(c -> !c.held())
                .forEach(c -> t.append("  ✗ ").append(c.write().kind()).append(" × ").append(c.fault().title)
                        .append(": ").append(c.problems()).append('\n'));
        return t.toString();
    }

    /** The service layer wired as the app wires it, on the real client, with a UI thread of its own. */
    private static final class Wiring implements AutoCloseable {
        final UiThread ui = new UiThread();
        final ExecutorTaskRunner runner = new ExecutorTaskRunner(ui);
        final AccessRights access = new AccessRights();
        final AtomicInteger requestsOnUi = new AtomicInteger();
        final AtomicInteger signInsAsked = new AtomicInteger();
        final List<ChangeOutcome<?>> answers = new CopyOnWriteArrayList<>();
        final LinkedBlockingQueue<FinishedChange> finished = new LinkedBlockingQueue<>();
        final SessionService session;
        final EstateService estate;
        final ChangeService changes;

        Wiring(BigVSimulator sim, String token) throws Exception {
            ClientConfig config = ClientConfig.defaults(Endpoints.single(sim.baseUri()), "fault-matrix")
                    .withTimeouts(Duration.ofSeconds(2), READ, READ.multipliedBy(2));
            OkHttpClient http = HttpClients.create(config).newBuilder().addInterceptor(chain -> {
                if (Thread.currentThread() == ui.thread) {
                    requestsOnUi.incrementAndGet();
                }
                return chain.proceed(chain.request());
            }).build();
            HttpBrainClient brain = new HttpBrainClient(http, config, () -> token);
            session = onUi(() -> TestSessions.on(brain, access, runner));
            estate = new EstateService(session, runner, Clock.systemUTC());
            changes = new ChangeService(session, estate, access, runner, Clock.systemUTC());
            onUi(() -> {
                session.subscribeSignInNeeded(after -> signInsAsked.incrementAndGet());
                changes.subscribe(finished::add);
                return null;
            });
        }

        void loadEstate() throws Exception {
            onUi(() -> {
                estate.refreshAll();
                return null;
            });
            // the storage grades are read beside the overview: wait for both, or a fault meant for
            // the write could meet that read instead
            Await.until(Duration.ofSeconds(10), () -> call(() -> estate.loadedOnceProperty().get()
                    && !estate.definitionsProperty().get().storageGrades().isEmpty()));
        }

        /** UI thread. */
        <R> void start(ChangeRequest<R> request) {
            changes.prepare(request, answers::add, () -> { }).start();
        }

        <T> T onUi(Callable<T> work) throws Exception {
            return ui.exec.submit(work).get(10, TimeUnit.SECONDS);
        }

        private boolean call(Callable<Boolean> work) {
            try {
                return onUi(work);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void close() {
            runner.close();
            ui.exec.shutdownNow();
        }
    }

    /** A single "UI" thread that times every task the runner hands it. */
    private static final class UiThread implements java.util.concurrent.Executor {
        volatile Thread thread;
        final ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "matrix-ui");
            t.setDaemon(true);
            thread = t;
            return t;
        });
        private final AtomicLong longestNanos = new AtomicLong();
        final List<Throwable> failures = new CopyOnWriteArrayList<>();

        @Override
        public void execute(Runnable task) {
            exec.execute(() -> {
                long t = System.nanoTime();
                try {
                    task.run();
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    longestNanos.accumulateAndGet(System.nanoTime() - t, Math::max);
                }
            });
        }

        long longestMillis() {
            return TimeUnit.NANOSECONDS.toMillis(longestNanos.get());
        }
    }
}
