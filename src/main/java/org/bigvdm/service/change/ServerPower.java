package org.bigvdm.service.change;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.bigvdm.api.PowerState;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.BrainAccess;
import org.bigvdm.service.EstateService;
import org.bigvdm.service.Job;
import org.bigvdm.service.Progress;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.UserError;

/**
 * Power changes that take time: a clean shutdown and the wait until the server is off, and the
 * restart that applies disc changes (clean shutdown, wait until off, start). Each request goes
 * through {@link ChangeService}, once; the waiting is reads only ({@link
 * org.bigvdm.api.BrainApi#powerState}), shown as a progress task ("waiting for db1 to power off,
 * 12 s") that can be cancelled, and ends after a time-out. A time-out only reports: it never
 * stops a server by itself (the caller may offer {@link PowerChanges#stop}).
 *
 * <p>A lost answer is settled by reading: a shutdown whose answer was lost is followed by the
 * same wait (if the server goes off, the signal arrived), and a start whose answer was lost is
 * judged by the server as read again. Nothing is sent twice.
 *
 * <p>Other features use {@link #shutDown} to get a server off first (a restore, a move). UI thread.
 */
public final class ServerPower {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    static final Duration POLL_EVERY = Duration.ofSeconds(1);

    /** Waits between two reads of a server's power; tests move a clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;

        Sleeper REAL = d -> Thread.sleep(d.toMillis());
    }

    /** How a shutdown, a wait or a restart ended. */
    public enum End {
        /** The server was seen powered off. */
        OFF,
        /** The restart's start was made (or a lost answer's re-read shows the server on). */
        STARTED,
        /** The user stopped waiting: the server stays as it is (a shutdown already signalled goes on). */
        CANCELLED,
        /** Still on after the time-out: the caller may offer a hard stop. */
        TIMED_OUT,
        /** A request was refused or failed: {@code error} says why. */
        FAILED
    }

    /** What became of it; {@code error} is set for {@link End#FAILED}. */
    public record Result(ServerTarget server, End end, UserError error) {
        static Result of(ServerTarget server, End end) {
            return new Result(server, end, null);
        }
    }

    /** One shutdown or restart in progress, for the window to show and cancel. UI thread. */
    public static final class Waiting {
        private final ServerTarget server;
        private final boolean restart;
        private final ReadOnlyStringWrapper message;
        private Job job;
        private volatile boolean cancelled;

        Waiting(ServerTarget server, boolean restart) {
            this.server = server;
            this.restart = restart;
            this.message = new ReadOnlyStringWrapper((restart ? "Restarting " : "Shutting down ") + server.name());
        }

        public ServerTarget server() {
            return server;
        }

        /** True for a restart (the server starts again once off). */
        public boolean restart() {
            return restart;
        }

        /** "waiting for db1 to power off, 12 s". */
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        /** Stops waiting; nothing more is sent. The server stays as it is. */
        public void cancel() {
            cancelled = true;
            if (job != null) {
                job.cancel();
            }
        }

        public boolean isCancelled() {
            return cancelled;
        }
    }

    private final ChangeService changes;
    private final BrainAccess session;
    private final EstateService estate;
    private final TaskRunner waitRunner;
    private final Executor ui;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final Map<Change, Consumer<FinishedChange>> awaited = new IdentityHashMap<>();
    private final ObservableList<Waiting> waits = FXCollections.observableArrayList();
    private final ObservableList<Waiting> waitsShown = FXCollections.unmodifiableObservableList(waits);

    /**
     * @param ui         runs progress messages on the UI thread ({@code Platform::runLater} in the app)
     * @param waitRunner runs the waits until off (each sleeps between reads for up to the time-out): in
     *                   the app a runner of its own ({@code ExecutorTaskRunner.forWaits()}), so
     *                   that waits never hold the worker pool that refreshes and changes need
     */
    public ServerPower(ChangeService changes, BrainAccess session, EstateService estate, TaskRunner waitRunner,
                       Executor ui, Clock clock, Sleeper sleeper, Duration timeout) {
        this.changes = Objects.requireNonNull(changes);
        this.session = Objects.requireNonNull(session);
        this.estate = Objects.requireNonNull(estate);
        this.waitRunner = Objects.requireNonNull(waitRunner);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        this.sleeper = Objects.requireNonNull(sleeper);
        this.timeout = Objects.requireNonNull(timeout);
        changes.subscribe(finished -> {
            Consumer<FinishedChange> then = awaited.remove(finished.change());
            if (then != null) {
                then.accept(finished);
            }
        });
    }

