package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bigvdm.ui.discs.DiscRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13 item 1: the disc keys work wherever the focus is in the main window. */
class MainWindowKeysTest extends DemoWindowTest {
    @BeforeEach
    void onDb1() throws Exception {
        showDb1();
    }

    @Test
    void f2DeleteAndCtrlNWorkWithTheFocusInTheDiscTable() throws Exception {
        clickOn(lookup("#discTable").lookup("pgdata").queryLabeled());
        app.waitUntil(() -> selectedLabel().equals("pgdata") && window.table().isFocused());

        type(KeyCode.F2);
        closeDialogTitled("Relabel disc");
        app.waitUntil(() -> window.table().isFocused());
        type(KeyCode.DELETE);
        closeDialogTitled("Purge disc");
        push(KeyCode.SHORTCUT, KeyCode.N);
        app.waitUntil(() -> dialogShowing("Add disc"));
        // the automatic label is named from the start, though the cursor in the field hides its hint
        assertThat(lookup("#auto-label-note").queryLabeled().getText()).startsWith("Left empty, the disc is called disc-");
        assertThat(lookup("#auto-label-note").query().isVisible()).isTrue();
        closeDialogTitled("Add disc");
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.C);
        app.waitUntil(() -> app.vm().notificationProperty().get() != null
                && app.vm().notificationProperty().get().text().startsWith("Copied disc id"));
    }

    @Test
    void theKeysWorkFromTheTreeAndF2FromTheFilterWhileDeleteStillEditsText() throws Exception {
        clickOn(lookup("#discTable").lookup("wal").queryLabeled());
        window.clickServer("db1");   // focus in the tree, the disc stays selected
        app.waitUntil(() -> window.tree().isFocused());
        type(KeyCode.F2);
        closeDialogTitled("Relabel disc");

        TextField filter = lookup("#filterField").queryAs(TextField.class);
        clickOn(filter).write("db");
        type(KeyCode.HOME);
        type(KeyCode.DELETE);
        assertThat(filter.getText()).isEqualTo("b");
        assertThat(dialogShowing("Purge disc")).isFalse();
    }

    private String selectedLabel() {
        DiscRow row = app.vm().table().selectedRowProperty().get();
        return row == null ? "" : row.label();
    }

    private void closeDialogTitled(String title) throws Exception {
        app.waitUntil(() -> dialogShowing(title));
        type(KeyCode.ESCAPE);
        app.waitUntil(() -> !dialogShowing(title));
    }

    static boolean dialogShowing(String title) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w instanceof Stage s
                && title.equals(s.getTitle()));
    }
}
