package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bigvdm.app.MainWindowLookups.dialogShowing;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.bigvdm.service.journal.JournalEntry;
import org.bigvdm.service.journal.JournalLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 end to end: a dialog offers "Copy as command" before sending, the change's result
 * stays above the table, and Ctrl+J opens the Activity drawer with the change in it.
 */
class ActivityFlowTest extends DemoWindowTest {
    @BeforeEach
    void showBuild() throws Exception {
        selectBuild();
    }

    @Test
    void aResizeCanBeCopiedAsACommandStaysOnScreenAndIsInTheActivityPanel() throws Exception {
        clickOn(lookup("#discTable").lookup("cache").queryLabeled());
        clickOn("#resizeButton");
        app.waitUntil(() -> dialogShowing("Resize disc"));
        Button copy = lookup("#copy-command").queryButton();
        assertThat(copy.isDisabled()).as("nothing to copy before the input is valid").isTrue();
        clickOn("#size").write("+10");
        app.waitUntil(() -> !copy.isDisabled());
        clickOn(copy);
        app.waitUntil(() -> "Copied".equals(copy.getText()));
        assertThat(dialogShowing("Resize disc")).as("copying does not send or close").isTrue();
        clickOn("#ok");
        app.waitUntil(() -> !dialogShowing("Resize disc"));

        app.waitUntil(() -> app.window().resultPane().isShowing());
        assertThat(app.window().resultPane().getText()).startsWith("Resized cache");

        clickOn("#discTable");
        press(KeyCode.CONTROL, KeyCode.J).release(KeyCode.J, KeyCode.CONTROL);
        app.waitUntil(() -> lookup("#activityTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<JournalLine> table = lookup("#activityTable").queryAs(TableView.class);
        app.waitUntil(() -> !table.getItems().isEmpty());
        JournalEntry entry = table.getItems().get(0).entry();
        assertThat(entry.what()).startsWith("Resize disc cache on build: size");
        assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.DONE);
    }
}
