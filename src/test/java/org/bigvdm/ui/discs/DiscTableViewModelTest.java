package org.bigvdm.ui.discs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import org.assertj.core.data.Offset;
import org.bigvdm.api.model.Account;
import org.bigvdm.api.model.Definitions;
import org.bigvdm.api.model.Disc;
import org.bigvdm.api.model.Group;
import org.bigvdm.api.model.VirtualMachine;
import org.bigvdm.service.Estate;
import org.bigvdm.service.NodeKeys;
import org.bigvdm.testutil.EstateFixtures;
import org.bigvdm.testutil.FakeEstateApi;
import org.bigvdm.ui.common.SizeFormat;
import org.junit.jupiter.api.Test;

class DiscTableViewModelTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>(new Estate(EstateFixtures.smallEstate()));
    private final SimpleObjectProperty<Definitions> defs = new SimpleObjectProperty<>(new FakeEstateApi().definitions());
    private final SimpleStringProperty selected = new SimpleStringProperty();
    private final DiscTableViewModel vm = new DiscTableViewModel(estate, defs, selected);

    @Test
    void nothingSelectedSaysWhatToDo() {
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.emptyMessageProperty().get()).isEqualTo("Select a server on the left to see its discs.");
    }

    @Test
    void aServerShowsItsDiscsWithReadableSizesAndGrades() {
        selected.set(NodeKeys.server(1, 1, 11));
        assertThat(vm.rows()).extracting(DiscRow::label).containsExactly("root", "data");
        DiscRow root = vm.rows().get(0);
        assertThat(SizeFormat.mib(root.sizeMib())).isEqualTo("25 GiB");
        assertThat(SizeFormat.exactMib(root.sizeMib())).isEqualTo("25,600 MiB");
        assertThat(root.gradeDescription()).isEqualTo("Standard SSD");
        assertThat(vm.showServerColumnProperty().get()).isFalse();
        assertThat(vm.headingProperty().get()).isEqualTo("web1 · 2 discs, 75 GiB");
    }

    @Test
    void aGroupOrAccountListsEveryDiscBelowItWithTheServerColumn() {
        selected.set(NodeKeys.group(1, 1));
        assertThat(vm.rows()).extracting(DiscRow::serverName).containsExactly("web1", "web1", "db1", "old");
        assertThat(vm.showServerColumnProperty().get()).isTrue();
        selected.set(NodeKeys.account(2));
        assertThat(vm.rows()).extracting(DiscRow::label).containsExactly("root");
        assertThat(vm.headingProperty().get()).isEqualTo("1 server · 1 disc, 20 GiB");
    }

    @Test
    void emptyServerAndEmptyGroupSayDifferentThings() {
        estate.set(new Estate(List.of(new Account(1, "acme", false, List.of(
                new Group(1, 1, "default", List.of(EstateFixtures.vmWithDiscs(5, "bare", 1, 0))),
                new Group(2, 1, "empty", List.of()))))));
        selected.set(NodeKeys.server(1, 1, 5));
        assertThat(vm.emptyMessageProperty().get()).isEqualTo("No discs yet. Add disc… (Ctrl+N) creates one.");
        selected.set(NodeKeys.group(1, 2));
        assertThat(vm.emptyMessageProperty().get()).isEqualTo("No servers here.");
    }

    @Test
    void refreshKeepsTheSelectedDiscByIdAndSkipsUnchangedRows() {
        selected.set(NodeKeys.server(1, 1, 11));
        vm.selectedRowProperty().set(vm.rows().get(1));
        List<ListChangeListener.Change<? extends DiscRow>> changes = new ArrayList<>();
        vm.rows().addListener((ListChangeListener<DiscRow>) changes::add);

        estate.set(new Estate(EstateFixtures.smallEstate()));
        assertThat(changes).as("same content must not replace rows").isEmpty();

        VirtualMachine web1 = estate.get().server(11).orElseThrow().vm();
        List<Disc> grown = new ArrayList<>(web1.discs());
        grown.set(1, grown.get(1).withSize(102400));
        estate.set(estate.get().withServer(web1.withDiscs(grown)));

        assertThat(changes).hasSize(1);
        assertThat(vm.selectedRowProperty().get().id()).isEqualTo(102);
        assertThat(SizeFormat.mib(vm.selectedRowProperty().get().sizeMib())).isEqualTo("100 GiB");
    }

    @Test
    void aRefreshKeepsEverySelectedDiscThatStillExists() {
        selected.set(NodeKeys.group(1, 1));
        vm.selectedRows().setAll(vm.rows().get(0), vm.rows().get(1), vm.rows().get(2)); // 101, 102 (web1), 103 (db1)
        vm.selectedRowProperty().set(vm.rows().get(1));

        // read again: db1 lost its disc, web1's data disc grew
        VirtualMachine web1 = estate.get().server(11).orElseThrow().vm();
        List<Disc> grown = new ArrayList<>(web1.discs());
        grown.set(1, grown.get(1).withSize(102400));
        Estate reread = new Estate(EstateFixtures.smallEstate()).withServer(web1.withDiscs(grown))
                .withServer(estate.get().server(12).orElseThrow().vm().withDiscs(List.of()));
        estate.set(reread);

        assertThat(vm.selectedRows()).extracting(DiscRow::id).containsExactly(101L, 102L);
        assertThat(vm.selectedRows()).as("the rows now listed, not the old ones")
                .allSatisfy(r -> assertThat(vm.rows()).anySatisfy(listed -> assertThat(listed).isSameAs(r)));
        assertThat(vm.selectedRows().get(1).sizeMib()).isEqualTo(102400);
        assertThat(vm.selectedRowProperty().get().id()).isEqualTo(102);

        selected.set(NodeKeys.group(1, 2));
        assertThat(vm.selectedRows()).as("another node starts with nothing selected").isEmpty();
    }

    @Test
    void selectingAnotherNodeDropsTheDiscSelection() {
        selected.set(NodeKeys.server(1, 1, 11));
        vm.selectedRowProperty().set(vm.rows().get(0));
        selected.set(NodeKeys.server(1, 1, 12));
        assertThat(vm.selectedRowProperty().get()).isNull();
    }

    @Test
    void aNewDiscCanBeSelectedOnceItIsShown() {
        selected.set(NodeKeys.server(1, 1, 11));
        vm.selectDiscWhenShown(102);
        assertThat(vm.selectedRowProperty().get().id()).isEqualTo(102);
    }

    @Test
    void theMigrationColumnShowsOnlyWhileADiscMoves() {
        selected.set(NodeKeys.server(1, 1, 11));
        assertThat(vm.anyMigratingProperty().get()).isFalse();
    }

    @Test
    void migrationIsDescribed() {
        Disc moving = new Disc(1, "data", 10240, "sata", "tail1-sata1", 11L, null, null, "ssd", "tail2-ssd1",
                42, 300, 50);
        DiscRow row = new DiscRow(moving, estate.get().server(11).orElseThrow(), "Standard SSD");
        assertThat(row.migrationText()).isEqualTo("to ssd, 42%");
        assertThat(row.migrationTooltip()).isEqualTo("Moving from sata (tail1-sata1) to ssd (tail2-ssd1): 42% done");
        assertThat(row.migrationFraction()).isEqualTo(0.42, Offset.offset(1e-9));
    }
}
