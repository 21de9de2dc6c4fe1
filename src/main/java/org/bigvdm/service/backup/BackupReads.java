package org.bigvdm.service.backup;

import java.util.Map;
import java.util.Optional;

/**
 * The backup lists read so far, as {@link BackupService} keeps them: for figures worked out from
 * what is already loaded, which must not send a request of their own.
 */
public interface BackupReads {
    /**
     * What the last read of each disc's backups found, by disc id: a read-only view that grows as
     * more are read, safe to walk on any thread while reads arrive. A figure over the discs read
     * walks this, not every disc of the estate.
     */
    Map<Long, BackupListRead> lastReads();

    /** What the last read of this disc's backups found, or empty when they were never read. Any thread. */
    default Optional<BackupListRead> lastRead(long discId) {
        return Optional.ofNullable(lastReads().get(discId));
    }

    /** Told after each backup list read, on the UI thread. */
    void subscribeReads(Runnable listener);
}
