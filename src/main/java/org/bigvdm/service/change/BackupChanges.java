package org.bigvdm.service.change;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Disc;

/**
 * The backup and schedule changes of one disc, each as a {@link ChangeRequest}: the record of
 * what is asked and the call that asks exactly that. The disc and its backups are addressed by
 * id, so a relabel elsewhere cannot point a restore or a delete at another one. The record's
 * {@code asked} and {@code before} name the backup by label and the schedule by its wire fields,
 * so a journal line says what went without another read.
 */
public final class BackupChanges {
    private BackupChanges() {
    }

    /**
     * {@link ChangeKind#BACKUP_DISC}: {@code POST .../discs/{disc}/backups}, no body. The answer
     * is the backup, still in progress: wait for it by reading the list, never by sending again.
     */
    public static ChangeRequest<Backup> takeBackup(ServerTarget server, Disc disc) {
        DiscTarget target = DiscTarget.of(disc);
        Change change = new Change(ChangeKind.BACKUP_DISC, server, target, null, Map.of(), Map.of());
        return new ChangeRequest<>(change, "Backing up disc " + disc.label(),
                api -> api.takeBackup(server.ref(), target.address()));
    }

    /**
     * {@link ChangeKind#DELETE_BACKUP}: {@code DELETE .../discs/{disc}/backups/{backup}?purge=true}.
     * The service answers with no body, so the answer is the backup as it was.
     */
    public static ChangeRequest<Backup> deleteBackup(ServerTarget server, Disc disc, Backup backup) {
        DiscTarget target = DiscTarget.of(disc);
        Change change = new Change(ChangeKind.DELETE_BACKUP, server, target, null, Map.of(), backupFields(backup));
        return new ChangeRequest<>(change, "Deleting backup " + backup.label(), api -> {
            api.deleteBackup(server.ref(), target.address(), String.valueOf(backup.id()));
            return backup;
        });
    }

    /**
     * {@link ChangeKind#RESTORE_BACKUP}: {@code PUT .../discs/{disc}/backups/{backup}
     * {"restore": true}}. Overwrites the disc; the service takes a safety backup first and
     * refuses while the server is on.
     */
    public static ChangeRequest<Backup> restore(ServerTarget server, Disc disc, Backup backup) {
        DiscTarget target = DiscTarget.of(disc);
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("restore", true);
        asked.put("backup", backup.label());
        Change change = new Change(ChangeKind.RESTORE_BACKUP, server, target, null, asked, backupFields(backup));
        return new ChangeRequest<>(change, "Restoring disc " + disc.label() + " from " + backup.label(),
                api -> api.restoreBackup(server.ref(), target.address(), String.valueOf(backup.id())));
    }

    /**
     * {@link ChangeKind#ADD_SCHEDULE}: {@code POST .../discs/{disc}/backup_schedules
     * {start_at, interval_seconds, capacity}}. Check the spec with
     * {@link org.bigvdm.api.model.BackupRules} first.
     */
    public static ChangeRequest<BackupSchedule> addSchedule(ServerTarget server, Disc disc, BackupScheduleSpec spec) {
        DiscTarget target = DiscTarget.of(disc);
        Map<String, Object> asked = new LinkedHashMap<>();
        asked.put("start_at", spec.startAt());
        asked.put("interval_seconds", spec.intervalSeconds());
        asked.put("capacity", spec.capacity());
        Change change = new Change(ChangeKind.ADD_SCHEDULE, server, target, null, asked, Map.of());
        return new ChangeRequest<>(change, "Adding a backup schedule to " + disc.label(),
                api -> api.addBackupSchedule(server.ref(), target.address(), spec));
    }

    /**
     * {@link ChangeKind#REMOVE_SCHEDULE}: {@code DELETE .../discs/{disc}/backup_schedules/{id}}.
     * The backups it took stay. The answer is the schedule as it was (the service sends no body).
     */
    public static ChangeRequest<BackupSchedule> removeSchedule(ServerTarget server, Disc disc,
                                                               BackupSchedule schedule) {
        if (schedule.id() == null) {
            throw new IllegalArgumentException("a schedule without an id cannot be removed");
        }
        DiscTarget target = DiscTarget.of(disc);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("id", schedule.id());
        putIfKnown(before, "start_at", schedule.startAt());
        putIfKnown(before, "interval_seconds", schedule.intervalSeconds());
        putIfKnown(before, "capacity", schedule.capacity());
        Change change = new Change(ChangeKind.REMOVE_SCHEDULE, server, target, null, Map.of(), before);
        return new ChangeRequest<>(change, "Removing a backup schedule from " + disc.label(), api -> {
            api.removeBackupSchedule(server.ref(), target.address(), schedule.id());
            return schedule;
        });
    }

    private static Map<String, Object> backupFields(Backup backup) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("backup", backup.label());
        putIfKnown(fields, "size", backup.size());
        return fields;
    }

    private static void putIfKnown(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
