package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bigvdm.app.WindowShots;
import org.bigvdm.service.ServerEntry;
import org.bigvdm.ui.bulk.BulkRow;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 end to end: three discs selected in the real table, Grow selected discs… from the
 * Disc menu, +10 GiB in the preview, Grow; then the simulator's own state says each grew.
 */
class BulkGrowFlowTest extends DemoWindowTest {
    @BeforeEach
    void showBuildsGroup() throws Exception {
        ServerEntry build = demoServer("default", "build");
        String group = build.key().substring(0, build.key().lastIndexOf('/'));
        app.onFx(() -> app.vm().tree().selectedKeyProperty().set(group));
        app.waitUntil(() -> app.vm().table().rows().size() >= 3);
    }

    @Test
    void threeSelectedDiscsGrowByTenGibInTheSimulator() throws Exception {
        TableView<DiscRow> table = app.window().table();
        List<DiscRow> chosen = new ArrayList<>(table.getItems().subList(0, 3));
        List<Long> before = chosen.stream().map(r -> SIM.simulator().state().discById(r.id()).size()).toList();
        app.onFx(() -> table.getSelectionModel().selectIndices(0, 1, 2));
        app.waitUntil(() -> app.vm().table().selectedRows().size() == 3);

        clickOn("Disc").clickOn("Grow selected discs…");
        app.waitUntil(() -> dialog("Grow 3 discs") != null);
        clickOn("#bulkSize").write("+10");
        assertThat(lookup("#bulkSummary").queryAs(Label.class).getText()).isEqualTo("3 of 3 will grow");
        WindowShots.shoot(app, "bulk-preview");
        clickOn("#bulkSend");

        @SuppressWarnings("unchecked")
        TableView<BulkRow> preview = lookup("#bulkPreview").queryAs(TableView.class);
        app.waitUntil(() -> preview.getItems().stream().allMatch(r -> r.status() == BulkRow.Status.DONE));
        for (int i = 0; i < 3; i++) {
            assertThat(SIM.simulator().state().discById(chosen.get(i).id()).size())
                    .as(chosen.get(i).label()).isEqualTo(before.get(i) + 10 * 1024);
        }
        assertThat(lookup("#bulkSummary").queryAs(Label.class).getText()).isEqualTo("3 done");
        WindowShots.shoot(app, "bulk-done");
        clickOn("#bulkClose");
        app.waitUntil(() -> dialog("Grow 3 discs") == null);
        app.waitUntil(() -> chosen.stream().allMatch(c -> app.vm().table().rows().stream()
                .anyMatch(r -> r.id() == c.id() && r.sizeMib() == c.sizeMib() + 10 * 1024)));
    }

    private Stage dialog(String title) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing()) {
                return s;
            }
        }
        return null;
    }
}
