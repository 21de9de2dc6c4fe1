package org.bigvdm.service.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.backup.BackupListRead;
import org.bigvdm.service.backup.BackupReads;

/**
 * How old the newest backups are, as far as the app knows without asking: the estate carries no
 * backup times, only the backup lists do, and those are read one disc at a time (the Backups
 * column, the Backups pane). So the figure counts over the discs whose lists were read, says over
 * how many, and grows as more are read. A list read while the disc had another backup count than
 * the estate shows is out of date (or ahead of it) and not counted.
 *
 * @param key         the tree node summed up
 * @param stale       discs whose newest backup is more than {@link #WEEK} old
 * @param timesKnown  discs with backups whose lists were read and whose newest backup names its time
 * @param timesUnknown discs with backups whose lists were read but whose backups name no time
 *                    (a backup has no time field; its label names the time where the service labels it so)
 */
public record BackupAges(String key, Figure stale, int timesKnown, int timesUnknown) {
    /** Older than this counts as "over a week ago". */
    public static final Duration WEEK = Duration.ofDays(7);

    /** Counts over the discs within {@code key} whose backups {@code reads} has read, at {@code now}. */
    public static BackupAges of(Estate estate, String key, BackupReads reads, Instant now) {
        Map<Long, BackupListRead> lastReads = reads.lastReads();
        List<ServerEntry> within = estate.serversWithin(key);
        Tally tally = null;
        if (lastReads.size() < within.size()) {
            // fewer lists read than servers (500 against 10,000): walk the reads, not every disc within key
            tally = overReads(estate, key, lastReads, now);
        }
        if (tally == null) {
            tally = new Tally(now);
            for (ServerEntry s : within) {
                for (Disc d : s.vm().discs()) {
                    if (d.backupCount() == null || d.backupCount() != 0) { // most discs have none: no lookup
                        tally.add(s, d, lastReads.get(d.id()));
                    }
                }
            }
        }
        Slice slice = new Slice("Discs whose newest backup is more than a week old", tally.servers, tally.discs);
        return new BackupAges(key, new Figure("discs last backed up over a week ago", tally.discs.size(), tally.mib,
                () -> slice), tally.known, tally.unknown);
    }

    /**
     * Each disc read, found on the server it was read on; null when one is not there (moved or
     * gone since, or read with no server named): only a walk of the discs within key can tell.
     */
    private static Tally overReads(Estate estate, String key, Map<Long, BackupListRead> lastReads, Instant now) {
        Tally tally = new Tally(now);
        boolean everywhere = NodeKeys.ALL.equals(key);
        for (Map.Entry<Long, BackupListRead> r : lastReads.entrySet()) {
            BackupListRead read = r.getValue();
            ServerEntry s = read.serverId() == null ? null : estate.server(read.serverId()).orElse(null);
            Disc d = s == null ? null : disc(s.vm(), r.getKey());
            if (d == null) {
                return null;
            }
            if ((everywhere || NodeKeys.isWithin(s.key(), key)) && (d.backupCount() == null || d.backupCount() != 0)) {
                tally.add(s, d, read);
            }
        }
        return tally;
    }

    private static Disc disc(VirtualMachine vm, long discId) {
        for (Disc d : vm.discs()) {
            if (d.id() == discId) {
                return d;
            }
        }
        return null;
    }

    /** What the discs counted so far add up to. */
    private static final class Tally {
        private final Instant weekAgo;
        private final Set<Long> servers = new HashSet<>();
        private final Set<Long> discs = new HashSet<>();
        private long mib;
        private int known;
        private int unknown;

        Tally(Instant now) {
            weekAgo = now.minus(WEEK);
        }

        /** Counts this disc by its last read, if it was read, of the disc as the estate has it, and listed any. */
        void add(ServerEntry s, Disc d, BackupListRead read) {
            if (read == null || !current(read, d) || read.listed() == 0) {
                return;
            }
            Optional<Instant> newest = read.newest();
            if (newest.isEmpty()) {
                unknown++;
                return;
            }
            known++;
            if (newest.get().isBefore(weekAgo)) {
                servers.add(s.vm().id());
                discs.add(d.id());
                mib += d.size();
            }
        }
    }

    /** The read matches the disc as the estate has it: the same backup count, where both name one. */
    private static boolean current(BackupListRead read, Disc d) {
        return d.backupCount() == null || read.discBackupCount() == null
                || d.backupCount().equals(read.discBackupCount());
    }
}
