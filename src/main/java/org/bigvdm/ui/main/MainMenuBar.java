package org.bigvdm.ui.main;

import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** File, Disc, View and Help: every menu item of the app is made here, and nowhere else. */
final class MainMenuBar extends MenuBar {
    private Menu view;

    MainMenuBar(MainViewModel vm, MainActions actions, Runnable focusFilter) {
        MenuItem signIn = MenuAction.of("Sign _in…", null, vm::signIn).menuItem();
        signIn.setId("signInMenuItem");
        MenuItem signOut = new MenuAction("Sign _out", null, vm::signOut, vm.signOutDisabledReasonProperty())
                .menuItem();
        signOut.setId("signOutMenuItem");
        Menu file = new Menu(MenuTitles.FILE);
        file.getItems().addAll(signIn, signOut, new SeparatorMenuItem(),
                MenuAction.of("_Quit", new KeyCodeCombination(KeyCode.Q, SHORTCUT_DOWN), Platform::exit).menuItem());

        Menu disc = new Menu(MenuTitles.DISC);
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
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        view = new Menu(MenuTitles.VIEW);
        view.getItems().addAll(actions.refresh.menuItem(), refreshCtrlR, find, new SeparatorMenuItem(),
                showDeleted, auto, new SeparatorMenuItem(), dark);

        Menu help = new Menu(MenuTitles.HELP);
        help.getItems().add(MenuAction.of("_About BigV Disc Manager", null, vm::showAbout).menuItem());

        getMenus().addAll(file, disc, view, help);
        setUseSystemMenuBar(true);
    }

    /** The menu with this text ("_Disc", "_View"), for commands other packages add. */
    Menu menu(String text) {
        return getMenus().stream().filter(m -> m.getText().equals(text)).findFirst().orElseThrow();
    }

    /** A panel the View menu shows and hides (the Activity drawer), after the other items. */
    void addViewToggle(String text, KeyCombination key, BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setAccelerator(key);
        item.selectedProperty().bindBidirectional(shown);
        view.getItems().addAll(new SeparatorMenuItem(), item);
    }
}
