package org.bigvdm.service.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
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
        Instant weekAgo = now.minus(WEEK);
        Set<Long> servers = new HashSet<>();
        Set<Long> discs = new HashSet<>();
        long mib = 0;
        int known = 0;
        int unknown = 0;
        boolean everywhere = NodeKeys.ALL.equals(key);
        // only the discs read can count: walk those (hundreds), not every disc within key (77,000 at 10,000 servers)
        for (Map.Entry<Long, BackupListRead> r : reads.lastReads().entrySet()) {
            BackupListRead read = r.getValue();
            ServerEntry s = holder(estate, r.getKey(), read);
            if (s == null || (!everywhere && !NodeKeys.isWithin(s.key(), key))) {
                continue; // gone from the estate, or elsewhere in it
            }
            Disc d = disc(s.vm(), r.getKey());
            if ((d.backupCount() != null && d.backupCount() == 0) || !current(read, d) || read.listed() == 0) {
                continue; // none to be old as the estate has it, or the read is not of the disc as it is now
            }
            Optional<Instant> newest = read.newest();
            if (newest.isEmpty()) {
                unknown++;
                continue;
            }
            known++;
            if (newest.get().isBefore(weekAgo)) {
                servers.add(s.vm().id());
                discs.add(d.id());
                mib += d.size();
            }
        }
        Slice slice = new Slice("Discs whose newest backup is more than a week old", servers, discs);
        return new BackupAges(key, new Figure("discs last backed up over a week ago", discs.size(), mib,
                () -> slice), known, unknown);
    }

    /**
     * The server holding the disc now: the one it was read on, as a rule (no index to build); one
     * found through the estate's index of discs when it has moved since, or null when it is gone.
     */
    private static ServerEntry holder(Estate estate, long discId, BackupListRead read) {
        if (read.serverId() != null) {
            ServerEntry readOn = estate.server(read.serverId()).orElse(null);
            if (readOn != null && disc(readOn.vm(), discId) != null) {
                return readOn;
            }
        }
        return estate.serverOfDisc(discId).orElse(null);
    }

    private static Disc disc(VirtualMachine vm, long discId) {
        for (Disc d : vm.discs()) {
            if (d.id() == discId) {
                return d;
            }
        }
        return null;
    }

    /** The read matches the disc as the estate has it: the same backup count, where both name one. */
    private static boolean current(BackupListRead read, Disc d) {
        return d.backupCount() == null || read.discBackupCount() == null
                || d.backupCount().equals(read.discBackupCount());
    }
}