    /** The change service this sends through. */
    public ChangeService changes() {
        return changes;
    }

    /** Shutdowns and restarts going on now. */
    public ObservableList<Waiting> waits() {
        return waitsShown;
    }

    /** The wait going on for this server, if any. */
    public Optional<Waiting> waitFor(long serverId) {
        return waits.stream().filter(w -> w.server.serverId() == serverId).findFirst();
    }

    /** How long a wait lasts before it reports {@link End#TIMED_OUT}. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Sends a change once and hears of it when it is settled (its servers read again). Power
     * changes without a wait (start, stop, reset, undelete) and a move go through here.
     */
    public void send(ChangeRequest<?> request, Consumer<FinishedChange> settled) {
        awaited.put(request.change(), settled);
        changes.prepare(request, outcome -> { }, () -> { }).start();
    }

    /**
     * Clean shutdown and the wait until off. A server already off ends at once with {@link End#OFF}.
     * {@code done} hears how it ended, after the server was read again.
     */
    public Waiting shutDown(ServerEntry server, Consumer<Result> done) {
        Waiting w = begin(server, false);
        shutDownThen(server, w, r -> finish(w, r, done));
        return w;
    }

    /**
     * Restart that applies disc changes: clean shutdown, wait until off, start. Ends with
     * {@link End#STARTED}, or how the shutdown ended ({@link End#TIMED_OUT}: the caller may offer a
     * hard stop and then {@link #startAfterStop}).
     */
    public Waiting restart(ServerEntry server, Consumer<Result> done) {
        Waiting w = begin(server, true);
        shutDownThen(server, w, r -> {
            if (r.end() == End.OFF && !w.cancelled) {
                start(server, r2 -> finish(w, r2, done));
            } else {
                finish(w, r, done);
            }
        });
        return w;
    }

    /** Waits again (say, after a time-out the user chose to keep waiting) without sending anything. */
    public Waiting waitUntilOff(ServerEntry server, boolean thenStart, Consumer<Result> done) {
        Waiting w = begin(server, thenStart);
        waitOff(ServerTarget.of(server), w, r -> {
            if (thenStart && r.end() == End.OFF && !w.cancelled) {
                start(server, r2 -> finish(w, r2, done));
            } else {
                finish(w, r, done);
            }
        });
        return w;
    }

    /** The start that ends a restart after the user chose a hard stop: stop, then start. */
    public void startAfterStop(ServerEntry server, Consumer<Result> done) {
        ServerTarget target = ServerTarget.of(server);
        send(PowerChanges.stop(server), f -> {
            if (f.outcome().status() == ChangeOutcome.Status.DONE || isOff(f)) {
                start(server, done);
            } else {
                done.accept(failed(target, f));
            }
        });
    }

    private Waiting begin(ServerEntry server, boolean restart) {
        Waiting w = new Waiting(ServerTarget.of(server), restart);
        waits.add(w);
        return w;
    }

    private void finish(Waiting w, Result r, Consumer<Result> done) {
        waits.remove(w);
        done.accept(w.cancelled && r.end() != End.STARTED ? Result.of(r.server(), End.CANCELLED) : r);
    }

    private void shutDownThen(ServerEntry server, Waiting w, Consumer<Result> then) {
        ServerTarget target = ServerTarget.of(server);
        if (!server.vm().powerOn()) {
            then.accept(Result.of(target, End.OFF));
            return;
        }
        send(PowerChanges.shutdown(server), f -> {
            ChangeOutcome.Status status = f.outcome().status();
            if (isOff(f)) {
                then.accept(Result.of(target, End.OFF));
            } else if (status == ChangeOutcome.Status.DONE || status == ChangeOutcome.Status.UNKNOWN) {
                // a lost answer is settled by watching: if it goes off, the signal arrived
                waitOff(target, w, then);
            } else {
                then.accept(failed(target, f));
            }
        });
    }

