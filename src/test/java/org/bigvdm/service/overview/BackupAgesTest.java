package org.bigvdm.service.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.backup.BackupListRead;
import org.bigvdm.testutil.GeneratedEstates;
import org.bigvdm.testutil.ReadBackupLists;
import org.junit.jupiter.api.Test;

/**
 * Backup ages on the generated estate ({@code --vms 600 --seed 7}, every 5th disc with 3 backups),
 * with backup lists "read" for some discs by a rule on the disc id; the expected figures come
 * from that rule, walked over the accounts here, not from the reads.
 */
class BackupAgesTest {
    private static final Estate ESTATE = GeneratedEstates.estate(600, 7, GeneratedEstates::varied);
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    /**
     * Every 5th disc (3 backups) was read: every 3rd of those when it had 2 (out of date now),
     * every 17th found labels naming no time, the others found their newest backup
     * {@code id % 13} days and an hour ago. Every 4th other disc was read and had none.
     */
    static ReadBackupLists readByRule(Estate estate) {
        ReadBackupLists r = new ReadBackupLists();
        for (var s : estate.servers()) {
            for (Disc d : s.vm().discs()) {
                long id = d.id();
                if (id % 5 == 0) {
                    Instant newest = NOW.minus(Duration.ofDays(id % 13)).minus(Duration.ofHours(1));
                    r.keep(id, new BackupListRead(id % 3 == 0 ? 2 : 3, 3,
                            id % 17 == 0 ? Optional.empty() : Optional.of(newest)));
                } else if (id % 4 == 1) {
                    r.keep(id, new BackupListRead(0, 0, Optional.empty()));
                }
            }
        }
        return r;
    }

    private static boolean current(long id) {
        return id % 5 == 0 && id % 3 != 0;
    }

    @Test
    void countsDiscsWhoseNewestBackupIsOverAWeekOldOverTheListsReadAndStillCurrent() {
        BackupAges ages = BackupAges.of(ESTATE, NodeKeys.ALL, readByRule(ESTATE), NOW);

        Set<Long> stale = new HashSet<>();
        Set<Long> staleServers = new HashSet<>();
        long staleMib = 0;
        int known = 0;
        int unknown = 0;
        for (Account a : ESTATE.accounts()) {
            for (Group g : a.groups()) {
                for (VirtualMachine vm : g.virtualMachines()) {
                    for (Disc d : vm.discs()) {
                        long id = d.id();
                        if (!current(id)) {
                            continue;
                        }
                        if (id % 17 == 0) {
                            unknown++;
                        } else {
                            known++;
                            if (id % 13 >= 7) {
                                stale.add(id);
                                staleServers.add(vm.id());
                                staleMib += d.size();
                            }
                        }
                    }
                }
            }
        }
        assertThat(stale).isNotEmpty();
        assertThat(unknown).isPositive();
        assertThat(ages.key()).isEqualTo(NodeKeys.ALL);
        assertThat(ages.timesKnown()).isEqualTo(known);
        assertThat(ages.timesUnknown()).isEqualTo(unknown);
        assertThat(ages.stale().count()).isEqualTo(stale.size());
        assertThat(ages.stale().mib()).isEqualTo(staleMib);
        assertThat(ages.stale().slice().discs()).isEqualTo(stale);
        assertThat(ages.stale().slice().servers()).isEqualTo(staleServers);
    }

    @Test
    void anAccountCountsOnlyItsOwnDiscs() {
        Account account = ESTATE.accounts().get(1);
        BackupAges ages = BackupAges.of(ESTATE, NodeKeys.account(account.id()), readByRule(ESTATE), NOW);

        List<Disc> discs = account.groups().stream().flatMap(g -> g.virtualMachines().stream())
                .flatMap(vm -> vm.discs().stream()).toList();
        long known = discs.stream().filter(d -> current(d.id()) && d.id() % 17 != 0).count();
        long stale = discs.stream().filter(d -> current(d.id()) && d.id() % 17 != 0 && d.id() % 13 >= 7).count();
        assertThat(known).isPositive();
        assertThat(ages.timesKnown()).isEqualTo(known);
        assertThat(ages.stale().count()).isEqualTo(stale);
        assertThat(BackupAges.of(ESTATE, NodeKeys.ALL, readByRule(ESTATE), NOW).timesKnown()).isGreaterThan((int) known);
    }

