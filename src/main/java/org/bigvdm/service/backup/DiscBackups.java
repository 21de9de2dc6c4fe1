package org.bigvdm.service.backup;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupSchedule;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;

/**
 * One disc's backups and schedules as read together: the disc as it is now (restoring or not,
 * its schedules), and its backups, oldest first.
 */
public record DiscBackups(Disc disc, List<Backup> backups) {

    public DiscBackups {
        Objects.requireNonNull(disc, "disc");
        backups = List.copyOf(backups);
    }

    public List<BackupSchedule> schedules() {
        return disc.backupSchedules();
    }

    public Optional<Backup> backup(long id) {
        return backups.stream().filter(b -> b.id() == id).findFirst();
    }

    /** When the newest backup whose label names a time was taken, or empty. */
    public Optional<Instant> latest() {
        return latestOf(backups);
    }

    /** When the newest of these backups was taken, as their labels say, or empty. */
    public static Optional<Instant> latestOf(List<Backup> backups) {
        return backups.stream().map(b -> BackupTimes.takenAt(b.label())).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }
}
