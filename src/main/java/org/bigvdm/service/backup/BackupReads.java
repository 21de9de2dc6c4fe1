package org.bigvdm.service.backup;

import java.util.Optional;

/**
 * The backup lists read so far, as {@link BackupService} keeps them: for figures worked out from
 * what is already loaded, which must not send a request of their own.
 */
public interface BackupReads {
    /** What the last read of this disc's backups found, or empty when they were never read. Any thread. */
    Optional<BackupListRead> lastRead(long discId);

    /** Told after each backup list read, on the UI thread. */
    void subscribeReads(Runnable listener);
}
