package org.bigvdm.service.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import org.bigvdm.api.BrainApi;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.Disc;
import org.bigvdm.service.BackgroundTask;
import org.bigvdm.service.BrainAccess;
import org.bigvdm.service.Progress;
import org.bigvdm.service.Signal;
import org.bigvdm.service.TaskRunner;
import org.bigvdm.service.change.Change;
import org.bigvdm.service.change.ChangeKind;
import org.bigvdm.service.change.ChangeService;
import org.bigvdm.service.change.FinishedChange;
import org.bigvdm.service.change.ServerTarget;

/**
 * Reads a disc's backups and schedules off the FX thread, waits for a backup in progress by
 * reading the list again (never by sending anything), and tells its listeners which disc to read
 * again after every finished backup change, whatever its outcome (a lost answer is settled by
 * that read). Remembers what each disc's last read found (when its newest backup was taken, how
 * many there were), for the table and the overview, and tells them after each read.
 */
public final class BackupService implements BackupReads {
    /** The changes after which a disc's backups or schedules may differ. */
    public static final Set<ChangeKind> BACKUP_KINDS = EnumSet.of(ChangeKind.BACKUP_DISC, ChangeKind.DELETE_BACKUP,
            ChangeKind.RESTORE_BACKUP, ChangeKind.ADD_SCHEDULE, ChangeKind.REMOVE_SCHEDULE, ChangeKind.PURGE_DISC);

    private final BrainAccess session;
    private final TaskRunner runner;
    private final Duration pollEvery;
    private final Signal<Change> changed = new Signal<>();
    private final Signal<Long> listsRead = new Signal<>();
    private final Map<Long, BackupListRead> reads = new ConcurrentHashMap<>();
    private final Map<Long, BackupListRead> readsView = Collections.unmodifiableMap(reads);

    /**
     * @param pollEvery how long to wait between two reads while a backup is in progress
     */
    public BackupService(BrainAccess session, TaskRunner runner, ChangeService changes, Duration pollEvery) {
        this.session = Objects.requireNonNull(session, "session");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.pollEvery = Objects.requireNonNull(pollEvery, "pollEvery");
        changes.subscribe(this::finished);
    }

    /**
     * After every finished backup change (and a purge): the change, so whoever shows that disc
     * reads it again. UI thread.
     */
    public void subscribe(Consumer<? super Change> listener) {
        changed.subscribe(listener);
    }

    private void finished(FinishedChange f) {
        Change change = f.change();
        if (change.disc() != null && BACKUP_KINDS.contains(change.kind())) {
            changed.emit(change);
        }
    }

    /** Reads the disc (with its schedules) and its backups, by id. A 404 fails as GONE. */
    public BackgroundTask<DiscBackups> read(ServerTarget server, long discId) {
        return runner.task("Reading backups", () -> readNow(session.api(), server, discId))
                .onSuccess(read -> listsRead.emit(discId));
    }

    @Override
    public void subscribeReads(Runnable listener) {
        listsRead.subscribe(discId -> listener.run());
    }

    @Override
    public Map<Long, BackupListRead> lastReads() {
        return readsView;
    }

    private DiscBackups readNow(BrainApi api, ServerTarget server, long discId) {
        String address = String.valueOf(discId);
        Disc disc = api.disc(server.ref(), address);
        List<Backup> backups = api.backups(server.ref(), address);
        DiscBackups read = new DiscBackups(disc, backups);
        reads.put(discId, BackupListRead.of(read, server.serverId()));
        return read;
    }

    /**
     * When the newest backup of this disc was taken, as last read here; empty when never read
     * (or its backups name no time).
     */
    public Optional<Instant> latestKnown(long discId) {
        return lastRead(discId).flatMap(BackupListRead::newest);
    }

    /** True when this disc's backups were read here at least once. */
    public boolean readBefore(long discId) {
        return reads.containsKey(discId);
    }

    /**
     * Reads the disc's backups until {@code backup} is done, every {@code pollEvery}, with the
     * time it has taken as progress (cancellable from the jobs list: that only stops the
     * waiting). Fails as GONE when the backup is no longer listed (deleted meanwhile).
     */
    public BackgroundTask<Backup> waitUntilDone(ServerTarget server, long discId, Backup backup) {
        String title = "Backing up " + backup.label();
        return runner.taskWithProgress(title, progress -> {
            long started = System.nanoTime();
            while (true) {
                DiscBackups read = readNow(session.api(), server, discId);
                Backup now = read.backup(backup.id()).orElseThrow(() -> new NotFoundException(
                        "The backup " + backup.label() + " is no longer there"));
                if (!now.inProgress()) {
                    progress.update(1, "done");
                    return now;
                }
                long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
                progress.update(Progress.UNKNOWN, "in progress, " + seconds + " s");
                sleep(progress);
            }
        });
    }

    private void sleep(Progress progress) throws InterruptedException {
        long until = System.nanoTime() + pollEvery.toNanos();
        while (System.nanoTime() < until) {
            if (progress.isCancelled()) {
                throw new CancellationException("stopped waiting");
            }
            Thread.sleep(Math.min(100, Math.max(1, pollEvery.toMillis())));
        }
        if (progress.isCancelled()) {
            throw new CancellationException("stopped waiting");
        }
    }
}
