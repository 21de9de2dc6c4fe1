package org.bigvdm.service.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.testutil.GeneratedEstates;
import org.junit.jupiter.api.Test;

/**
 * The overview's figures on the simulator's generated estate ({@code --vms 600 --seed 7}, with
 * some discs migrating or backed up), each checked against a count made here in a different way:
 * plain loops and streams over the accounts, not the overview's one pass.
 */
class EstateOverviewTest {
    private static final Estate ESTATE = GeneratedEstates.estate(600, 7, GeneratedEstates::varied);

    /** A disc with where it lives. */
    private record Placed(Account account, Group group, VirtualMachine vm, Disc disc) {
    }

    private static List<Placed> discs(Predicate<Account> accounts) {
        return ESTATE.accounts().stream().filter(accounts)
                .flatMap(a -> a.groups().stream().flatMap(g -> g.virtualMachines().stream()
                        .flatMap(vm -> vm.discs().stream().map(d -> new Placed(a, g, vm, d)))))
                .toList();
    }

    private static List<VirtualMachine> servers(Predicate<Account> accounts) {
        return ESTATE.accounts().stream().filter(accounts).flatMap(a -> a.groups().stream())
                .flatMap(g -> g.virtualMachines().stream()).toList();
    }

    private static long mib(List<Placed> discs) {
        return discs.stream().mapToLong(p -> p.disc().size()).sum();
    }

    private static Set<Long> ids(List<Placed> discs) {
        return discs.stream().map(p -> p.disc().id()).collect(Collectors.toSet());
    }

    @Test
    void allAccountsTotalsPerGradeMatchASumOverEveryDisc() {
        EstateOverview ov = EstateOverview.of(ESTATE, NodeKeys.ALL);
        List<Placed> all = discs(a -> true);

        assertThat(ov.title()).isEqualTo("All accounts");
        assertThat(ov.serverCount()).isEqualTo(600);
        assertThat(ov.all().count()).isEqualTo(all.size());
        assertThat(ov.all().mib()).isEqualTo(mib(all));
        Map<String, Long> expected = new TreeMap<>(all.stream().collect(
                Collectors.groupingBy(p -> p.disc().storageGrade(), Collectors.summingLong(p -> p.disc().size()))));
        assertThat(ov.byGrade()).extracting(Figure::name).containsExactlyElementsOf(expected.keySet());
        for (Figure f : ov.byGrade()) {
            List<Placed> ofGrade = all.stream().filter(p -> p.disc().storageGrade().equals(f.name())).toList();
            assertThat(f.mib()).as(f.name()).isEqualTo(expected.get(f.name()));
            assertThat(f.count()).isEqualTo(ofGrade.size());
            assertThat(f.slice().discs()).isEqualTo(ids(ofGrade));
        }
        assertThat(ov.byGrade().stream().mapToLong(Figure::mib).sum()).isEqualTo(ov.all().mib());
    }

    @Test
    void anAccountsGroupsSplitByGradeAddUpToTheGroupsStorage() {
        Account account = ESTATE.accounts().get(1);
        EstateOverview ov = EstateOverview.of(ESTATE, NodeKeys.account(account.id()));

        assertThat(ov.title()).isEqualTo(account.name());
        assertThat(ov.byGroup()).extracting(EstateOverview.GroupTotal::name)
                .containsExactlyElementsOf(account.groups().stream().map(Group::name).toList());
        for (Group g : account.groups()) {
            EstateOverview.GroupTotal total = ov.byGroup().stream().filter(t -> t.name().equals(g.name()))
                    .findFirst().orElseThrow();
            long groupMib = 0;
            Map<String, Long> perGrade = new TreeMap<>();
            for (VirtualMachine vm : g.virtualMachines()) {
                for (Disc d : vm.discs()) {
                    groupMib += d.size();
                    perGrade.merge(d.storageGrade(), d.size(), Long::sum);
                }
            }
            assertThat(total.total().mib()).isEqualTo(groupMib);
            Map<String, Long> shown = new TreeMap<>();
            total.byGrade().forEach((grade, f) -> shown.put(grade, f.mib()));
            assertThat(shown).isEqualTo(perGrade);
        }
        long accountMib = mib(discs(a -> a.id() == account.id()));
        assertThat(ov.all().mib()).isEqualTo(accountMib).isLessThan(EstateOverview.of(ESTATE, NodeKeys.ALL).all().mib());
    }

