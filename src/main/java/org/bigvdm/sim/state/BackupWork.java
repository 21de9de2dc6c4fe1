package org.bigvdm.sim.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.sim.time.Timeline;

/**
 * What happens to backups over time, on the estate's {@link Timeline}: a backup moves to cold
 * storage once its copy time has passed, a schedule takes a backup at each run and prunes its own
 * to its capacity, a restore ends. Also keeps each disc's {@code backup_count},
 * {@code backups_enabled} and {@code backup_schedules} in step. Callers of the package methods hold
 * the estate's write lock; the transitions take it themselves.
 */
final class BackupWork {
    private final SimState state;
    private final BackupStore store;
    private final Timeline timeline;

    BackupWork(SimState state) {
        this.state = state;
        this.store = state.backups();
        this.timeline = state.timeline();
    }

    static String discPrefix(long discId) {
        return "disc/" + discId + "/";
    }

    static String backupKey(long discId, long backupId) {
        return discPrefix(discId) + "backup/" + backupId;
    }

    static String scheduleKey(long discId, long scheduleId) {
        return discPrefix(discId) + "schedule/" + scheduleId;
    }

    static String restoreKey(long discId) {
        return discPrefix(discId) + "restore";
    }

    /**
     * Takes a backup of {@code disc} as at {@code at}, labelled with that time; it completes when
     * its copy time after {@code at} has passed (at once if that is already so).
     */
    StoredBackup take(Disc disc, boolean manual, Long scheduleId, Instant at) {
        Set<String> labels = store.of(disc.id()).stream().map(StoredBackup::label).collect(Collectors.toSet());
        String label = BackupTimes.backupLabel(disc.label(), at);
        // (sim) two backups of one disc in the same second: the later gets -2, -3...
        for (int n = 2; labels.contains(label); n++) {
            label = BackupTimes.backupLabel(disc.label(), at) + "-" + n;
        }
        StoredBackup backup = StoredBackup.taking(state.newId(), label, disc, manual, scheduleId, at);
        Instant doneAt = at.plus(store.copyTime(disc.size()));
        if (doneAt.isAfter(timeline.now())) {
            long discId = disc.id();
            long backupId = backup.id();
            timeline.at(backupKey(discId, backupId), doneAt, due -> complete(backupId));
        } else {
            backup = backup.completed();
        }
        store.put(backup);
        return backup;
    }

    /** The disc's backup fields as its backups and schedules are now. */
    void refresh(long discId) {
        Disc disc = state.discOrNull(discId);
        if (disc == null) {
            return;
        }
        List<BackupSchedule> schedules = disc.backupSchedules();
        Disc updated = disc.withBackups(!schedules.isEmpty(), store.of(discId).size(), schedules);
        if (!updated.equals(disc)) {
            state.putDisc(updated);
        }
    }

    /** Runs {@code schedule} of the disc from its next run at or after {@code notBefore}. */
    void arm(long discId, BackupSchedule schedule, Instant notBefore) {
        Instant start = BackupTimes.parseStartAt(schedule.startAt(), notBefore).orElseThrow().toInstant();
        Instant next = BackupTimes.nextRun(start, schedule.intervalSeconds(), notBefore);
        long scheduleId = schedule.id();
        timeline.at(scheduleKey(discId, scheduleId), next, due -> run(discId, scheduleId, due));
    }

    /** Starts a restore of the disc: it shows cold storage until its copy time has passed. */
    void startRestore(Disc disc, long copySizeMib) {
        state.putDisc(Records.withGrades(disc, Backup.COLD_STORAGE_GRADE, disc.storageGrade()));
        long discId = disc.id();
        timeline.at(restoreKey(discId), timeline.now().plus(store.copyTime(copySizeMib)), due -> finishRestore(discId));
    }

