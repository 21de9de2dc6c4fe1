package org.bigvdm.service.overview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.DiscRules;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.ServerEntry;

/**
 * Where the storage of an account (or of every account) is, what is near its limits and what
 * has no backup, computed in one pass over the estate already loaded. Deleted servers count: as
 * long as they hold discs, they hold storage.
 *
 * @param key        the tree node summed up ({@link NodeKeys#ALL} or an account)
 * @param title      "All accounts" or the account's name
 * @param all        every disc of every server within the node
 * @param byGrade    per storage grade, sorted by name ("" for a disc without one)
 * @param byGroup    per group ("account / group" when all accounts are summed up), tree order
 * @param headroom   what is at or near a limit
 * @param backups    backup coverage, or null when the service sent no backup fields at all
 */
public record EstateOverview(String key, String title, int serverCount, Figure all, List<Figure> byGrade,
                             List<GroupTotal> byGroup, Headroom headroom, BackupCoverage backups) {

    /** Discs this close to the 2 TiB maximum count as near it: 90%. */
    public static final long NEAR_MAX_MIB = DiscRules.MAX_SIZE_MIB * 9 / 10;

    /** One group's storage, split by grade (grade name → figure), grades sorted by name. */
    public record GroupTotal(String name, Figure total, Map<String, Figure> byGrade) {
    }

    /**
     * Servers at all 8 discs or at 7, discs near 2 TiB, discs migrating, deleted servers still
     * holding storage.
     */
    public record Headroom(Figure full, Figure nearlyFull, Figure nearMaxSize, Figure migrating,
                           Figure deletedHolding) {
    }

    /**
     * @param unprotected   discs with no backup and no schedule
     * @param scheduled     discs with at least one schedule
     * @param backupCount   backups kept, over all discs
     * @param estimatedMib  what the backups may take: each backup at most its disc's size
     */
    public record BackupCoverage(Figure unprotected, Figure scheduled, int backupCount, long estimatedMib) {
    }

    public static EstateOverview of(Estate estate, String key) {
        Builder b = new Builder();
        for (ServerEntry s : estate.serversWithin(key)) {
            b.add(s, NodeKeys.ALL.equals(key));
        }
        String title = NodeKeys.ALL.equals(key) ? "All accounts" : estate.accounts().stream()
                .filter(a -> NodeKeys.account(a.id()).equals(key)).map(a -> a.name()).findFirst().orElse(key);
        return b.build(key, title);
    }

    /** Collects discs into the figures' counters. */
    private static final class Builder {
        private final Counter all = new Counter();
        private final Map<String, Counter> grades = new TreeMap<>();
        private final Map<String, Counter> groups = new LinkedHashMap<>();
        private final Map<String, Map<String, Counter>> groupGrades = new LinkedHashMap<>();
        private final Counter full = new Counter();
        private final Counter nearlyFull = new Counter();
        private final Counter nearMax = new Counter();
        private final Counter migrating = new Counter();
        private final Counter deleted = new Counter();
        private final Counter unprotected = new Counter();
        private final Counter scheduled = new Counter();
        private boolean backupFieldsSeen;
        private int backupCount;
        private long backupMib;
        private int servers;

        void add(ServerEntry s, boolean qualifyGroup) {
            servers++;
            all.server(s);
            String group = qualifyGroup ? s.account().name() + " / " + s.group().name() : s.group().name();
            Counter groupCounter = groups.computeIfAbsent(group, g -> new Counter());
            groupCounter.server(s);
            Map<String, Counter> perGrade = groupGrades.computeIfAbsent(group, g -> new TreeMap<>());
            int discs = s.vm().discs().size();
            boolean holding = s.vm().deleted() && discs > 0;
            if (!s.vm().deleted() && discs >= DiscRules.MAX_DISCS_PER_SERVER) {
                full.serverWithDiscs(s);
            } else if (!s.vm().deleted() && discs == DiscRules.MAX_DISCS_PER_SERVER - 1) {
                nearlyFull.serverWithDiscs(s);
            }
            if (holding) {
                deleted.serverWithDiscs(s);
            }
            for (Disc d : s.vm().discs()) {
                long id = s.vm().id();
                all.disc(id, d);
                groupCounter.disc(id, d);
                String grade = d.storageGrade() == null ? "" : d.storageGrade();
                grades.computeIfAbsent(grade, g -> new Counter()).disc(id, d);
                perGrade.computeIfAbsent(grade, g -> new Counter()).disc(id, d);
                if (d.size() >= NEAR_MAX_MIB) {
                    nearMax.disc(id, d);
                }
                if (d.migrating()) {
                    migrating.disc(id, d);
                }
                addBackups(id, d);
            }
        }

        private void addBackups(long serverId, Disc d) {
            if (d.backupCount() == null && d.backupsEnabled() == null && d.backupSchedules().isEmpty()) {
                return;
            }
            backupFieldsSeen = true;
            int count = d.backupCount() == null ? 0 : d.backupCount();
            backupCount += count;
            backupMib += count * d.size();
            if (!d.backupSchedules().isEmpty()) {
                scheduled.disc(serverId, d);
            } else if (count == 0) {
                unprotected.disc(serverId, d);
            }
        }

        EstateOverview build(String key, String title) {
            List<Figure> byGrade = new ArrayList<>();
            grades.forEach((g, c) -> byGrade.add(c.discs(g.isEmpty() ? "no grade" : g, "Discs of grade " + g)));
            List<GroupTotal> byGroup = new ArrayList<>();
            groups.forEach((g, c) -> {
                Map<String, Figure> split = new LinkedHashMap<>();
                groupGrades.get(g).forEach((grade, gc) -> split.put(grade, gc.discs(grade,
                        "Discs of grade " + grade + " in " + g)));
                byGroup.add(new GroupTotal(g, c.discs(g, "Discs in " + g), split));
            });
            Headroom headroom = new Headroom(
                    full.servers("servers at 8/8 discs", "Servers at 8 of 8 discs"),
                    nearlyFull.servers("servers at 7/8 discs", "Servers at 7 of 8 discs"),
                    nearMax.discs("discs near 2 TiB", "Discs of 1.8 TiB or more (the most is 2 TiB)"),
                    migrating.discs("discs migrating", "Discs moving to another storage pool"),
                    deleted.servers("deleted servers holding storage", "Deleted servers that still hold discs"));
            BackupCoverage backups = backupFieldsSeen ? new BackupCoverage(
                    unprotected.discs("discs with no backup and no schedule", "Discs with no backup and no schedule"),
                    scheduled.discs("discs with a schedule", "Discs with a backup schedule"),
                    backupCount, backupMib) : null;
            return new EstateOverview(key, title, servers, all.discs(title, title), List.copyOf(byGrade),
                    List.copyOf(byGroup), headroom, backups);
        }
    }

    /** Servers and discs behind one figure, and their storage. */
    private static final class Counter {
        private final Set<Long> servers = new HashSet<>();
        private final Set<Long> discs = new HashSet<>();
        private int serverCount;
        private long mib;

        void server(ServerEntry s) {
            servers.add(s.vm().id());
        }

        /** A server counted together with all of its discs. */
        void serverWithDiscs(ServerEntry s) {
            serverCount++;
            servers.add(s.vm().id());
            for (Disc d : s.vm().discs()) {
                discs.add(d.id());
                mib += d.size();
            }
        }

        void disc(long serverId, Disc d) {
            servers.add(serverId);
            discs.add(d.id());
            mib += d.size();
        }

        Figure discs(String name, String title) {
            return new Figure(name, discs.size(), mib, new Slice(title, servers, discs));
        }

        Figure servers(String name, String title) {
            return new Figure(name, serverCount, mib, new Slice(title, servers, discs));
        }
    }
}
