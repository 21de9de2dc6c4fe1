package org.bigvdm.sim.state;

import java.time.DateTimeException;
import java.time.Instant;
import org.bigvdm.api.model.Backup;
import org.bigvdm.api.model.BackupTimes;
import org.bigvdm.api.model.Disc;

/**
 * A backup as the estate keeps it (and the data file holds it): what answers show, plus which
 * schedule took it ({@code scheduleId}, null for a manual one) and when ({@code takenAt},
 * ISO-8601). A backup is in progress while it is on its disc's grade and pool, done once it is
 * on {@code iceberg}. Answers add the server its disc is on now.
 */
public record StoredBackup(long id, String label, long parentDiscId, long size, boolean manual, Long scheduleId,
                           String takenAt, String storageGrade, String storagePool) {

    /** The cold storage pool finished backups live in. */
    static final String COLD_POOL = EstateBuilder.pool(Backup.COLD_STORAGE_GRADE, 1);

    /** A backup of {@code disc} just taken at {@code at}: still on the disc's own storage. */
    static StoredBackup taking(long id, String label, Disc disc, boolean manual, Long scheduleId, Instant at) {
        String grade = disc.restoring() ? disc.newStorageGrade() : disc.storageGrade();
        return new StoredBackup(id, label, disc.id(), disc.size(), manual, scheduleId, at.toString(), grade,
                disc.storagePool());
    }

    boolean done() {
        return Backup.COLD_STORAGE_GRADE.equals(storageGrade);
    }

    /** Moved to cold storage: no longer in progress. */
    StoredBackup completed() {
        return new StoredBackup(id, label, parentDiscId, size, manual, scheduleId, takenAt, Backup.COLD_STORAGE_GRADE,
                COLD_POOL);
    }

    /** When it was taken; a data file edited by hand may only have the label to tell. */
    Instant takenInstant() {
        if (takenAt != null) {
            try {
                return Instant.parse(takenAt);
            } catch (DateTimeException e) {
                // read the label instead
            }
        }
        return BackupTimes.takenAt(label).orElse(Instant.EPOCH);
    }

    /** As answers show it, on the server {@code vmId} its disc is on now. */
    Backup answer(Long vmId) {
        return Backup.of(id, label, size, storageGrade, storagePool, vmId, parentDiscId, manual);
    }
}
