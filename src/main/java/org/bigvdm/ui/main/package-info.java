/**
 * The main window. {@link org.bigvdm.ui.main.MainViewModel} holds its state and commands and says
 * why an action is off (javafx.beans only, tested without a toolkit); it gets its services and
 * small ports ({@link org.bigvdm.ui.main.DiscActions}, {@link org.bigvdm.ui.main.AccountActions},
 * {@link org.bigvdm.ui.main.TextClipboard}, {@link org.bigvdm.ui.main.AboutBox}) through its
 * constructor. {@link org.bigvdm.ui.main.DialogDiscActions} opens the disc dialogs. The views only
 * lay out and bind: {@link org.bigvdm.ui.main.MainWindow} places {@code MainMenuBar} (the one
 * owner of every menu item), {@code MainToolBar}, {@code Banners}, {@code ServerPane},
 * {@code DiscPane} and {@code StatusBar}; {@code MainActions} defines each action once for menus
 * and context menus. {@link org.bigvdm.ui.main.WindowSkeleton} is the app's first frame: the same
 * chrome, drawn before the real window is built in its place; {@link org.bigvdm.ui.main.MenuTitles}
 * names the menus for both. No API call, setting or rule lives in a view.
 */
package org.bigvdm.ui.main;
