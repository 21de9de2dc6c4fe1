package org.bigvdm.ui.main;

import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * File, Disc, View and Help. File, View and Help are open for the app to add its own items
 * (sign out, dark theme, about), which is why they are exposed.
 */
final class MainMenuBar extends MenuBar {
    private final Menu fileMenu = new Menu("_File");
    private final Menu viewMenu = new Menu("_View");
    private final Menu helpMenu = new Menu("_Help");

    MainMenuBar(MainViewModel vm, MainActions actions, Runnable focusFilter) {
        MenuItem signIn = MenuAction.of("Sign _in…", null, vm::signIn).menuItem();
        signIn.setId("signInMenuItem");
        fileMenu.getItems().addAll(signIn, new SeparatorMenuItem(),
                MenuAction.of("_Quit", new KeyCodeCombination(KeyCode.Q, SHORTCUT_DOWN), Platform::exit).menuItem());

        Menu disc = new Menu("_Disc");
        disc.getItems().addAll(actions.addDisc.menuItem(), actions.resize.menuItem(), actions.relabel.menuItem(),
                actions.purge.menuItem(), new SeparatorMenuItem(), actions.copyId.menuItem());

        // Ctrl+R is a second key for Refresh; a hidden item is how a menu bar holds one.
        MenuItem refreshCtrlR = MenuAction.of("Refresh (Ctrl+R)", new KeyCodeCombination(KeyCode.R, SHORTCUT_DOWN),
                vm::refresh).menuItem();
        refreshCtrlR.setVisible(false);
        MenuItem find = MenuAction.of("_Filter servers", new KeyCodeCombination(KeyCode.F, SHORTCUT_DOWN),
                focusFilter).menuItem();
        CheckMenuItem showDeleted = new CheckMenuItem("Show _deleted servers");
        showDeleted.selectedProperty().bindBidirectional(vm.tree().showDeletedProperty());
        CheckMenuItem auto = new CheckMenuItem("_Auto-refresh every 30 s");
        auto.selectedProperty().bindBidirectional(vm.autoRefreshProperty());
        viewMenu.getItems().addAll(actions.refresh.menuItem(), refreshCtrlR, find, new SeparatorMenuItem(),
                showDeleted, auto);

        getMenus().addAll(fileMenu, disc, viewMenu, helpMenu);
        setUseSystemMenuBar(true);
    }

    Menu fileMenu() {
        return fileMenu;
    }

    Menu viewMenu() {
        return viewMenu;
    }

    Menu helpMenu() {
        return helpMenu;
    }
}