    /**
     * After the estate was loaded (pending transitions are not saved): every disc's backup fields
     * from its backups, and the transitions armed again. Schedules run from their next run after now.
     */
    void settle() {
        Instant now = timeline.now();
        Map<Long, Integer> counts = new HashMap<>();
        for (StoredBackup b : store.all()) {
            counts.merge(b.parentDiscId(), 1, Integer::sum);
            if (!b.done()) {
                Instant doneAt = b.takenInstant().plus(store.copyTime(b.size()));
                if (doneAt.isAfter(now)) {
                    long backupId = b.id();
                    timeline.at(backupKey(b.parentDiscId(), backupId), doneAt, due -> complete(backupId));
                } else {
                    store.put(b.completed());
                }
            }
        }
        for (Disc disc : state.allDiscs()) {
            List<BackupSchedule> schedules = disc.backupSchedules().stream().filter(BackupWork::usable).toList();
            Disc settled = disc.withBackups(!schedules.isEmpty(), counts.getOrDefault(disc.id(), 0), schedules);
            if (!settled.equals(disc)) {
                state.putDisc(settled);
            }
            schedules.forEach(s -> arm(disc.id(), s, now.plusNanos(1)));
            if (disc.restoring()) {
                long discId = disc.id();
                timeline.at(restoreKey(discId), now.plus(store.copyTime(disc.size())), due -> finishRestore(discId));
            }
        }
    }

    /** Everything of a purged disc goes with it: backups, schedules, pending transitions. */
    void forget(long discId) {
        store.removeAllOf(discId);
        timeline.cancelAll(discPrefix(discId));
    }

    // ---- transitions (each takes the write lock) ---------------------------------------------

    private void complete(long backupId) {
        state.write(() -> {
            StoredBackup b = store.get(backupId);
            if (b != null && !b.done()) {
                store.put(b.completed());
                state.changed();
            }
            return null;
        });
    }

    /**
     * A schedule's run fell due. After a jump in time several may have: only the newest
     * {@code capacity} of them would survive pruning, so only those are taken, each with its own
     * time. Then the schedule's own backups beyond its capacity go, oldest first.
     */
    private void run(long discId, long scheduleId, Instant due) {
        state.write(() -> {
            Disc disc = state.discOrNull(discId);
            BackupSchedule schedule = disc == null ? null : disc.backupSchedules().stream()
                    .filter(s -> Objects.equals(s.id(), scheduleId)).findFirst().orElse(null);
            if (schedule == null) {
                return null;
            }
            long interval = schedule.intervalSeconds();
            long behind = Math.max(0, timeline.now().getEpochSecond() - due.getEpochSecond());
            long runs = 1 + behind / interval;
            for (long k = Math.max(0, runs - schedule.capacity()); k < runs; k++) {
                take(disc, false, scheduleId, due.plusSeconds(k * interval));
            }
            prune(discId, scheduleId, schedule.capacity());
            refresh(discId);
            timeline.at(scheduleKey(discId, scheduleId), due.plusSeconds(runs * interval),
                    next -> run(discId, scheduleId, next));
            state.changed();
            return null;
        });
    }

    private void prune(long discId, long scheduleId, int capacity) {
        List<StoredBackup> own = new ArrayList<>(store.of(discId).stream()
                .filter(b -> !b.manual() && Objects.equals(b.scheduleId(), scheduleId)).toList());
        own.sort(Comparator.comparing(StoredBackup::takenInstant).thenComparingLong(StoredBackup::id));
        for (int i = 0; i < own.size() - capacity; i++) {
            store.remove(own.get(i).id());
            timeline.cancel(backupKey(discId, own.get(i).id()));
        }
    }

    private void finishRestore(long discId) {
        state.write(() -> {
            Disc disc = state.discOrNull(discId);
            if (disc != null && disc.restoring()) {
                state.putDisc(Records.withGrades(disc, disc.newStorageGrade(), null));
                state.changed();
            }
            return null;
        });
    }

    /** A schedule a data file may hold that could never run is dropped rather than armed. */
    private static boolean usable(BackupSchedule s) {
        return s.id() != null && s.intervalSeconds() != null && s.intervalSeconds() > 0 && s.capacity() != null
                && s.capacity() > 0 && BackupTimes.parseStartAt(s.startAt(), Instant.EPOCH).isPresent();
    }
}
