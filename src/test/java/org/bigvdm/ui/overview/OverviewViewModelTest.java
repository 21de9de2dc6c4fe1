package org.bigvdm.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.service.backup.BackupListRead;
import org.bigvdm.service.overview.BackupAges;
import org.bigvdm.service.overview.EstateOverview;
import org.bigvdm.service.overview.Slice;
import org.bigvdm.testutil.GeneratedEstates;
import org.bigvdm.testutil.ReadBackupLists;
import org.bigvdm.ui.dialogs.ManualTaskRunner;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.discs.DiscTableViewModel;
import org.bigvdm.ui.tree.ServerTreeViewModel;
import org.bigvdm.ui.tree.TreeNode;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {
    private final SimpleObjectProperty<Estate> estate =
            new SimpleObjectProperty<>(GeneratedEstates.estate(300, 3, GeneratedEstates::varied));
    private final ServerTreeViewModel tree = new ServerTreeViewModel(estate);
    private final DiscTableViewModel table = new DiscTableViewModel(estate,
            new SimpleObjectProperty<>(new Definitions(null, null, null)), tree.selectedKeyProperty());

    private OverviewViewModel overview() {
        return new OverviewViewModel(estate, tree, table, ImmediateTaskRunner.create());
    }

    @Test
    void anAccountOrAllAccountsHasAnOverviewAndAServerHasNone() {
        OverviewViewModel vm = overview();
        Account second = estate.get().accounts().get(1);

        tree.selectedKeyProperty().set(NodeKeys.account(second.id()));
        assertThat(vm.appliesProperty().get()).isTrue();
        assertThat(vm.overviewProperty().get().title()).isEqualTo(second.name());
        long discsOfAccount = second.groups().stream().flatMap(g -> g.virtualMachines().stream())
                .mapToLong(v -> v.discs().size()).sum();
        assertThat(vm.overviewProperty().get().all().count()).isEqualTo(discsOfAccount);
        assertThat(table.rows()).hasSize((int) discsOfAccount);

        tree.selectedKeyProperty().set(NodeKeys.ALL);
        assertThat(vm.overviewProperty().get().serverCount()).isEqualTo(300);
        assertThat(table.rows()).hasSize(vm.overviewProperty().get().all().count());

        Group g = second.groups().get(0);
        VirtualMachine server = g.virtualMachines().get(0);
        tree.selectedKeyProperty().set(NodeKeys.server(second.id(), g.id(), server.id()));
        assertThat(vm.appliesProperty().get()).isFalse();
        assertThat(vm.overviewProperty().get()).isNull();
    }

    @Test
    void aFigureNarrowsTheTreeAndTableToWhatItCountsUntilCleared() {
        OverviewViewModel vm = overview();
        tree.selectedKeyProperty().set(NodeKeys.ALL);
        Slice deleted = vm.overviewProperty().get().headroom().deletedHolding().slice();
        assertThat(deleted.servers()).isNotEmpty();

        vm.show(deleted);

        assertThat(vm.focusProperty().get()).isEqualTo(deleted);
        Set<Long> treeServers = tree.roots().stream().flatMap(a -> a.children().stream())
                .flatMap(gr -> gr.children().stream()).map(OverviewViewModelTest::serverId).collect(Collectors.toSet());
        // deleted servers are shown although "Show deleted" is off: they are what the figure counts
        assertThat(tree.showDeletedProperty().get()).isFalse();
        assertThat(treeServers).isEqualTo(deleted.servers());
        assertThat(table.rows()).extracting(DiscRow::id).containsExactlyInAnyOrderElementsOf(deleted.discs());
        assertThat(table.rows()).allMatch(r -> r.server().vm().deleted());

        vm.clearFocus();
        assertThat(tree.roots().stream().flatMap(a -> a.children().stream()).mapToLong(gr -> gr.children().size()).sum())
                .isEqualTo(estate.get().servers().stream().filter(s -> !s.vm().deleted()).count());
        assertThat(table.rows()).hasSize(vm.overviewProperty().get().all().count());
    }

    @Test
    void aGradeFigureShowsOnlyThatGradesDiscs() {
        OverviewViewModel vm = overview();
        tree.selectedKeyProperty().set(NodeKeys.ALL);
        var ssd = vm.overviewProperty().get().byGrade().stream().filter(f -> f.name().equals("ssd")).findFirst()
                .orElseThrow();

        vm.show(ssd.slice());

        assertThat(table.rows()).hasSize(ssd.count()).allMatch(r -> r.grade().equals("ssd"));
        assertThat(table.rows().stream().mapToLong(DiscRow::sizeMib).sum()).isEqualTo(ssd.mib());
    }

    @Test
    void isWorkedOutOffTheUiThreadAndALateAnswerForAnEarlierNodeIsDropped() {
        ManualTaskRunner runner = new ManualTaskRunner();
        OverviewViewModel vm = new OverviewViewModel(estate, tree, table, runner);
        Account first = estate.get().accounts().get(0);

        tree.selectedKeyProperty().set(NodeKeys.account(first.id()));
        tree.selectedKeyProperty().set(NodeKeys.ALL);
        assertThat(vm.overviewProperty().get()).isNull();
        assertThat(runner.pendingCount()).isEqualTo(2);

        runner.runNext();
        assertThat(vm.overviewProperty().get()).isNull();
        runner.runNext();
        EstateOverview shown = vm.overviewProperty().get();
        assertThat(shown.key()).isEqualTo(NodeKeys.ALL);
    }

    @Test
    void theTreeHasAnAllAccountsNodeAboveTheAccounts() {
        TreeNode all = tree.allNodeProperty().get();
        assertThat(all.key()).isEqualTo(NodeKeys.ALL);
        assertThat(all.title()).isEqualTo("All accounts");
        assertThat(all.badge()).isEqualTo(estate.get().accounts().size() + " accounts");
        assertThat(tree.roots()).extracting(TreeNode::key)
                .containsExactlyElementsOf(estate.get().accounts().stream().map(a -> NodeKeys.account(a.id())).toList());
    }

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Reads a disc with backups (every 5th id): its newest taken {@code id / 5 % 10} days ago. */
    private static void read(ReadBackupLists reads, Disc d) {
        reads.read(d.id(), new BackupListRead(d.backupCount(), d.backupCount(),
                Optional.of(NOW.minus(Duration.ofDays(d.id() / 5 % 10)))));
    }

    private List<Disc> discsWithBackups(String accountName) {
        return estate.get().accounts().stream().filter(a -> accountName == null || a.name().equals(accountName))
                .flatMap(a -> a.groups().stream()).flatMap(g -> g.virtualMachines().stream())
                .flatMap(v -> v.discs().stream()).filter(d -> d.backupCount() != null && d.backupCount() > 0)
                .toList();
    }

    @Test
    void backupAgesCountOverTheListsReadAndGrowAsMoreAreRead() {
        OverviewViewModel vm = overview();
        ReadBackupLists reads = new ReadBackupLists();
        vm.countBackupAges(reads, CLOCK);
        tree.selectedKeyProperty().set(NodeKeys.ALL);
        assertThat(vm.backupAgesProperty().get().timesKnown()).isZero();

        List<Disc> withBackups = discsWithBackups(null);
        List<Disc> firstHalf = withBackups.subList(0, withBackups.size() / 2);
        firstHalf.forEach(d -> read(reads, d));
        BackupAges half = vm.backupAgesProperty().get();
        assertThat(half.timesKnown()).isEqualTo(firstHalf.size());
        // 8 and 9 days are over a week; 7 days exactly is not
        Set<Long> staleHalf = firstHalf.stream().filter(d -> d.id() / 5 % 10 >= 8).map(Disc::id).collect(Collectors.toSet());
        assertThat(staleHalf).isNotEmpty();
        assertThat(half.stale().slice().discs()).isEqualTo(staleHalf);

        withBackups.subList(firstHalf.size(), withBackups.size()).forEach(d -> read(reads, d));
        BackupAges all = vm.backupAgesProperty().get();
        assertThat(all.timesKnown()).isEqualTo(withBackups.size());
        Set<Long> stale = withBackups.stream().filter(d -> d.id() / 5 % 10 >= 8).map(Disc::id).collect(Collectors.toSet());
        assertThat(all.stale().count()).isEqualTo(stale.size()).isGreaterThan(staleHalf.size());

        vm.show(all.stale().slice());
        assertThat(table.rows()).extracting(DiscRow::id).containsExactlyInAnyOrderElementsOf(stale);
    }

    @Test
    void backupAgesFollowTheSelectedNodeAndAServerHasNone() {
        OverviewViewModel vm = overview();
        ReadBackupLists reads = new ReadBackupLists();
        vm.countBackupAges(reads, CLOCK);
        discsWithBackups(null).forEach(d -> read(reads, d));
        Account second = estate.get().accounts().get(1);

        tree.selectedKeyProperty().set(NodeKeys.account(second.id()));
        BackupAges ofAccount = vm.backupAgesProperty().get();
        assertThat(ofAccount.key()).isEqualTo(NodeKeys.account(second.id()));
        assertThat(ofAccount.timesKnown()).isEqualTo(discsWithBackups(second.name()).size()).isPositive();

        ServerEntry server = estate.get().servers().stream().filter(s -> s.account().id() == second.id())
                .findFirst().orElseThrow();
        tree.selectedKeyProperty().set(server.key());
        assertThat(vm.backupAgesProperty().get()).isNull();
    }

    @Test
    void aBurstOfListReadsCountsOnceMoreAfterTheCountRunningAndShowsOnlyTheLast() {
        ManualTaskRunner runner = new ManualTaskRunner();
        OverviewViewModel vm = new OverviewViewModel(estate, tree, table, runner);
        tree.selectedKeyProperty().set(NodeKeys.ALL);
        runner.runNext(); // the overview itself
        ReadBackupLists reads = new ReadBackupLists();
        vm.countBackupAges(reads, CLOCK);
        assertThat(runner.pendingCount()).isEqualTo(1);

        List<Disc> withBackups = discsWithBackups(null);
        withBackups.forEach(d -> read(reads, d)); // while the first count waits
        assertThat(runner.pendingCount()).isEqualTo(1);

        runner.runNext(); // counted before the reads arrived: not shown, one more count instead
        assertThat(vm.backupAgesProperty().get()).isNull();
        assertThat(runner.pendingCount()).isEqualTo(1);
        runner.runNext();
        assertThat(vm.backupAgesProperty().get().timesKnown()).isEqualTo(withBackups.size());
        assertThat(runner.pendingCount()).isZero();
    }

    private static long serverId(TreeNode server) {
        String key = server.key();
        return Long.parseLong(key.substring(key.lastIndexOf("/s") + 2));
    }
}
