package org.bigvdm.service.overview;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.bigvdm.api.model.BackupRules;
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
     * @param estimatedMib  what the backups may take: per disc, its size times the backups it keeps
     *                      now or the most its schedules keep ({@link BackupRules#backupSpaceMib}),
     *                      whichever is more
     */
    public record BackupCoverage(Figure unprotected, Figure scheduled, int backupCount, long estimatedMib) {
    }

    public static EstateOverview of(Estate estate, String key) {
        List<ServerEntry> servers = estate.serversWithin(key);
        Builder b = new Builder(servers);
        boolean all = NodeKeys.ALL.equals(key);
        for (ServerEntry s : servers) {
            b.add(s, all);
        }
        String title = all ? "All accounts" : estate.accounts().stream()
                .filter(a -> NodeKeys.account(a.id()).equals(key)).map(a -> a.name()).findFirst().orElse(key);
        return b.build(key, title);
    }

    /** The group a server is counted in: "account / group" when all accounts are summed up. */
    private static String groupName(ServerEntry s, boolean qualified) {
        return qualified ? s.account().name() + " / " + s.group().name() : s.group().name();
    }

    private static String grade(Disc d) {
        return d.storageGrade() == null ? "" : d.storageGrade();
    }

    private static boolean hasBackupFields(Disc d) {
        return d.backupCount() != null || d.backupsEnabled() != null || !d.backupSchedules().isEmpty();
    }

    private static boolean unprotected(Disc d) {
        return hasBackupFields(d) && d.backupSchedules().isEmpty() && (d.backupCount() == null || d.backupCount() == 0);
    }

    private static boolean full(ServerEntry s) {
        return !s.vm().deleted() && s.vm().discs().size() >= DiscRules.MAX_DISCS_PER_SERVER;
    }

    private static boolean nearlyFull(ServerEntry s) {
        return !s.vm().deleted() && s.vm().discs().size() == DiscRules.MAX_DISCS_PER_SERVER - 1;
    }

    private static boolean deletedHolding(ServerEntry s) {
        return s.vm().deleted() && !s.vm().discs().isEmpty();
    }

    /** Which discs a figure counts; servers are those holding them. */
    private interface DiscTest {
        boolean counts(ServerEntry s, Disc d);
    }

    /** Sums the estate in one pass; the slices behind the figures are listed only when asked for. */
    private static final class Builder {
        private final List<ServerEntry> servers;
        private final Counter all = new Counter();
        private final Map<String, Counter> grades = new TreeMap<>();
        /** By group id (names are not unique across accounts); tree order. */
        private final Map<Long, GroupSum> groups = new LinkedHashMap<>();
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

        Builder(List<ServerEntry> servers) {
            this.servers = servers;
        }

        void add(ServerEntry s, boolean qualifyGroup) {
            GroupSum group = groups.get(s.group().id());
            if (group == null) {
                group = new GroupSum(groupName(s, qualifyGroup));
                groups.put(s.group().id(), group);
            }
            Counter groupCounter = group.total;
            Map<String, Counter> perGrade = group.byGrade;
            boolean isFull = full(s);
            boolean isNearlyFull = nearlyFull(s);
            boolean isDeleted = deletedHolding(s);
            if (isFull) {
                full.servers++;
            } else if (isNearlyFull) {
                nearlyFull.servers++;
            }
            if (isDeleted) {
                deleted.servers++;
            }
            for (Disc d : s.vm().discs()) {
                long size = d.size();
                all.disc(size);
                groupCounter.disc(size);
                String grade = grade(d);
                Counter g = grades.get(grade);
                if (g == null) {
                    g = new Counter();
                    grades.put(grade, g);
                }
                g.disc(size);
                perGrade.computeIfAbsent(grade, x -> new Counter()).disc(size);
                if (isFull) {
                    full.disc(size);
                } else if (isNearlyFull) {
                    nearlyFull.disc(size);
                }
                if (isDeleted) {
                    deleted.disc(size);
                }
                if (size >= NEAR_MAX_MIB) {
                    nearMax.disc(size);
                }
                if (d.migrating()) {
                    migrating.disc(size);
                }
                addBackups(d);
            }
        }

        private void addBackups(Disc d) {
            if (!hasBackupFields(d)) {
                return;
            }
            backupFieldsSeen = true;
            int count = d.backupCount() == null ? 0 : d.backupCount();
            backupCount += count;
            backupMib += Math.max(count * d.size(), BackupRules.backupSpaceMib(d.size(), d.backupSchedules()));
            if (!d.backupSchedules().isEmpty()) {
                scheduled.disc(d.size());
            } else if (count == 0) {
                unprotected.disc(d.size());
            }
        }

        EstateOverview build(String key, String title) {
            List<Figure> byGrade = new ArrayList<>();
            grades.forEach((g, c) -> byGrade.add(c.discs(g.isEmpty() ? "no grade" : g,
                    slice("Discs of grade " + g, (s, d) -> grade(d).equals(g)))));
            List<GroupTotal> byGroup = new ArrayList<>();
            groups.forEach((groupId, sum) -> {
                String group = sum.name;
                Map<String, Figure> split = new LinkedHashMap<>();
                sum.byGrade.forEach((grade, gc) -> split.put(grade, gc.discs(grade,
                        slice("Discs of grade " + grade + " in " + group,
                                (s, d) -> s.group().id() == groupId && grade(d).equals(grade)))));
                byGroup.add(new GroupTotal(group, sum.total.discs(group,
                        slice("Discs in " + group, (s, d) -> s.group().id() == groupId)), split));
            });
            Headroom headroom = new Headroom(
                    full.servers("servers at 8/8 discs", slice("Servers at 8 of 8 discs", (s, d) -> full(s))),
                    nearlyFull.servers("servers at 7/8 discs",
                            slice("Servers at 7 of 8 discs", (s, d) -> nearlyFull(s))),
                    nearMax.discs("discs near 2 TiB", slice("Discs of 1.8 TiB or more (the most is 2 TiB)",
                            (s, d) -> d.size() >= NEAR_MAX_MIB)),
                    migrating.discs("discs migrating",
                            slice("Discs moving to another storage pool", (s, d) -> d.migrating())),
                    deleted.servers("deleted servers holding storage",
                            slice("Deleted servers that still hold discs", (s, d) -> deletedHolding(s))));
            BackupCoverage backups = backupFieldsSeen ? new BackupCoverage(
                    unprotected.discs("discs with no backup and no schedule",
                            slice("Discs with no backup and no schedule", (s, d) -> unprotected(d))),
                    scheduled.discs("discs with a schedule", slice("Discs with a backup schedule",
                            (s, d) -> hasBackupFields(d) && !d.backupSchedules().isEmpty())),
                    backupCount, backupMib) : null;
            return new EstateOverview(key, title, servers.size(), all.discs(title, slice(title, (s, d) -> true)),
                    List.copyOf(byGrade), List.copyOf(byGroup), headroom, backups);
        }

        /** The ids behind a figure, listed on first use (then kept). */
        private Supplier<Slice> slice(String title, DiscTest test) {
            Slice[] made = new Slice[1];
            return () -> {
                synchronized (made) {
                    if (made[0] == null) {
                        Set<Long> serverIds = new HashSet<>();
                        Set<Long> discIds = new HashSet<>();
                        for (ServerEntry s : servers) {
                            for (Disc d : s.vm().discs()) {
                                if (test.counts(s, d)) {
                                    serverIds.add(s.vm().id());
                                    discIds.add(d.id());
                                }
                            }
                        }
                        made[0] = new Slice(title, serverIds, discIds);
                    }
                    return made[0];
                }
            };
        }
    }

    /** A group's storage, in all and per grade. */
    private static final class GroupSum {
        private final String name;
        private final Counter total = new Counter();
        private final Map<String, Counter> byGrade = new TreeMap<>();

        GroupSum(String name) {
            this.name = name;
        }
    }

    /** How many servers or discs a figure counts, and their storage. */
    private static final class Counter {
        private int servers;
        private int discs;
        private long mib;

        void disc(long size) {
            discs++;
            mib += size;
        }

        Figure discs(String name, Supplier<Slice> slice) {
            return new Figure(name, discs, mib, slice);
        }

        Figure servers(String name, Supplier<Slice> slice) {
            return new Figure(name, servers, mib, slice);
        }
    }
}
