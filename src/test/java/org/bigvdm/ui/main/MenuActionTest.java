package org.bigvdm.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;

/** One action definition gives the menu bar and the context menus the same command. */
class MenuActionTest {
    private final SimpleStringProperty why = new SimpleStringProperty("Select a disc first");
    private final AtomicInteger runs = new AtomicInteger();
    private final MenuAction relabel = new MenuAction("Re_label…", new KeyCodeCombination(KeyCode.F2),
            runs::incrementAndGet, why);

    @Test
    void theMenuBarItemKeepsMnemonicAndAccelerator() {
        MenuItem item = relabel.menuItem();
        assertThat(item.getText()).isEqualTo("Re_label…");
        assertThat(item.getAccelerator()).isEqualTo(new KeyCodeCombination(KeyCode.F2));
    }

    @Test
    void theContextItemHasPlainTextAndNoSecondAccelerator() {
        MenuItem item = relabel.contextItem();
        assertThat(item.getText()).isEqualTo("Relabel…");
        assertThat(item.getAccelerator()).isNull();
    }

    @Test
    void bothFollowTheDisabledReasonAndRunTheSameCommand() {
        MenuItem menu = relabel.menuItem();
        MenuItem context = relabel.contextItem();
        assertThat(menu.isDisable()).isTrue();
        assertThat(context.isDisable()).isTrue();

        why.set(null);
        assertThat(menu.isDisable()).isFalse();
        assertThat(context.isDisable()).isFalse();

        menu.fire();
        context.fire();
        assertThat(runs).hasValue(2);
    }

    @Test
    void anActionWithoutAReasonIsNeverDisabled() {
        assertThat(MenuAction.of("_Refresh", null, () -> { }).contextItem().isDisable()).isFalse();
    }
}
