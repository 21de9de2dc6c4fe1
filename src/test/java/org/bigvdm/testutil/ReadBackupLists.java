package org.bigvdm.testutil;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bigvdm.service.backup.BackupListRead;
import org.bigvdm.service.backup.BackupReads;

/** Backup lists "read" by test code, as the backup service keeps them; {@link #read} tells the subscribers. */
public final class ReadBackupLists implements BackupReads {
    private final Map<Long, BackupListRead> reads = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    @Override
    public Map<Long, BackupListRead> lastReads() {
        return Collections.unmodifiableMap(reads);
    }

    @Override
    public void subscribeReads(Runnable listener) {
        listeners.add(listener);
    }

    /** Keeps this as the disc's last read, without telling anyone (yet). */
    public void keep(long discId, BackupListRead read) {
        reads.put(discId, read);
    }

    /** Keeps this as the disc's last read and tells the subscribers, as a finished read does. */
    public void read(long discId, BackupListRead read) {
        keep(discId, read);
        listeners.forEach(Runnable::run);
    }
}
