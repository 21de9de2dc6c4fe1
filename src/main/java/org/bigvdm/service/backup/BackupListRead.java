package org.bigvdm.service.backup;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one read of a disc's backup list found, kept for whoever wants it later without asking
 * the service again (the Backups column, the overview's backup ages).
 *
 * @param discBackupCount the disc's {@code backup_count} as read with the list, or null when it sent none:
 *                        when the estate's count differs, this read is older or newer than the estate
 * @param listed          how many backups the list held
 * @param newest          when the newest backup whose label names a time was taken; empty when none does
 */
public record BackupListRead(Integer discBackupCount, int listed, Optional<Instant> newest) {
    public BackupListRead {
        Objects.requireNonNull(newest, "newest");
    }

    static BackupListRead of(DiscBackups read) {
        return new BackupListRead(read.disc().backupCount(), read.backups().size(), read.latest());
    }
}
