package org.bigvdm.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.GeneratedEstates;
import org.junit.jupiter.api.Test;

class ServerTreeViewModelTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>(new Estate(EstateFixtures.smallEstate()));
    private final ServerTreeViewModel vm = new ServerTreeViewModel(estate);

    private static List<String> titles(List<TreeNode> nodes) {
        return nodes.stream().map(TreeNode::title).toList();
    }

    @Test
    void buildsAccountsGroupsAndServersWithBadges() {
        assertThat(titles(vm.roots())).containsExactly("acme", "beta");
        TreeNode acme = vm.roots().get(0);
        assertThat(titles(acme.children())).containsExactly("default", "staging");
        TreeNode web1 = acme.children().get(0).children().get(0);
        assertThat(web1.title()).isEqualTo("web1");
        assertThat(web1.kind()).isEqualTo(TreeNode.Kind.SERVER);
        assertThat(web1.power()).isEqualTo(TreeNode.Power.ON);
        assertThat(web1.badge()).isEqualTo("2/8 discs, 75 GiB");
        assertThat(web1.tooltip()).contains("web1.example.uk0.bigv.io").contains("running");
        assertThat(acme.children().get(0).children().get(1).power()).isEqualTo(TreeNode.Power.OFF);
    }

    @Test
    void deletedServersAreHiddenUntilAskedFor() {
        assertThat(titles(vm.roots().get(0).children().get(0).children())).containsExactly("web1", "db1");
        vm.showDeletedProperty().set(true);
        TreeNode old = vm.roots().get(0).children().get(0).children().get(2);
        assertThat(old.title()).isEqualTo("old");
        assertThat(old.power()).isEqualTo(TreeNode.Power.DELETED);
    }

    @Test
    void filterMatchesNameOrHostnameIgnoringCaseAndDropsEmptyParents() {
        vm.filterProperty().set("WEB");
        assertThat(titles(vm.roots())).containsExactly("acme");
        assertThat(titles(vm.roots().get(0).children())).containsExactly("default");
        assertThat(vm.shownServersProperty().get()).isEqualTo(1);

        vm.filterProperty().set("mail.example");
        assertThat(titles(vm.roots())).containsExactly("beta");

        vm.filterProperty().set("nothing-like-this");
        assertThat(vm.roots()).isEmpty();
        assertThat(vm.shownServersProperty().get()).isZero();

        vm.filterProperty().set("  ");
        assertThat(titles(vm.roots())).containsExactly("acme", "beta");
        assertThat(vm.filtering()).isFalse();
    }

    @Test
    void emptyGroupsShowWithoutAFilter() {
        TreeNode staging = vm.roots().get(0).children().get(1);
        assertThat(staging.children()).isEmpty();
        assertThat(staging.badge()).isEqualTo("0 servers");
    }

    @Test
    void refreshKeepsSelectedKeyAndStableKeys() {
        String key = vm.roots().get(0).children().get(0).children().get(0).key();
        vm.selectedKeyProperty().set(key);
        estate.set(new Estate(EstateFixtures.smallEstate()));
        assertThat(vm.selectedKeyProperty().get()).isEqualTo(key);
        assertThat(vm.roots().get(0).children().get(0).children().get(0).key()).isEqualTo(key);
    }

    @Test
    void aFreshEstateShowsTheServersNewBadgeEvenThoughFilterKeystrokesReuseNodes() {
        TreeNode before = vm.roots().get(0).children().get(0).children().get(0);
        vm.filterProperty().set("web");
        vm.filterProperty().set("");
        assertThat(vm.roots().get(0).children().get(0).children().get(0)).isSameAs(before);

        var web1 = EstateFixtures.vm(11, "web1", 1, true, false,
                EstateFixtures.disc(101, "root", 25600, "sata", 11), EstateFixtures.disc(102, "data", 51200, "ssd", 11),
                EstateFixtures.disc(105, "more", 10240, "sata", 11));
        estate.set(estate.get().withServer(web1));
        assertThat(vm.roots().get(0).children().get(0).children().get(0).badge()).isEqualTo("3/8 discs, 85 GiB");
    }

    @Test
    void aServerMarkShowsAfterItsBadgeAndInItsTooltipUntilRemoved() {
        vm.serverMarks().put(11L, "restart pending");
        TreeNode web1 = vm.roots().get(0).children().get(0).children().get(0);
        assertThat(web1.badge()).isEqualTo("2/8 discs, 75 GiB · restart pending");
        assertThat(web1.tooltip()).endsWith("\nrestart pending");

        vm.serverMarks().remove(11L);
        assertThat(vm.roots().get(0).children().get(0).children().get(0).badge()).isEqualTo("2/8 discs, 75 GiB");
    }

    private static List<String> servers(List<TreeNode> nodes) {
        return nodes.stream().flatMap(a -> a.children().stream()).flatMap(g -> g.children().stream())
                .map(TreeNode::title).toList();
    }

    /** Each filter keystroke shows what a fresh tree with that filter shows, however it was typed. */
    @Test
    void typingDeletingAndReplacingTheFilterShowsWhatTheFilterAloneWould() {
        Estate many = GeneratedEstates.estate(300, 7);
        estate.set(many);
        for (String typed : List.of("w", "we", "web", "web1", "web", "we", "ssd", "d", "da", "dat", "db", "db2", "", "1")) {
            vm.filterProperty().set(typed);
            ServerTreeViewModel fresh = new ServerTreeViewModel(new SimpleObjectProperty<>(many));
            fresh.filterProperty().set(typed);
            assertThat(servers(vm.roots())).as(typed).isEqualTo(servers(fresh.roots()));
        }
    }

    /** Words of a grade arrive after the estate: a server they match shows though a shorter filter missed it. */
    @Test
    void gradeWordsArrivingLaterAreSearchedEvenWhileNarrowing() {
        vm.filterProperty().set("prem");
        assertThat(vm.roots()).isEmpty();
        vm.definitionsProperty().set(new Definitions(List.of("ssd"), Map.of("ssd", "Premium SSD"), List.of()));
        vm.filterProperty().set("premium");
        assertThat(servers(vm.roots())).containsExactly("web1");
    }

    private TreeNode acmeServer(int index) {
        return vm.roots().get(0).children().get(0).children().get(index);
    }

    @Test
    void aRefreshMakesNodesOnlyForTheServersThatChanged() {
        TreeNode web1 = acmeServer(0);
        TreeNode db1 = acmeServer(1);
        TreeNode beta = vm.roots().get(1);
        VirtualMachine db1Now = estate.get().server(12).orElseThrow().vm()
                .withDiscs(List.of(EstateFixtures.disc(103, "vda", 20480, "sata", 12)));

        estate.set(Estate.read(new Estate(EstateFixtures.smallEstate()).withServer(db1Now).accounts(), estate.get()));

        assertThat(acmeServer(0)).isSameAs(web1);
        assertThat(acmeServer(1)).isNotSameAs(db1);
        assertThat(acmeServer(1).badge()).isEqualTo("1/8 discs, 20 GiB");
        // an account nothing changed in is the node shown, so the View leaves it alone
        assertThat(vm.roots().get(1)).isSameAs(beta);
    }

    @Test
    void nodesFollowTheirServersWhenOneIsAddedBeforeThem() {
        TreeNode web1 = acmeServer(0);
        TreeNode db1 = acmeServer(1);
        List<Account> fresh = new ArrayList<>(EstateFixtures.smallEstate());
        Account acme = fresh.get(0);
        Group web = acme.groups().get(0);
        List<VirtualMachine> servers = new ArrayList<>(web.virtualMachines());
        servers.add(0, EstateFixtures.vm(10, "cache", 1, true, false));
        fresh.set(0, new Account(1, "acme", false,
                List.of(new Group(1, 1, "default", servers), acme.groups().get(1))));

        estate.set(Estate.read(fresh, estate.get()));

        assertThat(titles(vm.roots().get(0).children().get(0).children())).containsExactly("cache", "web1", "db1");
        assertThat(acmeServer(1)).isSameAs(web1);
        assertThat(acmeServer(2)).isSameAs(db1);
    }

    @Test
    void takesTheServerNodesMadeWithTheReadAndMarksThemStill() {
        Estate read = new Estate(EstateFixtures.smallEstate());
        TreeNode[] made = read.derive(ServerTreeViewModel.SERVER_NODES, null);
        vm.serverMarks().put(12L, "restart pending");

        estate.set(read);

        assertThat(acmeServer(0)).isSameAs(made[0]);
        assertThat(acmeServer(1).badge()).isEqualTo(made[1].badge() + " · restart pending");
    }

    @Test
    void theNodesMadeWithAReadReuseThoseOfTheEstateItReplaces() {
        Estate shown = new Estate(EstateFixtures.smallEstate());
        TreeNode[] before = shown.derive(ServerTreeViewModel.SERVER_NODES, null);
        VirtualMachine db1 = shown.server(12).orElseThrow().vm().withDiscs(List.of());
        Estate read = Estate.read(new Estate(EstateFixtures.smallEstate()).withServer(db1).accounts(), shown);

        TreeNode[] made = read.derive(ServerTreeViewModel.SERVER_NODES, shown);

        assertThat(made[0]).isSameAs(before[0]);
        assertThat(made[1]).isNotSameAs(before[1]);
        assertThat(made[1].badge()).startsWith("0/8 discs");
        assertThat(made[3]).isSameAs(before[3]);
    }
}