    @Test
    void exactlyAWeekIsNotOverAWeekAndNothingReadCountsNothing() {
        Disc disc = Disc.of(1, "root", 25600, "sata", "p1", 10L).withBackups(true, 1, List.of());
        VirtualMachine vm = new VirtualMachine(10, "web1", 2, 1, 1024, true, true, false, null, null, null, null,
                null, null, null, null, List.of(disc), List.of());
        Estate estate = new Estate(List.of(new Account(1, "acme", false,
                List.of(new Group(2, 1, "default", List.of(vm))))));
        ReadBackupLists reads = new ReadBackupLists();

        assertThat(BackupAges.of(estate, NodeKeys.ALL, reads, NOW).timesKnown()).isZero();

        reads.keep(1L, new BackupListRead(1, 1, Optional.of(NOW.minus(BackupAges.WEEK))));
        BackupAges weekOld = BackupAges.of(estate, NodeKeys.ALL, reads, NOW);
        assertThat(weekOld.timesKnown()).isEqualTo(1);
        assertThat(weekOld.stale().count()).isZero();

        reads.keep(1L, new BackupListRead(null, 1, Optional.of(NOW.minus(BackupAges.WEEK).minusSeconds(1))));
        BackupAges older = BackupAges.of(estate, NodeKeys.ALL, reads, NOW);
        assertThat(older.stale().count()).isEqualTo(1);
        assertThat(older.stale().slice().servers()).containsExactly(10L);
        assertThat(older.stale().mib()).isEqualTo(25600);
    }

    /**
     * Two accounts, ids 1 and 11 (so "a1" is a prefix of "a11"), each with one server of one disc
     * with a backup, and three servers with none: more servers than lists read, so the count walks
     * the reads (the generated estate above has more reads than servers: it walks the discs).
     */
    private static final VirtualMachine WEB1 = server(10, 1L);
    private static final VirtualMachine DB1 = server(20, 5L);

    private static VirtualMachine server(long id, long discId) {
        Disc disc = Disc.of(discId, "root", 25600, "sata", "p1", id).withBackups(true, 1, List.of());
        return new VirtualMachine(id, "vm" + id, 2, 1, 1024, true, true, false, null, null, null, null,
                null, null, null, null, List.of(disc), List.of());
    }

    private static Estate twoAccounts(List<VirtualMachine> inAcme, List<VirtualMachine> inBeta) {
        return new Estate(List.of(new Account(1, "acme", false, List.of(new Group(2, 1, "default", withEmpty(inAcme, 30)))),
                new Account(11, "beta", false, List.of(new Group(4, 11, "default", withEmpty(inBeta, 40))))));
    }

    private static List<VirtualMachine> withEmpty(List<VirtualMachine> servers, long firstId) {
        List<VirtualMachine> all = new ArrayList<>(servers);
        for (long id = firstId; id < firstId + 3; id++) {
            all.add(server(id, 0).withDiscs(List.of()));
        }
        return all;
    }

    /** A month-old newest backup, read on this server (null: not known). */
    private static BackupListRead staleRead(Long readOn) {
        return new BackupListRead(1, 1, Optional.of(NOW.minus(Duration.ofDays(30))), readOn);
    }

