/**
 * The main window. {@link org.bigvdm.ui.main.MainViewModel} holds its state and commands and says
 * why an action is off (javafx.beans only, tested without a toolkit);
 * {@link org.bigvdm.ui.main.DialogDiscActions} opens the disc dialogs and deals with their
 * answers. The views only lay out and bind: {@link org.bigvdm.ui.main.MainWindow} places
 * {@code MainMenuBar}, {@code MainToolBar}, {@code Banners}, {@code ServerPane}, {@code DiscPane}
 * and {@code StatusBar}; {@code MainActions} defines each action once for menus and context
 * menus. No API call or rule lives in a view.
 */
package org.bigvdm.ui.main;
