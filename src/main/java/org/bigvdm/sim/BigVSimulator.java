package org.bigvdm.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.bigvdm.sim.auth.Sessions;
import org.bigvdm.sim.auth.SimUser;
import org.bigvdm.sim.fault.Faults;
import org.bigvdm.sim.http.RequestLog;
import org.bigvdm.sim.http.SimContext;
import org.bigvdm.sim.http.SimHttpServer;
import org.bigvdm.sim.state.DataFile;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.sim.state.GeneratedEstate;
import org.bigvdm.sim.state.SimState;
import org.bigvdm.sim.state.Snapshot;
import org.bigvdm.sim.time.RealTimeWaker;
import org.bigvdm.sim.time.Timeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running BigV simulator: brain and auth on one loopback port. Use:
 * <pre>{@code
 * try (var sim = BigVSimulator.start(SimulatorOptions.defaults())) {
 *     URI base = sim.baseUri();             // both the brain and the auth endpoint
 *     String token = sim.tokenFor("demo");  // or POST /session
 * }
 * }</pre>
 */
public final class BigVSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BigVSimulator.class);

    private final SimulatorOptions options;
    private final Timeline timeline;
    private final SimState state;
    private final Sessions sessions;
    private final Faults faults;
    private final ScheduledExecutorService timer;
    private final SimContext context;
    private final SimHttpServer server;

    private BigVSimulator(SimulatorOptions options) throws IOException {
        this.options = options;
        DataFile dataFile = options.dataFile() == null ? null : new DataFile(options.dataFile());
        // A data file that cannot be read stops the start here, before anything could overwrite it.
        Snapshot saved = dataFile == null ? null : dataFile.load().orElse(null);
        this.timeline = new Timeline(options.clock());
        this.state = new SimState(() -> seeded(options), timeline, options.backupDelay());
        if (saved != null) {
            state.load(saved);
        }
        if (dataFile != null) {
            // Written once before serving: a file that cannot be written stops the start here,
            // instead of every change being acknowledged and then lost.
            dataFile.save(state.snapshot());
            state.onChange(dataFile::save);
        }
        this.sessions = new Sessions(options.clock(), options.sessionLifetime());
        this.faults = new Faults(options.seed()).latency(options.latency());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bigv-sim-timer");
            t.setDaemon(true);
            return t;
        });
        RealTimeWaker.attach(timeline, timer);
        this.context = new SimContext(state, sessions, faults, timer, options.powerdownDelay(), this::reset);
        this.server = new SimHttpServer(context, options.port());
    }

    /** Starts a simulator; it serves until {@link #close()}. */
    public static BigVSimulator start(SimulatorOptions options) {
        try {
            var sim = new BigVSimulator(options);
            sim.server.start();
            LOG.info("BigV simulator serving {} ({} servers)", sim.baseUri(), sim.state.snapshot().virtualMachines().size());
            return sim;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the BigV simulator on port " + options.port(), e);
        }
    }

    /** {@code http://127.0.0.1:<port>/}: the brain and the auth endpoint both. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    public int port() {
        return server.port();
    }

    public SimulatorOptions options() {
        return options;
    }

    /** The estate, to look at or change directly in tests. */
    public SimState state() {
        return state;
    }

    /**
     * The simulator's clock and pending timed transitions (powerdowns, backups, schedules). With a test clock:
     * move it, then {@code timeline().runDue()} (or the next request) applies what fell due.
     */
    public Timeline timeline() {
        return timeline;
    }

    /** Fault injection, for tests. */
    public Faults faults() {
        return faults;
    }

    /** Every request received since the last {@code requests().clear()}, per method and path (not control requests). */
    public RequestLog requests() {
        return context.requests();
    }

    public Sessions sessions() {
        return sessions;
    }

    /** Changes how long a backup takes per 100 GiB of disc, for backups and restores started from now on. */
    public void setBackupDelay(java.time.Duration delay) {
        state.backupOperations().setDelay(delay);
    }

    /** Changes how long a powerdown signal takes to turn a server off. */
    public void setPowerdownDelay(java.time.Duration delay) {
        context.setPowerdownDelay(delay);
    }

    /** A fresh session token for a simulator user ({@code demo}, {@code twofactor}, {@code readonly}, {@code mixed}). */
    public String tokenFor(String username) {
        SimUser user = SimUser.byName(username);
        if (user == null) {
            throw new IllegalArgumentException("no simulator user " + username);
        }
        return sessions.issue(user);
    }

    /** The seeded estate again, no faults; sessions stay valid. */
    public void reset() {
        faults.clear();
        faults.latency(options.latency());
        context.setPowerdownDelay(options.powerdownDelay());
        state.backupOperations().setDelay(options.backupDelay());
        sessions.setLifetimeOverride(options.sessionLifetime());
        state.reset();
    }

    @Override
    public void close() {
        server.close();
        timer.shutdownNow();
        LOG.info("BigV simulator stopped");
    }

    private static Snapshot seeded(SimulatorOptions options) {
        return options.vms() > 0 ? GeneratedEstate.build(options.vms(), options.seed())
                : DemoEstate.build(options.clock().instant());
    }
}
