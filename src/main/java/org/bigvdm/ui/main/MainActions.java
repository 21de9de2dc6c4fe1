package org.bigvdm.ui.main;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/** The disc and view commands that both the menu bar and the context menus offer. */
final class MainActions {
    final MenuAction addDisc;
    final MenuAction resize;
    final MenuAction relabel;
    final MenuAction purge;
    final MenuAction copyId;
    final MenuAction refresh;

    MainActions(MainViewModel vm) {
        addDisc = new MenuAction("_Add disc…", new KeyCodeCombination(KeyCode.N, SHORTCUT_DOWN), vm::addDisc,
                vm.addDisabledReasonProperty());
        resize = new MenuAction("_Resize…", null, vm::resizeDisc, vm.discDisabledReasonProperty());
        relabel = new MenuAction("Re_label…", new KeyCodeCombination(KeyCode.F2), vm::relabelDisc,
                vm.discDisabledReasonProperty());
        purge = new MenuAction("_Purge…", new KeyCodeCombination(KeyCode.DELETE), vm::purgeDisc,
                vm.discDisabledReasonProperty());
        copyId = MenuAction.of("_Copy ID", new KeyCodeCombination(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN), vm::copyId);
        refresh = MenuAction.of("_Refresh", new KeyCodeCombination(KeyCode.F5), vm::refresh);
    }

    /** Right-click on the disc table: everything that acts on a disc. */
    ContextMenu tableMenu() {
        return new ContextMenu(addDisc.contextItem(), resize.contextItem(), relabel.contextItem(),
                purge.contextItem(), new SeparatorMenuItem(), copyId.contextItem(), refresh.contextItem());
    }

    /** Right-click on the tree: only what applies to a server or group. */
    ContextMenu treeMenu() {
        return new ContextMenu(addDisc.contextItem(), copyId.contextItem(), refresh.contextItem());
    }
}
