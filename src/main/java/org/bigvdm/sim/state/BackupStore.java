package org.bigvdm.sim.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The estate's backups, by id in the order they were taken, and how long taking one takes. Guarded
 * by the estate's lock like the rest of it; the delay may be changed at any time.
 */
final class BackupStore {
    private static final long COPY_UNIT_MIB = 100L * 1024;

    private final Map<Long, StoredBackup> backups = new LinkedHashMap<>();
    private volatile Duration delay;

    BackupStore(Duration delay) {
        setDelay(delay);
    }

    Duration delay() {
        return delay;
    }

    void setDelay(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("the backup delay must not be negative");
        }
        this.delay = delay;
    }

    /**
     * How long copying a disc of {@code sizeMib} to cold storage takes: the delay for every
     * 100 GiB begun, so a 25 GiB disc is done in one delay and a 1 TiB disc in eleven.
     */
    Duration copyTime(long sizeMib) {
        long units = Math.max(1, (sizeMib + COPY_UNIT_MIB - 1) / COPY_UNIT_MIB);
        return delay.multipliedBy(units);
    }

    void load(List<StoredBackup> all) {
        backups.clear();
        all.forEach(this::put);
    }

    List<StoredBackup> all() {
        return List.copyOf(backups.values());
    }

    long maxId() {
        return backups.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    StoredBackup get(long id) {
        return backups.get(id);
    }

    /** The backups of one disc, oldest first. */
    List<StoredBackup> of(long discId) {
        List<StoredBackup> out = new ArrayList<>();
        for (StoredBackup b : backups.values()) {
            if (b.parentDiscId() == discId) {
                out.add(b);
            }
        }
        return out;
    }

    /** A backup of the disc by reference: an all-digit one is an id, anything else a label; 404 if none. */
    StoredBackup find(long discId, String ref) {
        boolean byId = !ref.isEmpty() && ref.chars().allMatch(Character::isDigit);
        for (StoredBackup b : of(discId)) {
            if (byId ? String.valueOf(b.id()).equals(ref) : ref.equals(b.label())) {
                return b;
            }
        }
        throw SimError.notFound("backup");
    }

    void put(StoredBackup backup) {
        backups.put(backup.id(), backup);
    }

    void remove(long id) {
        backups.remove(id);
    }

    void removeAllOf(long discId) {
        backups.values().removeIf(b -> b.parentDiscId() == discId);
    }
}