    @Test
    void aDiscReadUnderOneNodeCountsThereAndNotUnderAnother() {
        Estate estate = twoAccounts(List.of(WEB1), List.of(DB1));
        ReadBackupLists reads = new ReadBackupLists();
        reads.keep(1L, staleRead(10L));
        reads.keep(5L, staleRead(20L));

        assertThat(BackupAges.of(estate, NodeKeys.ALL, reads, NOW).stale().slice().discs()).containsExactlyInAnyOrder(1L, 5L);
        BackupAges acme = BackupAges.of(estate, NodeKeys.account(1), reads, NOW);
        assertThat(acme.timesKnown()).isEqualTo(1);
        assertThat(acme.stale().slice().discs()).containsExactly(1L);
        assertThat(acme.stale().slice().servers()).containsExactly(10L);
        assertThat(BackupAges.of(estate, NodeKeys.account(11), reads, NOW).stale().slice().discs()).containsExactly(5L);
        assertThat(BackupAges.of(estate, NodeKeys.group(1, 2), reads, NOW).stale().slice().discs()).containsExactly(1L);
        assertThat(BackupAges.of(estate, NodeKeys.account(3), reads, NOW).timesKnown()).isZero();

        // the server moved to the other account: its disc's read now counts there
        Estate moved = twoAccounts(List.of(), List.of(WEB1, DB1));
        assertThat(BackupAges.of(moved, NodeKeys.account(1), reads, NOW).timesKnown()).isZero();
        assertThat(BackupAges.of(moved, NodeKeys.account(11), reads, NOW).stale().slice().discs())
                .containsExactlyInAnyOrder(1L, 5L);
    }

    @Test
    void aDiscMovedToAnotherServerSinceItsListWasReadCountsWhereItIsNow() {
        Disc root = WEB1.discs().get(0);
        Estate moved = twoAccounts(List.of(WEB1.withDiscs(List.of())),
                List.of(DB1.withDiscs(List.of(DB1.discs().get(0), root.withVirtualMachineId(20L)))));
        ReadBackupLists reads = new ReadBackupLists();
        reads.keep(1L, staleRead(10L));

        assertThat(BackupAges.of(moved, NodeKeys.account(1), reads, NOW).timesKnown()).isZero();
        BackupAges beta = BackupAges.of(moved, NodeKeys.account(11), reads, NOW);
        assertThat(beta.stale().slice().discs()).containsExactly(1L);
        assertThat(beta.stale().slice().servers()).containsExactly(20L);
    }

    @Test
    void aDiscThatLeftTheEstateIsNotCounted() {
        Estate estate = twoAccounts(List.of(WEB1), List.of(DB1));
        ReadBackupLists reads = new ReadBackupLists();
        reads.keep(1L, staleRead(10L));
        reads.keep(99L, staleRead(10L)); // never in this estate
        assertThat(BackupAges.of(estate, NodeKeys.ALL, reads, NOW).stale().slice().discs()).containsExactly(1L);

        Estate purged = estate.withServer(WEB1.withDiscs(List.of()));
        BackupAges ages = BackupAges.of(purged, NodeKeys.ALL, reads, NOW);
        assertThat(ages.timesKnown()).isZero();
        assertThat(ages.stale().count()).isZero();
        assertThat(BackupAges.of(twoAccounts(List.of(), List.of(DB1)), NodeKeys.ALL, reads, NOW).timesKnown()).isZero();
    }

    @Test
    void aReadNamingNoCountIsNotCountedWhereTheEstateSaysTheDiscHasNoBackups() {
        VirtualMachine none = WEB1.withDiscs(List.of(WEB1.discs().get(0).withBackups(true, 0, List.of())));
        Estate estate = twoAccounts(List.of(none), List.of());
        for (Long readOn : new Long[] {10L, null}) { // found by the server it was read on, and by a walk
            ReadBackupLists reads = new ReadBackupLists();
            reads.keep(1L, new BackupListRead(null, 1, Optional.of(NOW.minus(Duration.ofDays(30))), readOn));

            assertThat(BackupAges.of(estate, NodeKeys.ALL, reads, NOW).timesKnown()).isZero();
            assertThat(BackupAges.of(twoAccounts(List.of(WEB1), List.of()), NodeKeys.ALL, reads, NOW).stale().count())
                    .isEqualTo(1);
        }
    }
}
