package org.bigvdm.api.http;

import com.fasterxml.jackson.databind.JavaType;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.bigvdm.api.error.NotFoundException;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupScheduleSpec;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VmRef;

/**
 * The backup and schedule calls of {@link HttpBrainClient}, each write sent once. A write answered
 * 2xx with no body is read back (a failed read-back is an UnconfirmedWriteException): the backup
 * taken is the disc's newest one that is not known to be scheduled, the one restored is read by
 * its reference, the schedule added is the disc's newest one, each the best guess should another
 * client change the same disc meanwhile.
 */
final class BackupCalls {
    private static final JavaType BACKUP = JsonBodies.type(Backup.class);
    private static final JavaType BACKUPS = JsonBodies.listOf(Backup.class);
    private static final JavaType SCHEDULE = JsonBodies.type(BackupSchedule.class);
    private static final JavaType DISC = JsonBodies.type(Disc.class);

    private final BrainCalls calls;
    private final BrainUrls urls;

    BackupCalls(BrainCalls calls, BrainUrls urls) {
        this.calls = calls;
        this.urls = urls;
    }

    /** {@code GET .../discs/{disc}/backups}. */
    List<Backup> list(VmRef vm, String disc) {
        return calls.get(urls.vm(vm, "discs", disc, "backups").build(), BACKUPS);
    }

    /** {@code POST .../discs/{disc}/backups} with no body. */
    Backup take(VmRef vm, String disc) {
        HttpUrl url = urls.vm(vm, "discs", disc, "backups").build();
        Answer answer = calls.write("POST", url, null);
        if (!answer.emptyBody()) {
            return BrainCalls.parse(answer, url, BACKUP);
        }
        return BrainCalls.readBack(() -> list(vm, disc).stream()
                .filter(b -> !Boolean.FALSE.equals(b.manual()))
                .max(Comparator.comparingLong(Backup::id))
                .orElseThrow(() -> new NotFoundException("The new backup was not found on disc " + disc)));
    }

    /** {@code PUT .../discs/{disc}/backups/{backup} {"restore": true}}. */
    Backup restore(VmRef vm, String disc, String backup) {
        HttpUrl url = urls.vm(vm, "discs", disc, "backups", backup).build();
        Answer answer = calls.write("PUT", url, JsonBodies.object("restore", true));
        if (!answer.emptyBody()) {
            return BrainCalls.parse(answer, url, BACKUP);
        }
        return BrainCalls.readBack(() -> list(vm, disc).stream().filter(b -> refersTo(b, backup)).findFirst()
                .orElseThrow(() -> new NotFoundException("The restored backup " + backup + " was not found")));
    }

    /** {@code DELETE .../discs/{disc}/backups/{backup}?purge=true}: without purge the service deletes nothing. */
    void delete(VmRef vm, String disc, String backup) {
        calls.write("DELETE", urls.vm(vm, "discs", disc, "backups", backup).addQueryParameter("purge", "true").build(),
                null);
    }

    /** {@code POST .../discs/{disc}/backup_schedules {start_at, interval_seconds, capacity}}. */
    BackupSchedule addSchedule(VmRef vm, String disc, BackupScheduleSpec spec) {
        Objects.requireNonNull(spec, "spec");
        HttpUrl url = urls.vm(vm, "discs", disc, "backup_schedules").build();
        Answer answer = calls.write("POST", url, JsonBodies.write(spec));
        if (!answer.emptyBody()) {
            return BrainCalls.parse(answer, url, SCHEDULE);
        }
        return BrainCalls.readBack(() -> calls.<Disc>get(urls.vm(vm, "discs", disc).build(), DISC).backupSchedules()
                .stream().filter(s -> s.id() != null).max(Comparator.comparingLong(BackupSchedule::id))
                .orElseThrow(() -> new NotFoundException("The new schedule was not found on disc " + disc)));
    }

    /** {@code DELETE .../discs/{disc}/backup_schedules/{id}}. */
    void removeSchedule(VmRef vm, String disc, long scheduleId) {
        calls.write("DELETE", urls.vm(vm, "discs", disc, "backup_schedules", Long.toString(scheduleId)).build(), null);
    }

    /** A backup reference, as in URLs: an all-digit one is an id, anything else a label. */
    private static boolean refersTo(Backup b, String ref) {
        boolean byId = !ref.isEmpty() && ref.chars().allMatch(Character::isDigit);
        return byId ? String.valueOf(b.id()).equals(ref) : ref.equals(b.label());
    }
}