    private void start(ServerEntry server, Consumer<Result> then) {
        ServerTarget target = ServerTarget.of(server);
        send(PowerChanges.startAfterShutdown(server), f -> {
            ChangeOutcome.Status status = f.outcome().status();
            boolean seenOn = f.reread().stream().anyMatch(vm -> vm.id() == target.serverId() && vm.powerOn());
            if (status == ChangeOutcome.Status.DONE || (status == ChangeOutcome.Status.UNKNOWN && seenOn)) {
                then.accept(Result.of(target, End.STARTED));
            } else {
                then.accept(failed(target, f));
            }
        });
    }

    private void waitOff(ServerTarget target, Waiting w, Consumer<Result> then) {
        if (w.cancelled) {
            then.accept(Result.of(target, End.CANCELLED));
            return;
        }
        String name = target.name();
        boolean[] ended = {false};
        Consumer<Result> once = r -> {
            if (!ended[0]) {
                ended[0] = true;
                // the tree's power icon follows what the server is now
                estate.refreshServer(target.ref(), fresh -> then.accept(r));
            }
        };
        w.job = waitRunner.taskWithProgress("Waiting for " + name + " to power off", progress -> pollUntilOff(target,
                        progress, w))
                .onFinished(() -> {
                    if (w.job != null && w.job.isCancelled()) {
                        once.accept(Result.of(target, End.CANCELLED));
                    }
                })
                .onSuccess(end -> once.accept(Result.of(target, end)))
                .onFailure(error -> once.accept(new Result(target, End.FAILED, error)))
                .start();
    }

    private End pollUntilOff(ServerTarget target, Progress progress, Waiting w) throws Exception {
        Instant started = clock.instant();
        while (true) {
            if (progress.isCancelled() || w.cancelled) {
                return End.CANCELLED;
            }
            if (!readPower(target).map(PowerState::powerOn).orElse(true)) {
                return End.OFF;
            }
            Duration waited = Duration.between(started, clock.instant());
            if (waited.compareTo(timeout) >= 0) {
                return End.TIMED_OUT;
            }
            String text = "waiting for " + target.name() + " to power off, " + waited.toSeconds() + " s";
            progress.update((double) waited.toMillis() / timeout.toMillis(), text);
            ui.execute(() -> w.message.set(text));
            try {
                sleeper.sleep(POLL_EVERY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();   // cancelled: the answer is dropped anyway
                return End.CANCELLED;
            }
        }
    }

    /** The server's power, or empty when this read failed in a way worth reading again. */
    private Optional<PowerState> readPower(ServerTarget target) throws Exception {
        try {
            return Optional.of(session.api().powerState(target.ref()));
        } catch (RuntimeException e) {
            UserError error = UserError.of(e);
            if (error.kind() == UserError.Kind.GONE || error.kind() == UserError.Kind.FORBIDDEN
                    || error.needsSignIn()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private static boolean isOff(FinishedChange f) {
        ServerTarget target = f.change().server();
        return f.reread().stream().filter(vm -> vm.id() == target.serverId()).anyMatch(vm -> !vm.powerOn());
    }

    private static Result failed(ServerTarget target, FinishedChange f) {
        UserError error = f.outcome().error();
        if (error == null) {
            Optional<VirtualMachine> vm = f.reread().stream().filter(v -> v.id() == target.serverId()).findFirst();
            error = new UserError(UserError.Kind.UNEXPECTED, "No answer came for " + target.name()
                    + (vm.isPresent() ? "; read again, it is " + (vm.get().powerOn() ? "on" : "off") + "." : "."),
                    "", Map.of(), true);
        }
        return new Result(target, End.FAILED, error);
    }
}
