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
 * @param serverId        the server the list was read on, or null when not known: where to look for
 *                        the disc first (a disc can since have moved, or gone)
 */
public record BackupListRead(Integer discBackupCount, int listed, Optional<Instant> newest, Long serverId) {
    public BackupListRead {
        Objects.requireNonNull(newest, "newest");
    }

    /** A read whose server is not known. */
    public BackupListRead(Integer discBackupCount, int listed, Optional<Instant> newest) {
        this(discBackupCount, listed, newest, null);
    }

    static BackupListRead of(DiscBackups read, long serverId) {
        return new BackupListRead(read.disc().backupCount(), read.backups().size(), read.latest(), serverId);
    }
}
