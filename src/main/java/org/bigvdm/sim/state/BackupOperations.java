package org.bigvdm.sim.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupRules;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;

/**
 * The backups and backup schedules of a disc (contract sections 4 and 5), each request checked and
 * applied in one step under the estate's write lock: list, take now, restore, delete, add and
 * remove a schedule. Discs of a deleted server cannot change here either (403). How backups move
 * on in time is {@link BackupWork}'s part.
 */
public final class BackupOperations {
    private final SimState state;

    BackupOperations(SimState state) {
        this.state = state;
    }

    /** The timeline key under which a backup completes (for tests that look at pending transitions). */
    public static String completionKey(long discId, long backupId) {
        return BackupWork.backupKey(discId, backupId);
    }

    /** The timeline key of a schedule's next run. */
    public static String scheduleKey(long discId, long scheduleId) {
        return BackupWork.scheduleKey(discId, scheduleId);
    }

    /** The timeline key under which a restore onto the disc ends. */
    public static String restoreKey(long discId) {
        return BackupWork.restoreKey(discId);
    }

    /** How long taking a backup takes per 100 GiB of disc begun. */
    public Duration delay() {
        return state.backups().delay();
    }

    /** Changes the backup delay for backups taken and restores started from now on. */
    public void setDelay(Duration delay) {
        state.backups().setDelay(delay);
    }

    /** {@code GET .../discs/{disc}/backups}: oldest first. */
    public List<Backup> list(long vmId, String discRef) {
        return state.read(() -> {
            Disc disc = state.findDisc(state.vmLocked(vmId), discRef);
            List<Backup> out = new ArrayList<>();
            state.backups().of(disc.id()).forEach(b -> out.add(b.answer(disc.virtualMachineId())));
            return out;
        });
    }

    /** {@code GET .../discs/{disc}/backups/{backup}}: a label or an id. */
    public Backup backup(long vmId, String discRef, String backupRef) {
        return state.read(() -> {
            Disc disc = state.findDisc(state.vmLocked(vmId), discRef);
            return state.backups().find(disc.id(), backupRef).answer(disc.virtualMachineId());
        });
    }

    /** {@code POST .../discs/{disc}/backups}: a manual backup, now; in progress until copied. */
    public Backup take(long vmId, String discRef) {
        return state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            Disc disc = state.findDisc(vm, discRef);
            SimError.refuseIfDeleted(vm);
            if (disc.restoring()) {
                throw SimError.badRequest("disc", BackupRules.RESTORING);
            }
            BackupWork work = new BackupWork(state);
            StoredBackup backup = work.take(disc, true, null, state.timeline().now());
            work.refresh(disc.id());
            state.changed();
            return backup.answer(vmId);
        });
    }

    /**
     * {@code PUT .../discs/{disc}/backups/{backup} {"restore": true}}: first a manual safety backup
     * of the disc as it is, then the disc shows as restoring until the backup is copied back.
     * Only while the server is off, from a finished backup, and not during another restore. Without
     * {@code "restore": true} nothing changes (PUT works like PATCH).
     */
    public Backup restore(long vmId, String discRef, String backupRef, JsonNode body) {
        var errors = new FieldErrors();
        Boolean restore = errors.bool(body, "restore");
        return state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            Disc disc = state.findDisc(vm, discRef);
            StoredBackup backup = state.backups().find(disc.id(), backupRef);
            SimError.refuseIfDeleted(vm);
            errors.throwIfAny();
            if (!Boolean.TRUE.equals(restore)) {
                return backup.answer(vmId);
            }
            var problems = BackupRules.restoreProblems(vm.powerOn(), backup.answer(vmId), disc);
            if (!problems.isEmpty()) {
                throw SimError.badRequest(problems);
            }
            BackupWork work = new BackupWork(state);
            work.take(disc, true, null, state.timeline().now());
            work.startRestore(disc, backup.size());
            work.refresh(disc.id());
            state.changed();
            return backup.answer(vmId);
        });
    }

    /** {@code DELETE .../discs/{disc}/backups/{backup}?purge=true}; one in progress stops. */
    public void delete(long vmId, String discRef, String backupRef) {
        state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            Disc disc = state.findDisc(vm, discRef);
            StoredBackup backup = state.backups().find(disc.id(), backupRef);
            SimError.refuseIfDeleted(vm);
            state.backups().remove(backup.id());
            state.timeline().cancel(BackupWork.backupKey(disc.id(), backup.id()));
            new BackupWork(state).refresh(disc.id());
            state.changed();
            return null;
        });
    }

    /**
     * {@code POST .../discs/{disc}/backup_schedules {start_at, interval_seconds, capacity}}: checked
     * by {@link BackupRules}, every bad field named at once. The answer gives the start as RFC 3339
     * in UK time; the first run is the first of start + n × interval still to come.
     */
    public BackupSchedule addSchedule(long vmId, String discRef, JsonNode body) {
        // An older official client sends start_date; start_at wins when both come.
        String startAt = text(body.hasNonNull(BackupRules.START_AT) ? body.get(BackupRules.START_AT)
                : body.get("start_date"));
        String interval = text(body.get(BackupRules.INTERVAL));
        String capacity = text(body.get(BackupRules.CAPACITY));
        Map<String, List<String>> problems = BackupRules.scheduleProblems(startAt, interval, capacity);
        return state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            Disc disc = state.findDisc(vm, discRef);
            SimError.refuseIfDeleted(vm);
            if (!problems.isEmpty()) {
                throw SimError.badRequest(problems);
            }
            Instant now = state.timeline().now();
            ZonedDateTime start = BackupTimes.parseStartAt(startAt, now).orElseThrow();
            var schedule = new BackupSchedule(state.newId(), BackupTimes.answered(start),
                    (int) BackupRules.wholeNumber(interval), (int) BackupRules.wholeNumber(capacity));
            List<BackupSchedule> schedules = new ArrayList<>(disc.backupSchedules());
            schedules.add(schedule);
            state.putDisc(disc.withBackups(true, state.backups().of(disc.id()).size(), schedules));
            new BackupWork(state).arm(disc.id(), schedule, now);
            state.changed();
            return schedule;
        });
    }

    /** {@code DELETE .../discs/{disc}/backup_schedules/{id}}: its backups stay until deleted. */
    public void removeSchedule(long vmId, String discRef, String scheduleRef) {
        state.write(() -> {
            VirtualMachine vm = state.vmLocked(vmId);
            Disc disc = state.findDisc(vm, discRef);
            BackupSchedule gone = disc.backupSchedules().stream()
                    .filter(s -> s.id() != null && String.valueOf(s.id()).equals(scheduleRef))
                    .findFirst().orElseThrow(() -> SimError.notFound("backup schedule"));
            SimError.refuseIfDeleted(vm);
            List<BackupSchedule> schedules = new ArrayList<>(disc.backupSchedules());
            schedules.remove(gone);
            state.putDisc(disc.withBackups(!schedules.isEmpty(), state.backups().of(disc.id()).size(), schedules));
            state.timeline().cancel(BackupWork.scheduleKey(disc.id(), gone.id()));
            state.changed();
            return null;
        });
    }

    /** A JSON value as the text the rules check: a number's digits, a string as sent; null when absent. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : Objects.toString(value);
    }
}
