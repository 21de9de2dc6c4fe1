package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TableView;
import org.bigvdm.sim.state.DemoEstate;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The View side of a kept multi-selection: the ViewModel keeps the selected disc ids across a
 * refresh (DiscTableViewModelTest); here the real table must show those discs selected again,
 * as the refreshed rows, after a change made elsewhere replaced its items.
 */
class TableMultiSelectionRefreshTest extends DemoWindowTest {
    private static final String DB1 = "/accounts/" + DemoEstate.ACCOUNT + "/groups/production/virtual_machines/db1";

    @BeforeEach
    void onDb1() throws Exception {
        showDb1();
    }

    @Test
    void threeSelectedDiscsStaySelectedInTheTableAfterARefresh() throws Exception {
        TableView<DiscRow> table = window.table();
        app.onFx(() -> table.getSelectionModel().selectIndices(0, 2, 3)); // root, wal, backups
        app.waitUntil(() -> app.vm().table().selectedRows().size() == 3);
        List<DiscRow> before = List.copyOf(table.getItems());

        // wal grows elsewhere, so the refresh brings new rows (not the same objects)
        assertThat(SIM.demoClient().put(DB1 + "/discs/wal", "{\"size\":102400}").statusCode()).isEqualTo(200);
        app.onFx(() -> app.vm().refresh());
        app.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.label().equals("wal") && r.sizeMib() == 102400));

        assertThat(table.getItems()).noneMatch(row -> before.stream().anyMatch(old -> old == row));
        assertThat(table.getSelectionModel().getSelectedItems()).extracting(DiscRow::label)
                .containsExactlyInAnyOrder("root", "wal", "backups");
        assertThat(table.getSelectionModel().getSelectedItems())
                .allMatch(selected -> table.getItems().stream().anyMatch(row -> row == selected));
        assertThat(app.vm().table().selectedRows()).extracting(DiscRow::label)
                .containsExactlyInAnyOrder("root", "wal", "backups");
    }
}
