package org.bigvdm.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13 item 4: Tab goes filter → tree → table → toolbar, with a visible ring; focus comes back after a dialog. */
class FocusFlowTest extends DemoWindowTest {
    @BeforeEach
    void onDb1() throws Exception {
        showDb1();
    }

    @Test
    void tabGoesFilterTreeTableToolbarAndEachStopShowsARing() throws Exception {
        clickOn("#filterField");
        type(KeyCode.TAB);
        app.waitUntil(() -> window.tree().isFocused());
        assertRing(window.tree());
        type(KeyCode.TAB);
        app.waitUntil(() -> window.table().isFocused());
        assertRing(window.table());
        type(KeyCode.TAB);
        app.waitUntil(() -> lookup("#addDiscButton").query().isFocused());
        assertRing(lookup("#addDiscButton").queryAs(Region.class));
        type(KeyCode.TAB);   // Resize, Relabel, Purge are off (no disc selected): skipped
        app.waitUntil(() -> lookup("#refreshButton").query().isFocused());
        assertRing(lookup("#refreshButton").queryAs(Region.class));
        type(KeyCode.TAB);
        app.waitUntil(() -> lookup("#copyIdButton").query().isFocused());
        assertRing(lookup("#copyIdButton").queryAs(Region.class));
        press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        app.waitUntil(() -> lookup("#refreshButton").query().isFocused());
        assertThat(app.vm().autoRefreshProperty().get()).isFalse();
    }

    @Test
    void afterADialogTheFocusIsBackInTheTable() throws Exception {
        clickOn(lookup("#discTable").lookup("wal").queryLabeled());
        app.waitUntil(() -> window.table().isFocused());
        type(KeyCode.F2);
        app.waitUntil(() -> MainWindowKeysTest.dialogShowing("Relabel disc"));
        type(KeyCode.ESCAPE);
        app.waitUntil(() -> !MainWindowKeysTest.dialogShowing("Relabel disc"));
        app.waitUntil(() -> window.table().isFocused());
    }

    private void assertRing(Region focused) throws Exception {
        app.onFx(() -> app.window().applyCss());
        Border border = focused.getBorder();
        assertThat(border).as("focus ring on " + focused.getId()).isNotNull();
        assertThat(border.getStrokes()).as("focus ring on " + focused.getId()).isNotEmpty();
        assertThat(border.getStrokes().get(0).getWidths().getTop()).isGreaterThanOrEqualTo(2);
    }

}
