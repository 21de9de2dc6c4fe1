package org.bigvdm.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/**
 * One command as menus show it: text with its mnemonic, accelerator, what it runs and, when it
 * can be off, the ViewModel's reason. Defined once so the menu bar and the context menus agree.
 *
 * @param disabledReason why it is off now (null text while it applies), or null for a command
 *                       that is never off
 */
record MenuAction(String text, KeyCombination accelerator, Runnable run, ObservableStringValue disabledReason) {

    static MenuAction of(String text, KeyCombination accelerator, Runnable run) {
        return new MenuAction(text, accelerator, run, null);
    }

    /** For the menu bar: mnemonic and accelerator. */
    MenuItem menuItem() {
        return build(text, accelerator);
    }

    /**
     * For a context menu: no mnemonic underline and no accelerator, because the menu bar already
     * owns the key and a context menu's accelerators would be installed on the scene a second time.
     */
    MenuItem contextItem() {
        return build(text.replace("_", ""), null);
    }

    private MenuItem build(String label, KeyCombination key) {
        MenuItem item = new MenuItem(label);
        item.setAccelerator(key);
        item.setOnAction(e -> run.run());
        if (disabledReason != null) {
            item.disableProperty().bind(Bindings.isNotNull(disabledReason));
        }
        return item;
    }
}
