package org.bigvdm.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.ImmediateTaskRunner;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.service.overview.EstateOverview;
import org.bigvdm.service.overview.Slice;
import org.bigvdm.testutil.GeneratedEstates;
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

    private static long serverId(TreeNode server) {
        String key = server.key();
        return Long.parseLong(key.substring(key.lastIndexOf("/s") + 2));
    }
}
