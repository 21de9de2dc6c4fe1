package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.bigvdm.ui.discs.DiscRow;
import org.bigvdm.ui.tree.TreeNode;
import org.junit.jupiter.api.Test;

/** Issue 13 item 3 in the real window: the filter and the selection agree. */
class FilterFlowTest extends DemoWindowTest {
    @Test
    void aHiddenSelectionIsClearedAndADiscLabelFindsItsServerWithEnter() throws Exception {
        window.clickServer("db1");
        app.waitUntil(() -> window.table().getItems().size() == 5);

        clickOn("#filterField").write("www");
        app.waitUntil(() -> window.serverTitles().equals(List.of("www1", "www2")));
        app.waitUntil(() -> window.table().getItems().isEmpty());
        assertThat(app.vm().addDisabledReasonProperty().get()).isEqualTo("Select a server first");
        assertThat(window.tree().getSelectionModel().getSelectedItem()).isNull();

        type(KeyCode.ESCAPE);
        write("pgdata");
        app.waitUntil(() -> window.serverTitles().equals(List.of("db1", "db")));   // production/db1, staging/db
        type(KeyCode.ENTER);
        app.waitUntil(() -> window.table().getItems().size() == 5);
        TreeNode selected = window.tree().getSelectionModel().getSelectedItem().getValue();
        assertThat(selected.title()).isEqualTo("db1");
        assertThat(window.tree().isFocused()).as("Enter moves on into the tree").isTrue();
    }

    @Test
    void downMovesIntoTheTreeAndAGroupListsOnlyMatchingDiscs() throws Exception {
        clickOn("#filterField").write("archive");
        app.waitUntil(() -> !window.serverTitles().isEmpty() && !window.serverTitles().contains("www1"));
        type(KeyCode.DOWN);
        app.waitUntil(() -> window.tree().isFocused());

        window.clickServer("production");
        app.waitUntil(() -> !window.table().getItems().isEmpty());
        assertThat(window.table().getItems()).extracting(DiscRow::grade).containsOnly("archive");
        assertThat(window.table().getItems()).extracting(DiscRow::label).containsExactly("backups");
    }
}
