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
record MenuAction(String text, KeyCombination accelerator, Runnable command,
                  ObservableStringValue disabledReason) {

    static MenuAction of(String text, KeyCombination accelerator, Runnable command) {
        return new MenuAction(text, accelerator, command, null);
    }

    /** For the menu bar: mnemonic and accelerator. */
    MenuItem menuItem() {
        return build(text, accelerator);
    }

    /**
     * For a context menu: no mnemonic and no accelerator. The menu bar owns the key; JavaFX also
     * installs a context menu's accelerators on the scene, where they would compete with it.
     */
    MenuItem contextItem() {
        return build(text.replace("_", ""), null);
    }

    private MenuItem build(String label, KeyCombination key) {
        MenuItem item = new MenuItem(label);
        item.setAccelerator(key);
        item.setOnAction(e -> command.run());
        if (disabledReason != null) {
            item.disableProperty().bind(Bindings.isNotNull(disabledReason));
        }
        return item;
    }
}