    @Test
    void headroomCountsFullServersBigDiscsMigrationsAndDeletedServersWithStorage() {
        EstateOverview.Headroom h = EstateOverview.of(ESTATE, NodeKeys.ALL).headroom();
        List<VirtualMachine> vms = servers(a -> true);

        Set<Long> full = new HashSet<>();
        Set<Long> seven = new HashSet<>();
        Set<Long> deletedHolding = new HashSet<>();
        for (VirtualMachine vm : vms) {
            if (vm.deleted()) {
                if (!vm.discs().isEmpty()) {
                    deletedHolding.add(vm.id());
                }
            } else if (vm.discs().size() == 8) {
                full.add(vm.id());
            } else if (vm.discs().size() == 7) {
                seven.add(vm.id());
            }
        }
        assertThat(full).isNotEmpty();
        assertThat(seven).isNotEmpty();
        assertThat(deletedHolding).isNotEmpty();
        assertThat(h.full().count()).isEqualTo(full.size());
        assertThat(h.full().slice().servers()).isEqualTo(full);
        assertThat(h.nearlyFull().slice().servers()).isEqualTo(seven);
        assertThat(h.deletedHolding().slice().servers()).isEqualTo(deletedHolding);
        assertThat(h.deletedHolding().mib()).isEqualTo(vms.stream().filter(v -> deletedHolding.contains(v.id()))
                .mapToLong(VirtualMachine::totalDiscMib).sum());
        assertThat(h.full().slice().discCount()).isEqualTo(full.size() * 8);

        List<Placed> all = discs(a -> true);
        List<Placed> big = all.stream().filter(p -> p.disc().size() >= 1_887_437).toList(); // 90% of 2 TiB
        assertThat(big).isNotEmpty();
        assertThat(h.nearMaxSize().slice().discs()).isEqualTo(ids(big));
        assertThat(h.nearMaxSize().mib()).isEqualTo(mib(big));
        List<Placed> moving = all.stream().filter(p -> "ssd".equals(p.disc().newStorageGrade())).toList();
        assertThat(h.migrating().slice().discs()).isEqualTo(ids(moving));
        assertThat(h.migrating().count()).isEqualTo(all.stream().filter(p -> p.disc().id() % 7 == 0).count());
    }

    @Test
    void backupCoverageFindsDiscsWithNeitherBackupNorScheduleAndEstimatesTheSpace() {
        EstateOverview.BackupCoverage b = EstateOverview.of(ESTATE, NodeKeys.ALL).backups();
        List<Placed> all = discs(a -> true);

        List<Placed> bare = all.stream().filter(p -> p.disc().id() % 5 != 0 && p.disc().id() % 11 != 0).toList();
        assertThat(b.unprotected().slice().discs()).isEqualTo(ids(bare));
        assertThat(b.unprotected().mib()).isEqualTo(mib(bare));
        assertThat(b.scheduled().count()).isEqualTo(all.stream().filter(p -> p.disc().id() % 11 == 0).count());
        List<Placed> backedUp = all.stream().filter(p -> p.disc().id() % 5 == 0).toList();
        assertThat(b.backupCount()).isEqualTo(3 * backedUp.size());
        long expected = 0;
        for (Placed p : all) {
            long kept = Math.max(p.disc().id() % 5 == 0 ? 3 : 0, p.disc().id() % 11 == 0 ? 7 : 0);
            expected += kept * p.disc().size();
        }
        assertThat(b.estimatedMib()).isEqualTo(expected);
    }

    @Test
    void withoutAnyBackupFieldsThereIsNoCoverageToShow() {
        Disc bare = Disc.of(1, "root", 25600, "sata", "p1", 10L);
        VirtualMachine vm = new VirtualMachine(10, "web1", 2, 1, 1024, true, true, false, null, null, null, null,
                null, null, null, null, List.of(bare), List.of());
        Estate estate = new Estate(List.of(new Account(1, "acme", false,
                List.of(new Group(2, 1, "default", List.of(vm))))));

        EstateOverview ov = EstateOverview.of(estate, NodeKeys.account(1));

        assertThat(ov.backups()).isNull();
        assertThat(ov.all().mib()).isEqualTo(25600);
        assertThat(ov.headroom().full().count()).isZero();
    }
}
