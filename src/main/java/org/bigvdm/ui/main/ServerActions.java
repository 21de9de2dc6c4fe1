package org.bigvdm.ui.main;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.bigvdm.ui.move.MoveViewModel;
import org.bigvdm.ui.power.PowerViewModel;
import org.bigvdm.ui.power.PowerViewModel.Action;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The server commands (power, undelete) and Move to… as the menu bar, the toolbar and the tree's context
 * menu show them, each defined once, with the ViewModel's reason when it is off.
 */
public final class ServerActions {
    final MenuAction start;
    final MenuAction shutDown;
    final MenuAction stop;
    final MenuAction restart;
    final MenuAction reset;
    final MenuAction undelete;
    final MenuAction moveTo;
    private final PowerViewModel power;

    public ServerActions(PowerViewModel power, MoveViewModel move) {
        this.power = power;
        moveTo = new MenuAction("_Move to…", null, move::moveSelected, move.whyNoMoveProperty());
        start = action("_Start", null, Action.START);
        shutDown = action("Shut _down…", null, Action.SHUT_DOWN);
        stop = action("S_top…", null, Action.STOP);
        restart = action("_Restart…", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), Action.RESTART);
        reset = action("Reset (does not apply disc changes)…", null, Action.RESET);
        undelete = action("_Undelete", null, Action.UNDELETE);
    }

    private MenuAction action(String text, KeyCombination key, Action action) {
        return new MenuAction(text, key, () -> power.run(action), power.whyNotProperty(action));
    }

    /** The Server menu. */
    Menu menu() {
        Menu menu = new Menu(MenuTitles.SERVER);
        menu.setId("serverMenu");
        menu.getItems().addAll(start.menuItem(), shutDown.menuItem(), restart.menuItem(), stop.menuItem(),
                new SeparatorMenuItem(), reset.menuItem(), new SeparatorMenuItem(), undelete.menuItem());
        return menu;
    }

    /** "Move to…", for the Disc menu (the menu bar's item) or the table's context menu. */
    MenuItem moveItem(boolean contextMenu) {
        MenuItem item = contextMenu ? moveTo.contextItem() : moveTo.menuItem();
        item.setId(contextMenu ? "moveToContextItem" : "moveToMenuItem");
        return item;
    }

    /** For the tree's context menu; Undelete only while deleted servers are shown. */
    List<MenuItem> treeItems(MainViewModel vm) {
        MenuItem undeleteItem = undelete.contextItem();
        undeleteItem.setId("undeleteContextItem");
        undeleteItem.visibleProperty().bind(vm.tree().showDeletedProperty());
        return List.of(new SeparatorMenuItem(), start.contextItem(), shutDown.contextItem(), restart.contextItem(),
                stop.contextItem(), reset.contextItem(), undeleteItem);
    }

    /** Start, Shut down, Restart and Stop as toolbar buttons; Reset stays in the menus, with its warning. */
    List<Node> toolbarItems() {
        Button startB = MainToolBar.button("startButton", "Start", MaterialDesignP.PLAY_OUTLINE, start);
        Button shutB = MainToolBar.button("shutDownButton", "Shut down", MaterialDesignP.POWER, shutDown);
        Button restartB = MainToolBar.button("restartButton", "Restart", MaterialDesignR.RESTART, restart);
        Button stopB = MainToolBar.button("stopButton", "Stop", MaterialDesignS.STOP_CIRCLE_OUTLINE, stop);
        return List.of(
                MainToolBar.explained(startB, start, "Power the selected server on"),
                MainToolBar.explained(shutB, shutDown, "Shut the selected server down cleanly"),
                MainToolBar.explained(restartB, restart,
                        "Shut down cleanly and start again: applies disc changes (Ctrl+Shift+R)"),
                MainToolBar.explained(stopB, stop, "Power off at once, like pulling the plug"));
    }
}
