package org.bigvdm.ui.main;

import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The disc keys (F2, Delete, Ctrl+N, Ctrl+Shift+C) wherever the focus is in the main window. A
 * menu accelerator fires only when the focused control leaves the key alone, and the table takes
 * F2 for its own editing; so the window catches these keys on their way down, before any
 * control. Only Delete in a text field stays the field's: it deletes text there.
 */
final class WindowKeys implements EventHandler<KeyEvent> {
    private final List<MenuAction> actions;

    WindowKeys(MainActions actions) {
        this.actions = List.of(actions.addDisc, actions.relabel, actions.purge, actions.copyId);
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getCode() == KeyCode.DELETE && e.getTarget() instanceof TextInputControl) {
            return;
        }
        for (MenuAction action : actions) {
            if (action.accelerator() != null && action.accelerator().match(e)) {
                e.consume();
                action.command().run();
                return;
            }
        }
    }
}
